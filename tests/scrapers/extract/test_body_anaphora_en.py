""""the county" and "the university" as the subject or the object of a pledge stand for the county (its council
named) or the university the story named last; with none named before, no actor is guessed (texts of our own)."""
from __future__ import annotations

import pytest

from story_records import records


def pledges(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"], r["base_year"], r["reduction_pct_min"])
            for r in records(text, "commitment")]


@pytest.mark.parametrize("text,want", [
    ("The Dane County Board of Supervisors voted 30-4 on Thursday to adopt a climate plan. The resolution calls for "
     "the county to cut its greenhouse gas emissions 60% below 2010 levels by 2030.",
     [("Dane County", "emissions_reduction", 2030, 2010, 60.0)]),
    ("Commissioners in Washtenaw County adopted a climate emergency declaration last week. The county will reach "
     "carbon neutrality by 2035, the declaration says.",
     [("Washtenaw County", "carbon_neutrality", 2035, None, None)]),
    ("Cornell University and the City of Ithaca opened a shared solar array on Friday. The university has pledged to "
     "be carbon neutral by 2035.",
     [("Cornell University", "carbon_neutrality", 2035, None, None)]),
    ("Middlebury College held its commencement in Vermont this week. The college will cut its emissions 40 percent below "
     "2007 levels by 2025, its president said.",
     [("Middlebury College", "emissions_reduction", 2025, 2007, 40.0)]),
])
def test_the_county_or_university_is_the_one_named_before(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    # no county or university named before: the noun stands for nobody the text names
    "The resolution calls for the county to cut its greenhouse gas emissions 60% below 2010 levels by 2030.",
    "The university has pledged to be carbon neutral by 2035.",
    # a county's fair or a university's hospital is no county or university government pledging
    "Dane County residents packed the hearing. Emissions in the county fell 12% from 2010 to 2020.",
])
def test_no_body_named_before_or_no_pledge_gives_nothing(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,want", [
    # a national body named with its country's possessive names the country for "the sultanate" after it
    ("Oman's Ministry of Energy and Minerals signed two agreements with Acme Solar on Sunday. The minister said the "
     "projects were part of the sultanate's plan to reach net zero emissions by 2050.",
     [("Oman", "carbon_neutrality", 2050, None, None)]),
    ("Saudi Arabia's Ministry of Energy signed a memorandum with Acme Wind on Monday. Officials said the kingdom's "
     "target is to reach net zero emissions by 2060.", [("Saudi Arabia", "carbon_neutrality", 2060, None, None)]),
    # no country named before: no actor guessed
    ("Acme Solar signed two agreements on Sunday. The minister said the projects were part of the sultanate's plan to "
     "reach net zero emissions by 2050.", []),
])
def test_the_sultanate_or_kingdom_is_the_country_named_before(text, want):
    assert pledges(text) == want
