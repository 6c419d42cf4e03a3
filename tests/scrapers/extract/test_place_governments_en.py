"""A local government named by its kind before its place ("the City Government of Iloilo", "the Provincial Government
of Bohol"), an agency's office named by its acronym ("the NOAA Coastal Services Office"), an observatory, and a long
name with commas spelling its bracketed acronym: each one party (scrapers/extract/place_governments_en.py,
acronym_offices_en.py, spelled_acronyms_en.py)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.entities import find_entities
from story_records import records


def names(sentence: str) -> list[str]:
    return [e.name for e in find_entities(sentence)]


def parties(text: str) -> list[list[str]]:
    return [sorted(f["parties"]) for f in records(text, "agreement", date(2024, 8, 9))]


@pytest.mark.parametrize("sentence,want", [
    ("The City Government of Manila and Rare signed a pact.", ["Manila"]),
    ("The Provincial Government of Hunan and the foundation signed a pact.", ["Hunan Province"]),
    ("The State Government of Selangor said on Monday it would join.", ["Selangor"]),
    ("The Provincial Government of Bohol and the Coastal Fund signed a memorandum.", ["Provincial Government of Bohol"]),
])
def test_a_government_named_kind_first_is_its_place_or_its_name(sentence, want):
    assert names(sentence)[:1] == want


def test_a_provinces_government_is_never_the_city_of_its_name():
    # Cebu is a city the gazetteer knows; the province's government is not that city
    assert "Cebu City" not in names("The Provincial Government of Cebu and the Coastal Fund signed a memorandum.")


def test_a_government_kind_first_signs_with_two_others():
    got = parties("The City Government of Iloilo, the NOAA Coastal Services Office and the Ateneo Observatory signed a "
                  "memorandum of agreement on Thursday on storm surge warnings.")
    assert got and "NOAA Coastal Services Office" in got[0] and "Ateneo Observatory" in got[0] and len(got[0]) == 3


@pytest.mark.parametrize("sentence", [
    "The Climate Program Office said on Monday it had no comment.",  # no acronym: no agency's unit
    "The city council voted on Monday.",
])
def test_an_office_without_its_agencys_acronym_is_not_made_a_body(sentence):
    assert not any(n.endswith("Office") for n in names(sentence))


@pytest.mark.parametrize("sentence,want", [
    ("The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) issued a warning.",
     "Philippine Atmospheric, Geophysical and Astronomical Services Administration"),
    ("The Ministry of Energy, Science, Technology, Environment and Climate Change (MESTECC) signed it.",
     "Ministry of Energy, Science, Technology, Environment and Climate Change"),
])
def test_a_long_name_with_commas_spelling_its_acronym_is_one_name(sentence, want):
    assert names(sentence)[0] == want


def test_places_listed_before_a_bracketed_acronym_stay_places():
    # the initials do not spell the acronym: a list of places, not one name
    assert names("Officials from Manila, Davao and Iloilo Water Districts (IWD) met.")[0] == "Manila"
