"""A city whose name opens with "New" and holds another city's ("New Taipei City", "New Taipei") is that city, in
English and Chinese alike, not Taipei; a place followed by "Government" stands for its government (name_runs
.PLACE_FOLLOWERS)."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities


@pytest.mark.parametrize("text", [
    "The New Taipei City Government and Sendai signed a memorandum.",
    "New Taipei and Sendai signed a memorandum.",
    "新北市政府与日本仙台市签署了气候合作备忘录。",
])
def test_new_taipei_is_new_taipei_city(text):
    names = [e.name for e in find_entities(text)]
    assert "New Taipei City" in names and "Taipei" not in names


def test_taipei_stays_taipei():
    assert [e.name for e in find_entities("The Taipei City Government and Sendai signed a memorandum.")] == \
        ["Taipei", "Sendai"]


def test_a_place_before_its_kind_word_in_the_possessive():
    # "New York State's climate law requires ...": the state, as "New York State and ..." is read (name_runs)
    text = "New York State's climate law requires a 40 percent cut in emissions from 1990 levels by 2030."
    assert [e.name for e in find_entities(text)] == ["New York"]
