"""A Chinese signing placed in a state's or province's capital named as such ("在密歇根州首府兰辛签署"): the city is
where it was signed (scrapers/extract/qualified_places_zh.py)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402


def cities(text: str) -> list[str | None]:
    return [r["city"] for r in records(text, "agreement", date(2019, 6, 3))]


@pytest.mark.parametrize("text,want", [
    ("3月10日，江苏省与美国密歇根州在密歇根州首府兰辛签署友好合作备忘录。", ["Lansing"]),
    ("5月20日，浙江省与美国俄亥俄州于俄亥俄州首府哥伦布签署了新能源合作协议。", ["Columbus"]),
    # a province written with its 省 before 省会: the unit is not read twice (entities_zh)
    ("9月18日，山西省与云南省在云南省省会昆明签署了清洁能源合作备忘录。", ["Kunming"]),
])
def test_a_capital_named_as_such_is_the_signing_city(text, want):
    assert cities(text) == want


@pytest.mark.parametrize("text", [
    # the capital is where an office will open, not where the memorandum was signed
    "3月10日，安徽省与美国马里兰州签署合作备忘录。双方还将在马里兰州首府安纳波利斯设立办事处。",
    # "首府" with no city after it names no city
    "3月10日，江苏省与美国密歇根州在密歇根州首府签署友好合作备忘录。",
])
def test_no_capital_city_read(text):
    assert cities(text) == [None]
