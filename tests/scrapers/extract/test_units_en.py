"""A unit named through its parent's owner ("<unit> of <country>'s <ministry>") is one party: the unit.

Every sentence is written for the test (no page of the development webs); the rule is shown on two phrasings,
one whose parent is a known name and one whose parent is known only by its shape.
"""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.agreements import find_agreements
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities

PAGE = DateContext(date(2024, 5, 17))


def parties(sentence: str) -> list[list[str]]:
    return [a.parties for a in find_agreements(sentence, find_entities(sentence), PAGE)]


@pytest.mark.parametrize("sentence, unit", [
    ("The Lisbon Climate Agency signed an agreement with the Research Center for Building Energy of Brazil's "
     "Ministry of Mines and Energy on offshore wind.", "Research Center for Building Energy"),
    ("The Lisbon Climate Agency signed an agreement with the Institute of Urban Planning of China's Ministry of "
     "Housing and Urban-Rural Development on green districts.", "Institute of Urban Planning"),
])
def test_unit_of_a_possessed_parent_is_one_party(sentence, unit):
    assert parties(sentence) == [["Lisbon Climate Agency", unit]]


def test_unit_with_a_second_counterpart_gives_two_agreements():
    s = ("The Bavarian Energy Agency has signed agreements with the Institute of Urban Planning of Vietnam's Ministry "
         "of Construction and with the Hanoi Department of Natural Resources.")
    assert parties(s) == [["Bavarian Energy Agency", "Institute of Urban Planning"],
                          ["Bavarian Energy Agency", "Hanoi Department of Natural Resources"]]

