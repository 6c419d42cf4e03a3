"""A Chinese sound-spelling that names cities in several countries (奥克兰: Oakland and Auckland; 圣地亚哥: San Diego and
Santiago) is read as the tables' city only where the text does not put another country before it: after that other
country's name it is that country's own place, kept as written (a wrong city is worse than a name left in Chinese)."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities


def _named(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.country) for e in find_entities(sentence)]


@pytest.mark.parametrize("sentence, kept, country", [
    ("新西兰奥克兰市与宁波市签署友好交流与低碳合作备忘录。", "奥克兰", "NZ"),
    ("据报道，智利圣地亚哥与成都市当天签署了电动公交合作协议。", "圣地亚哥", "CL"),
])
def test_a_city_after_another_country_is_kept_as_written(sentence, kept, country):
    named = _named(sentence)
    assert (kept, country) in named
    assert not {"Oakland", "San Diego"} & {n for n, _ in named}


@pytest.mark.parametrize("sentence, city", [
    ("美国奥克兰市与大连市签署清洁港口合作备忘录。", "Oakland"),
    ("双方在美国圣地亚哥签署了合作协议。", "San Diego"),
    ("英国伦敦市与北京市签署协议。", "London"),
])
def test_the_same_country_or_none_keeps_the_tables_city(sentence, city):
    assert city in {n for n, _ in _named(sentence)}


def test_china_before_hong_kong_is_not_another_country():
    names = {n for n, _ in _named("中国香港特区政府与广东省签署应对气候变化合作协议。")}
    assert "Government of the Hong Kong Special Administrative Region" in names
