"""Initials a story uses for a body it named in full before are that body; initials spelling no name given before, or
a place, are nobody (texts of our own)."""
from __future__ import annotations

import pytest

from scrapers.extract.story_initials_en import story_initials
from story_records import records


def pledges(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment")]


@pytest.mark.parametrize("text,want", [
    ("The University of North Carolina opened a new lab on Monday. UNC will reach carbon neutrality by 2050, its "
     "chancellor said.", [("University of North Carolina", "carbon_neutrality", 2050)]),
    ("Regents of the University of Minnesota met on Friday. Under the plan, U-M will be carbon neutral by 2035.",
     [("University of Minnesota", "carbon_neutrality", 2035)]),
])
def test_initials_of_a_body_named_before(text, want):
    assert pledges(text) == want


def test_initials_before_the_name_or_spelling_none_are_nobody():
    assert story_initials("UNC will act. The University of North Carolina opened a lab.", {}) == {}
    assert story_initials("The University of North Carolina opened a lab. ABC will act.", {}) == {}
    assert story_initials("New York City said NYC will act.", {}) == {}  # a place, not an organisation


# --- the places of an actor's own sites are no actors paired with a year; an elided subject (texts of our own) ----
@pytest.mark.parametrize("text,want", [
    ("Duke University will reach carbon neutrality across its campuses in Durham and Raleigh by 2045.",
     [("Duke University", "carbon_neutrality", 2045)]),
    ("Tucson will reach carbon neutrality by 2045 and Albuquerque by 2040.",
     [("Tucson", "carbon_neutrality", 2045), ("Albuquerque", "carbon_neutrality", 2040)]),
    ("Emory University will be carbon neutral at its hospitals in Atlanta and Decatur by 2040, and will buy enough "
     "renewable electricity to cover all of its purchased power by 2030.",
     [("Emory University", "carbon_neutrality", 2040), ("Emory University", "renewable_share", 2030)]),
    ("Denver will cut emissions 40% below 2005 levels by 2025, and Boulder will reach 100% renewable electricity by "
     "2030.", [("Denver", "emissions_reduction", 2025), ("Boulder", "renewable_share", 2030)]),
])
def test_own_sites_and_elided_subjects(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "Boise State University bought enough clean energy last year to match all of its electricity use.",
    "Boise State University said it could one day buy enough green power to cover part of its electricity use.",
])
def test_a_purchase_without_a_year_or_a_whole_share_is_no_pledge(text):
    assert pledges(text) == []
