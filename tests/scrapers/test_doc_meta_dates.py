"""A government portal's 索引号 metadata table above the body (gov.cn style): the page's date is its 发布日期, not the
成文日期 written before it, and the table stays out of the text (scrapers/doc_meta_dates.py). Two pages written for
the test (label and date in cells of their own; label and date in one cell), and a page with no 索引号 table."""
from __future__ import annotations

from datetime import date

from scrapers.doc_meta_dates import doc_meta_date
from scrapers.html_tree import load_tree
from scrapers.reader import read_page

BODY = "<h1>某县召开生态环境保护工作会议</h1><div class='zw'><p>会议要求，各乡镇要切实做好大气污染防治工作，推进重点行业清洁生产改造。</p>" \
       "<p>会议还部署了下一阶段的秸秆禁烧和扬尘治理工作，要求各部门加强协作。</p></div>"


def page(table: str) -> str:
    return f"<html><head><meta charset='utf-8'><title>工作会议</title></head><body>{table}{BODY}</body></html>"


CELLS = page("<table><tr><th>索引号</th><td>11350400/2023-00412</td><th>发布机构</th><td>县政府办</td></tr>"
             "<tr><th>成文日期</th><td>2023-02-03</td><th>发布日期</th><td>2023-02-17</td></tr></table>")
ONE_CELL = page("<table><tr><td>索引号：000014349/2022-0091</td><td>发布机构：市生态环境局</td></tr>"
                "<tr><td>成文日期：2022年08月01日</td><td>发布日期：2022年08月09日</td></tr></table>")


def test_the_published_day_of_the_table_is_the_page_s_date():
    assert read_page(CELLS, "http://127.0.0.1/zwgk/gzdt/content_412.html", "zh").published_on == date(2023, 2, 17)
    assert read_page(ONE_CELL, "http://127.0.0.1/xxgk/content_91.html", "zh").published_on == date(2022, 8, 9)


def test_the_table_stays_out_of_the_text():
    for html in (CELLS, ONE_CELL):
        text = read_page(html, "http://127.0.0.1/a/content_1.html", "zh").text
        assert "索引号" not in text and "成文日期" not in text and "大气污染防治" in text


def test_a_table_with_no_index_number_is_no_disclosure_table():
    html = page("<table><tr><th>成文日期</th><td>2021-05-02</td><th>发布日期</th><td>2021-05-06</td></tr></table>")
    assert doc_meta_date(load_tree(html), html) is None  # no 索引号: read as any other page
