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
