"""A Chinese city's port (青岛港, 宁波舟山港) is the port, named "Port of <city>" from its known parts, not the city:
the city was put in the port's place (a broader actor), two cities for one port were two parties."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities


def _names(sentence: str) -> list[str]:
    return [e.name for e in find_entities(sentence)]


@pytest.mark.parametrize("sentence, names", [
    ("青岛港与西雅图港签署绿色港口合作备忘录。", ["Port of Qingdao", "Port of Seattle"]),
    ("宁波舟山港与洛杉矶港签署绿色航运合作协议。", ["Port of Ningbo-Zhoushan", "Port of Los Angeles"]),
])
def test_a_citys_port_is_the_port(sentence, names):
    assert _names(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    ("香港与深圳签署协议。", ["Hong Kong", "Shenzhen"]),  # 香港 is a place, not a port of 香
    ("深圳港口与青岛港区建设加快。", ["Shenzhen", "Qingdao"]),  # ports, a port zone: no port named
    ("广州港务局与长滩港签署协议。", ["Guangzhou Port Authority", "Port of Long Beach"]),
])
def test_other_words_with_gang_name_no_port(sentence, names):
    assert _names(sentence) == names


def test_a_port_of_a_city_kept_in_chinese_is_no_half_english_name():
    # 新西兰奥克兰 is Auckland, which the tables do not give in English: no "Port of 奥克兰"
    names = _names("新西兰奥克兰港与宁波舟山港签署合作备忘录。")
    assert "Port of Ningbo-Zhoushan" in names and not any(n.startswith("Port of") and "奥" in n for n in names)
