"""A Chinese byline of date, clock and source label ending in a font-size control ("2025年10月16日 08:45 稿源：海港在线
【字号 大 中 小】", scrapers/furniture.py) is page furniture, never article text; a sentence with a date is not."""
from __future__ import annotations

from scrapers.furniture import is_furniture


def test_a_byline_with_a_source_label_and_a_font_size_control_is_furniture():
    assert is_furniture("2025年10月16日 08:45 稿源：海港在线 【字号 大 中 小】")
    assert is_furniture("2024-03-02 10:00 来源：江城日报 【字体：大 中 小】")
    assert is_furniture("2024-03-02 10:00 稿源：江城日报")


def test_a_sentence_with_a_date_stays():
    assert not is_furniture("2025年10月16日 汕头市与南通市签署协议 【字号 大 中 小】")
    assert not is_furniture("汕头市承诺力争2028年前实现碳排放达峰。")
