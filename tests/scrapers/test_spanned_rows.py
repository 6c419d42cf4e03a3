"""A table with a merged cell (rowspan) is read whole again (scrapers/spanned_rows.py, through the page reader): each
row one line, the merged cell's text in every row it spans, the figures trafilatura dropped back in place; a table
with no merged cell, and one with a colspan, are left to the reader. Pages of our own."""
from __future__ import annotations

from scrapers.html_tree import load_tree
from scrapers.reader import read_page
from scrapers.spanned_rows import spanned_rows_as_lines, spanned_tables


def page(body: str, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>t</title></head><body><div class="nav">'
            f'<a href="/">Home</a></div><div class="article"><h1>Scorecard</h1>{body}</div></body></html>')


EN = page("<p>The coalition's scorecard sets out what each member has pledged for the coming decades.</p>"
          "<table><tr><th>City</th><th>Reduction (%)</th><th>Base year</th><th>Target year</th></tr>"
          '<tr><td>Winnipeg</td><td>40</td><td rowspan="2">2011</td><td>2030</td></tr>'
          "<tr><td>Edmonton</td><td>40</td><td>2035</td></tr>"
          "<tr><td>Halifax</td><td>75</td><td>2016</td><td>2050</td></tr></table>"
          "<p>Figures are reported by the members each spring and checked by the secretariat.</p>")
ZH = page("<p>现将有关县温室气体减排目标公布如下。</p>"
          "<table><tr><th>地区</th><th>减排目标（%）</th><th>基准年</th><th>目标年份</th></tr>"
          '<tr><td>金塔县</td><td>12</td><td rowspan="3">2020年</td><td>2030年</td></tr>'
          "<tr><td>高台县</td><td>12</td><td>2030年</td></tr>"
          "<tr><td>临泽县</td><td>9</td><td>2028年</td></tr></table>"
          "<p>以上数据由各县发展改革部门提供。</p>", "zh")


def test_an_english_table_with_a_merged_base_year_reads_one_whole_line_per_row():
    text = read_page(EN, "http://127.0.0.1/a.html").text
    assert "| Winnipeg | 40 | 2011 | 2030 |" in text
    assert "| Edmonton | 40 | 2011 | 2035 |" in text
    assert "| Halifax | 75 | 2016 | 2050 |" in text


def test_a_chinese_table_with_a_merged_base_year_reads_one_whole_line_per_row():
    text = read_page(ZH, "http://127.0.0.1/a.html", "zh").text
    assert "| 金塔县 | 12 | 2020年 | 2030年 |" in text
    assert "| 高台县 | 12 | 2020年 | 2030年 |" in text
    assert "| 临泽县 | 9 | 2020年 | 2028年 |" in text
    assert "以上数据由各县发展改革部门提供。" in text


def test_only_tables_with_a_merged_cell_and_no_colspan_are_taken():
    plain = load_tree(page("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"))
    assert spanned_tables(plain) == []
    wide = load_tree(page('<table><tr><th colspan="2">a</th></tr><tr><td rowspan="2">1</td><td>2</td></tr>'
                          "<tr><td>3</td></tr></table>"))
    assert spanned_tables(wide) == []


def test_text_without_the_tables_header_is_left_as_it_is():
    grid = [["City", "Target year"], ["Winnipeg", "2030"], ["Edmonton", "2030"]]
    assert spanned_rows_as_lines("Winnipeg\n2030\nmore", grid and [grid]) == "Winnipeg\n2030\nmore"
