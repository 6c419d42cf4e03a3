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



@pytest.mark.parametrize("sentence, unit", [
    ("The Climate Strategy Center of China's National Development and Reform Commission signed an MOU with the "
     "Lisbon Climate Agency.", "Climate Strategy Center"),
    ("The Lisbon Climate Agency signed an MOU with the Low Carbon Research Center of China's Ministry of Ecology and "
     "Environment.", "Low Carbon Research Center"),
])
def test_a_known_parent_that_took_its_owner_is_still_no_party(sentence, unit):
    assert all(unit in p and len(p) == 2 for p in parties(sentence))
    assert parties(sentence)


def test_a_place_inside_the_units_own_name_is_no_owner():
    # "Bank of China" is a name: its "Green Finance Office" is not a unit of a Chinese ministry, nor is "Bank" a party
    s = "The Bank of China's Green Finance Office signed an agreement with the Lisbon Climate Agency."
    assert not any("Bank" in p for ps in parties(s) for p in ps if p != "Bank of China's Green Finance Office")
