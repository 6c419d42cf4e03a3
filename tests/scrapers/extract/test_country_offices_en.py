"""A known organisation's country office ("WWF Malaysia", "Conservation International Indonesia") is the
organisation, not the organisation and a country (scrapers/extract/country_offices_en.py); Malaysia's states are
regions that sign in their own name (regions_en.MALAYSIAN_STATES)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.entities import find_entities
from story_records import records


def names(sentence: str) -> list[str]:
    return [e.name for e in find_entities(sentence)]


@pytest.mark.parametrize("sentence", [
    "Conservation International Indonesia and the regency signed a memorandum.",
    "The memorandum with WWF Malaysia covers peat swamps.",
])
def test_an_organisations_country_office_is_the_organisation(sentence):
    got = names(sentence)
    assert not any(n in ("Indonesia", "Malaysia") for n in got)


@pytest.mark.parametrize("sentence,country", [
    ("Conservation International and Indonesia signed a memorandum.", "Indonesia"),  # joined by "and": two actors
    ("An agreement between WWF, Japan and Chile was signed.", "Japan"),  # a list
])
def test_a_country_set_apart_from_the_organisation_stays_a_country(sentence, country):
    assert country in names(sentence)


def test_an_office_with_a_longer_name_of_its_own_is_left_to_it():
    assert "WWF China Programme Office" in [e.surface for e in find_entities("The WWF China Programme Office signed.")]


def test_a_malaysian_state_government_signs_in_the_states_name():
    got = records("The Sarawak State Government and the Borneo Nature Foundation signed a memorandum of understanding "
                  "on Monday in Kuching.", "agreement", date(2024, 5, 8))
    assert got and "Sarawak" in got[0]["parties"]


def test_a_city_that_opens_with_a_states_name_stays_the_city():
    got = records("The Johor State Government and the Borneo Nature Foundation signed a memorandum of understanding "
                  "in Johor Bahru on Monday.", "agreement", date(2024, 5, 8))
    assert got and got[0]["city"] == "Johor Bahru" and "Johor" in got[0]["parties"]


def test_an_apostrophe_inside_a_name_stays_in_it():
    assert "Côte d'Ivoire" in names("Côte d'Ivoire signed.")
