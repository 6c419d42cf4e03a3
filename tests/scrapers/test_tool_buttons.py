"""A byline's trailing reading-tool buttons (scrapers/tool_buttons.py, read by scrapers/furniture.py): the line is
furniture, on two portals' lines of its own; a bracketed tag or a sentence is not."""
from __future__ import annotations

from scrapers.furniture import is_furniture
from scrapers.tool_buttons import without_tools


def test_a_byline_ending_in_tool_buttons_is_furniture():
    assert is_furniture("2024-11-03 15:06 来源：江城日报 【纠错】【打印】【关闭】")
    assert is_furniture("2023年05月12日 09:30 来源：某某网 [打印本页] [关闭窗口]")
    assert is_furniture("【收藏】【打印】")


def test_the_buttons_are_cut_and_the_byline_kept_to_be_read():
    assert without_tools("2024-11-03 15:06 来源：江城日报 【纠错】【打印】") == "2024-11-03 15:06 来源：江城日报"
    assert without_tools("【分享】【返回顶部】") == ""


def test_a_tag_or_a_sentence_is_no_button_run():
    assert without_tools("【专访】湛江市长谈绿色港口") == "【专访】湛江市长谈绿色港口"
    assert not is_furniture("【专访】湛江市长谈绿色港口")
    assert not is_furniture("市长说，双方已签署协议。【打印】")
    assert not is_furniture("双方签署合作备忘录 【纠错】")


def test_an_error_report_and_phone_reading_widget_under_a_short_page_is_no_text():
    # a short page trafilatura reads with its baseline keeps the portal's tool row: "【纠错】 扫码阅读手机版"
    from scrapers.chrome_lines import clean_lines
    body = "3月20日，滁州市与美国塔尔萨市在滁州签署友好交流合作备忘录，双方将在清洁能源领域开展合作。"
    for row in ("【纠错】 扫码阅读手机版", "【我要纠错】 手机扫码阅读手机版", "扫描二维码 浏览手机版", "【打印】 【关闭】 手机版"):
        assert clean_lines(f"{body}\n{row}") == body, row
    # a sentence about a phone edition stays
    line = "该报手机版于2024年上线，读者可扫码阅读全文。"
    assert clean_lines(f"{body}\n{line}") == f"{body}\n{line}"


def test_two_portals_short_pages_lose_the_widget_row():
    from scrapers.reader import read_page
    body = "3月20日，滁州市与美国塔尔萨市在滁州签署友好交流合作备忘录。"
    for row in ("<div class='tools'>【纠错】 扫码阅读手机版</div>",
                "<p class='bottom-bar'><a href='#'>【我要纠错】</a> <span>手机扫码阅读手机版</span></p>"):
        html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>滁州与塔尔萨签署合作备忘录</title></head><body>"
                f"<div class='main'><h1>滁州与塔尔萨签署合作备忘录</h1><div class='con'><p>{body}</p></div>{row}</div>"
                "</body></html>")
        assert read_page(html).text == body, row
