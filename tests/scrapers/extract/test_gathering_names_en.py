"""A gathering is no party (scrapers/extract/gathering_names_en.py), and networks of local governments are known by
their names (pactwatch/data/organisations.yaml)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from scrapers.extract.gathering_names_en import gathering_name

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402


def parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2026, 10, 14))]


@pytest.mark.parametrize("text, expected", [
    ("The Under2 Coalition General Assembly saw Quebec and Sichuan sign a memorandum on clean transport on Monday.",
     ["Quebec", "Sichuan Province"]),
    ("The ICLEI World Congress saw Rotterdam and Ningbo sign a memorandum on port decarbonisation on Monday.",
     ["Rotterdam", "Ningbo"]),
])
def test_the_gathering_that_saw_a_signing_is_no_party(text, expected):
    assert parties(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The U.S. Conference of Mayors and the China Association of Mayors signed a memorandum on clean energy on "
     "Monday.", ["United States Conference of Mayors", "China Association of Mayors"]),
    ("ICLEI and Kaohsiung signed a memorandum on climate adaptation on Monday.",
     ["ICLEI – Local Governments for Sustainability", "Kaohsiung"]),
    ("10月12日，美国全国城市联盟与中国市长协会签署了清洁能源合作备忘录。",
     ["National League of Cities", "China Association of Mayors"]),
])
def test_bodies_whose_names_hold_a_gathering_word_still_sign(text, expected):
    assert parties(text) == [expected]


@pytest.mark.parametrize("surface, sentence, expected", [
    ("Under2 Coalition General Assembly", "The Under2 Coalition General Assembly saw", True),
    ("C40", "C40 World Mayors Summit opened", True),
    ("World Economic Forum", "The World Economic Forum and Shanghai signed", False),
    ("Conference", "the Conference of Parties", False),
    ("C40", "C40 and Tokyo signed", False),
])
def test_gathering_name(surface, sentence, expected):
    end = sentence.index(surface) + len(surface)
    assert gathering_name(surface, sentence, end) is expected
