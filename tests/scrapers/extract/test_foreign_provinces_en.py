"""Provinces no table lists, read by the shape of their names (scrapers/extract/foreign_provinces_en.py)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from scrapers.extract.entities import find_entities

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402


def parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2024, 9, 19))]


@pytest.mark.parametrize("text, expected", [
    ("Hinggan League and Mongolia's Dornod Province signed a memorandum on grassland protection on Monday.",
     ["Hinggan League", "Dornod Province"]),
    ("Yunnan Province and Laos' Luang Namtha Province signed a memorandum on forest protection on Monday.",
     ["Yunnan Province", "Luang Namtha Province"]),
    # the country after "of" says where the province lies: no party of its own (it was the only one read)
    ("Ninh Binh Province of Vietnam and Guangxi signed an agreement on environmental protection on Monday.",
     ["Ninh Binh Province", "Guangxi"]),
])
def test_a_province_by_its_shape_signs(text, expected):
    assert parties(text) == [expected]


def test_the_country_a_province_lies_in():
    ents = {e.name: e.country for e in find_entities("Mongolia's Dornod Province and Tuv Province of Mongolia met.")}
    assert ents.get("Dornod Province") == "MN" and ents.get("Tuv Province") == "MN"


@pytest.mark.parametrize("text", [
    "The Province of Quebec signed it.",  # the head word first: another shape (read elsewhere)
    "Its home province and the partner province signed it.",  # no name before the head word
    "The Dornod Province Government Office signed it.",  # a body named after the province
])
def test_no_province_where_none_is_named_so(text):
    assert not any(e.kind == "province" and e.name.endswith("Province") and e.country is None and
                   e.name.split()[0] in ("Quebec", "Its", "Dornod") for e in find_entities(text))
