"""Two party readings that had added wrong parties (scrapers/extract/roles.py, agreements.py): a place used as the
kind of an actor ("a U.S. state", "an Australian company") names no party, and a country beside one of its own
national bodies ("China's NDRC ... between a U.S. state and China") is that body's side, not a party of its own."""
from __future__ import annotations

import pytest
from story_records import records


@pytest.mark.parametrize("text, parties", [
    # a wire's history of a first
    ("In 2013, California and China's National Development and Reform Commission signed the first climate MOU "
     "between a U.S. state and China.", ["California", "National Development and Reform Commission"]),
    # a company newsroom's
    ("Jiangsu Province and an Australian company signed an agreement on offshore wind with Victoria.",
     ["Jiangsu Province", "Victoria"]),
])
def test_a_kind_of_actor_and_a_bodys_own_country_are_no_parties(text, parties):
    assert [sorted(r["parties"]) for r in records(text, "agreement")] == [sorted(parties)]


def test_two_countries_stay_parties():
    assert [sorted(r["parties"]) for r in records("China and the United States signed a joint statement on climate "
                                                  "change.", "agreement")] == [["China", "United States"]]
