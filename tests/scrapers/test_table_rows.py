"""A short page's table that trafilatura's fallback writes cell by cell is written back as one line per row
(scrapers/table_rows.py, through the page reader); a table already written as rows, and a layout table, stay as
they are. Pages of our own."""
from __future__ import annotations

from scrapers.reader import read_page
from scrapers.table_rows import data_tables, rows_as_lines
from scrapers.html_tree import load_tree


def page(body: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>t</title></head><body><div class="nav"><a href="/">首页</a></div>'
            f'<div class="article"><h1>标题</h1>{body}</div></body></html>')


SHORT_ZH = page("<p>6月3日，鲁渝合作论坛在济南市举行。</p><p>论坛举行签约仪式，共签署合作文件2项：</p>"
                "<table><tr><th>甲方</th><th>乙方</th><th>协议名称</th></tr>"
                "<tr><td>济南市人民政府</td><td>重庆市人民政府</td><td>《氢能合作协议》</td></tr>"
                "<tr><td>山东大学</td><td>重庆大学</td><td>《低碳技术合作备忘录》</td></tr></table>")
SHORT_EN = page("<p>The forum met in Tucson on May 3.</p><p>Agreements signed:</p>"
                "<table><tr><th>Partners</th><th>Instrument</th></tr>"
                "<tr><td>Tucson and Yinchuan</td><td>Memorandum of understanding</td></tr>"
                "<tr><td>Mesa and Wuzhong</td><td>Cooperation agreement</td></tr></table>")


def test_a_short_chinese_pages_table_reads_one_line_per_row():
    text = read_page(SHORT_ZH, "http://127.0.0.1/a.html").text
    assert "| 济南市人民政府 | 重庆市人民政府 | 《氢能合作协议》 |" in text
    assert "| 甲方 | 乙方 | 协议名称 |" in text


def test_a_short_english_pages_table_reads_one_line_per_row():
    text = read_page(SHORT_EN, "http://127.0.0.1/b.html").text
    assert "| Tucson and Yinchuan | Memorandum of understanding |" in text


def test_rows_already_written_as_rows_and_layout_tables_stay():
    rows = [["A", "B"], ["1", "2"]]
    written = "x\n| A | B |\n|---|---|\n| 1 | 2 |\ny"
    assert rows_as_lines(written, [rows]) == written
    layout = load_tree("<html><body><table><tr><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr>"
                       "</table></td><td></td></tr></table></body></html>")
    assert data_tables(layout) == [[["a", "b"], ["c", "d"]]]  # the inner data table only
    assert rows_as_lines("a\nb\nc\nd", data_tables(layout)) == "| a | b |\n|---|---|\n| c | d |"
