"""A state whose name alone reads as a city ("Washington"): written with the word "state" after it, in either case,
it is the state, never the capital (capital_states_en.us_states_by_word and the gazetteer's "Washington State")."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities
from story_records import records


@pytest.mark.parametrize("sentence", [
    "Washington state pledged to cut greenhouse gas emissions 45 percent below 1990 levels by 2030.",
    "Washington State and Sichuan Province signed a memorandum of understanding on clean energy in May.",
    "Officials from Washington State and Hebei met in Olympia.",
])
def test_the_state_not_the_capital(sentence):
    found = [(e.name, e.kind, e.country) for e in find_entities(sentence) if e.name == "Washington"]
    assert found == [("Washington", "state", "US")]


@pytest.mark.parametrize("sentence, name, kind", [
    ("Washington State University signed a research agreement with Tsinghua University.",
     "Washington State University", "org"),
    ("The Washington State Department of Commerce signed a memorandum with Jiangsu.",
     "Washington State Department of Commerce", "org"),
    ("Leaders met in Washington on Tuesday to sign the agreement.", "Washington", "city"),
])
def test_bodies_named_after_the_state_and_the_capital_stay(sentence, name, kind):
    assert (name, kind) in [(e.name, e.kind) for e in find_entities(sentence)]


@pytest.mark.parametrize("place", ["Washington State", "Washington state"])
def test_a_signing_in_the_state_has_no_city(place):
    """A state is no city: the signing keeps its country and no made-up city (it used to read as the capital)."""
    recs = records(f"Sichuan Province and the Port of Seattle signed a memorandum of understanding on green shipping "
                   f"in {place} on May 4, 2025.", "agreement")
    assert [(r.get("city"), r.get("country")) for r in recs] == [(None, "US")]


def test_one_state_by_each_of_its_names():
    """"Washington state", "Washington State" and "the State of Washington" name one actor (no duplicate)."""
    actors = {r["actor"] for text in ("Washington state pledged to cut emissions 45 percent below 1990 levels by 2030.",
                                      "Washington State pledged to cut emissions 45 percent below 1990 levels by 2030.",
                                      "The State of Washington pledged to cut emissions 45 percent below 1990 levels by 2030.")
              for r in records(text, "commitment")}
    assert actors == {"Washington"}
