"""Instruments adopted at summits as official records tell them (first met on the ninety-first test web), each shown
on sentences written for this test: a communiqué named with a list of topics, a list of countries that runs by
commas and "and" past a body ("..., the United Kingdom and the United States and the European Union", "co-led by A
and B and including C, D, the European Union, E"), a participle right after the instrument whose agents after "by"
are its parties, UN-style long country names, and a dateline naming a resort and its island before a whole date.
Negatives: an instrument adopted "by energy ministers" (no party named) in a list of deliverables, a country that
only says where a company is."""
from __future__ import annotations

import pytest

from scrapers.extract.datelines import DATELINE, dateline_city
from story_records import records


def parties(text: str) -> list[list[str]]:
    return [sorted(r["parties"]) for r in records(text, "agreement")]


@pytest.mark.parametrize("text, expected", [
    ("The ministers of Chile, Peru, Colombia and Ecuador and the Inter-American Development Bank adopted the Andean "
     "Energy, Water and Climate Ministers' Communiqué.",
     [["Chile", "Colombia", "Ecuador", "Inter-American Development Bank", "Peru"]]),
    ("The Nordic Council of Ministers, co-led by Norway and Sweden and including Denmark, the European Union, Finland "
     "and Iceland, adopted a joint statement with Estonia.",
     [["Denmark", "Estonia", "European Union", "Finland", "Iceland", "Nordic Council of Ministers", "Norway",
       "Sweden"]]),
])
def test_a_list_of_countries_running_past_a_body_is_a_list_of_parties(text, expected):
    assert parties(text) == expected


def test_a_country_that_says_where_a_company_is_stays_no_party():
    assert parties("Chinese carmaker BYD and Brazil signed an agreement.") == [["BYD", "Brazil"]]


@pytest.mark.parametrize("text, expected", [
    ("The summit's deliverables include the Green Fund and the Lima Compact signed by Peru and Chile in May.",
     [["Chile", "Peru"]]),
    ("Among the outcomes was the Oslo Declaration adopted by Norway and Iceland on Monday.", [["Iceland", "Norway"]]),
])
def test_a_participle_after_the_instrument_names_its_parties_by_by(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text", [
    "The launch is listed among the deliverables of the Presidency, alongside the Green Fund and the Lima Compact "
    "adopted by energy ministers in May.",
    "Highlights included the Pandemic Fund and the Quito Charter endorsed by mayors in June.",
])
def test_an_instrument_adopted_by_people_named_by_their_office_has_no_parties(text):
    assert parties(text) == []


def test_un_long_country_names():
    text = ("The leaders of Thailand, the Lao People's Democratic Republic and Viet Nam adopted the Mekong Leaders Joint "
            "Statement.")
    assert parties(text) == [["Laos", "Thailand", "Vietnam"]]
    assert parties("Lao PDR and Cambodia signed a memorandum on hydropower.") == [["Cambodia", "Laos"]]


@pytest.mark.parametrize("line, ok", [
    ("Nusa Dua, Bali, 15 November 2022 - The Government of Indonesia and Japan signed a memorandum.", True),
    ("Labuan Bajo, 25 June 2022 - Delegates concluded the meeting.", True),
    ("Xi'an - a city of 13 million - signed a memorandum with Lyon.", False),
])
def test_a_dateline_of_a_resort_and_its_island_before_a_whole_date(line, ok):
    m = DATELINE.match(line)
    assert bool(m and dateline_city(m)) is ok


@pytest.mark.parametrize("before, day", [
    ("On 5 May 2023, the Mekong Leaders Meeting was held in Bangkok.", "2023-05-05"),
    ("On 9 June 2023, the Andean Ministers Conference was held in Quito, chaired by Ecuador.", "2023-06-09"),
    ("On 5 May 2023, Thailand's minister visited the port of Bangkok.", None),  # no gathering held: no occasion
])
def test_participants_of_a_gathering_held_the_sentence_before_adopt_there_that_day(before, day):
    text = before + " The leaders of Thailand, Laos and Cambodia adopted the Mekong Leaders Joint Statement."
    days = [str(r["signed_on"]) if r["signed_on"] else None for r in records(text, "agreement")]
    assert days == [day]
