"""Chinese words that open with a place's name and are none (scrapers/extract/place_words_zh.py, hooked in
entities_zh): 阿拉伯 (Arab) is no Arrah (阿拉); a country or body whose name holds it is still found whole."""
from __future__ import annotations

from scrapers.extract.entities import find_entities


def names(s: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in find_entities(s)]


def test_arab_is_no_city():
    assert ("Arrah", "city") not in names("中国—阿拉伯国家技术转移中心在银川揭牌")
    assert ("Arrah", "city") not in names("双方将开展阿拉伯语翻译人才培养")
    assert ("Yinchuan", "city") in names("中国—阿拉伯国家技术转移中心在银川揭牌")


def test_names_that_hold_the_word_are_still_read_whole():
    assert ("United Arab Emirates", "country") in names("阿拉伯联合酋长国与中方签署协议")
    assert ("Saudi Arabia", "country") in names("沙特阿拉伯与中国签署协议")
