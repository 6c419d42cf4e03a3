"""English grammar first met on the twenty-third test web (tests/twentythirdweb.py: Indian states, Chinese firms),
each rule shown on two sentences written for this test (not the web's), with negatives beside: the states of India,
Brazil and Mexico known by name, agreements told in one sentence as a list ("The agreements signed included: a
memorandum between A and B ...; an agreement between C and D ..."), "signed today" in such a list.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions

DAY = date(2020, 2, 13)  # a Thursday: "on Tuesday" is February 11


def mentions(text: str, day: date = DAY) -> list:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2024, 5, 18))
    return extract_mentions(art)


def agreements(text: str, day: date = DAY) -> list[tuple]:
    return [(f["agreement_type"], f["parties"], f["signed_on"])
            for f in (m.fields for m in mentions(text, day) if m.record_type == "agreement")]


def pledges(text: str) -> list[tuple]:
    return [(f["actor"], f["commitment_type"], f["target_year"])
            for f in (m.fields for m in mentions(text) if m.record_type == "commitment")]


# --- the states of federal countries outside Europe, known by name ------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Tamil Nadu will add 20 GW of renewable energy capacity by 2030, the state's energy secretary said.",
     [("Tamil Nadu", "other", 2030)]),
    ("Minas Gerais aims to reach 6 GW of solar power capacity by 2026.", [("Minas Gerais", "other", 2026)]),
])
def test_a_federal_state_pledges_by_its_name(text, expected):
    assert pledges(text) == expected


def test_a_state_government_signs_by_its_name():
    got = agreements("Jalisco and the Sonora government signed a memorandum of understanding on solar power on "
                     "Tuesday.")
    assert got == [("mou", ["Jalisco", "Sonora"], date(2020, 2, 11))]


# --- agreements told in one sentence as a list --------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The agreements signed on Tuesday included: a memorandum of understanding between Kerala and Trina Solar on "
     "rooftop solar; an agreement between the Kochi Metro Rail Limited and Siemens for electric feeder buses; and a "
     "memorandum of understanding between Odisha and the World Resources Institute on clean air.",
     [("mou", ["Kerala", "Trina Solar"], date(2020, 2, 11)),
      ("agreement", ["Kochi Metro Rail Limited", "Siemens"], date(2020, 2, 11)),
      ("mou", ["Odisha", "World Resources Institute"], date(2020, 2, 11))]),
    ("Pune, 13 February 2020 - The documents signed today include: an agreement between Pune Mahanagar Parivahan "
     "Mahamandal Limited and Olectra Greentech Ltd for 150 electric buses; and a memorandum of understanding between "
     "Bihar and Envision Energy on wind power.",
     [("agreement", ["Pune Mahanagar Parivahan Mahamandal Limited", "Olectra Greentech Ltd"], date(2020, 2, 13)),
      ("mou", ["Bihar", "Envision Energy"], date(2020, 2, 13))]),
])
def test_agreements_listed_in_one_sentence_are_each_read(text, expected):
    assert agreements(text) == expected


def test_a_list_of_what_a_memorandum_covers_is_no_list_of_signings():
    # the items name no two sides: what one memorandum covers, not several signings
    got = agreements("Assam and Trina Solar signed a memorandum on Tuesday; its areas included: rooftop solar; "
                     "storage; and training.")
    assert [g[1] for g in got] == [["Assam", "Trina Solar"]]


def events(text: str, day: date = DAY) -> list[tuple]:
    return [(f["name"], f["start_on"], f["end_on"], f["city"])
            for f in (m.fields for m in mentions(text, day) if m.record_type == "event")]


# --- a company's name: "Limited" heads it, its home country is no part of it nor another side ---------------------
@pytest.mark.parametrize("text,expected", [
    ("Kerala, Cochin Shipyard Limited and Wuxi Lead Co., Ltd. of China on Tuesday signed a tripartite memorandum of "
     "understanding on electric ferries.", ["Kerala", "Cochin Shipyard Limited", "Wuxi Lead Co., Ltd."]),
    ("The Odisha government, state-run Odisha Hydro Power Corporation and Vietnam's Vingroup Co. signed a tripartite "
     "agreement on Tuesday on floating solar.", ["Odisha", "Odisha Hydro Power Corporation", "Vingroup Co."]),
])
def test_three_sides_with_a_companys_home_country(text, expected):
    assert [g[1] for g in agreements(text)] == [expected]


def test_a_country_and_a_company_joined_by_and_are_two_sides():
    got = agreements("Vietnam and Siemens Energy Ltd signed a memorandum of understanding on grid storage on Tuesday.")
    assert [g[1] for g in got] == [["Vietnam", "Siemens Energy Ltd"]]


# --- capacity targets: "is committed to achieving", "a target of", "The state has ...", a company's first word ------
@pytest.mark.parametrize("text,expected", [
    ("Punjab is committed to achieving 3 GW of solar power capacity by 2025.", [("Punjab", "other", 2025)]),
    ("Haryana and Ayana Renewable Power signed a memorandum on Monday.\n\nThe state has set a target of 16 gigawatts "
     "of renewable energy capacity by 2030, its power secretary said.", [("Haryana", "other", 2030)]),
    ("SJVN Limited runs hydro plants in the north.\n\nSJVN has committed to reach 25 GW of renewable energy capacity "
     "by 2030.", [("SJVN Limited", "other", 2030)]),
])
def test_a_capacity_target_pledged(text, expected):
    assert pledges(text) == expected


@pytest.mark.parametrize("text", [
    "Punjab installed 3 GW of solar power capacity by 2020.",
    "Haryana missed its target of 4 gigawatts of renewable energy capacity by 2022.",
])
def test_capacity_reached_or_missed_is_no_pledge(text):
    assert pledges(text) == []


# --- fleets made electric by a year -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kerala State Road Transport Corporation has committed to run an all-electric bus fleet by 2035.",
     [("Kerala State Road Transport Corporation", "other", 2035)]),
    ("Pune signed a deal for 150 buses on Monday.\n\nMayor Murlidhar Mohol said the city's public bus fleet would be "
     "fully electric by 2027.", [("Pune", "other", 2027)]),
])
def test_a_fleet_made_electric_by_a_year(text, expected):
    assert pledges(text) == expected


@pytest.mark.parametrize("text", [
    "Pune's bus fleet was fully electric by 2020, the corporation said.",
    "Kerala State Road Transport Corporation ran an all-electric bus fleet by 2020.",
])
def test_a_fleet_already_electric_is_no_pledge(text):
    assert pledges(text) == []


# --- ", which has pledged": the antecedent pledges ----------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Trina Solar already runs plants in Gansu province, which has pledged to generate 60 percent of its electricity "
     "from renewable sources by 2030.", [("Gansu Province", "renewable_share", 2030)]),
    ("Sungrow supplies inverters to Tamil Nadu, which has committed to generate 50 percent of its electricity from "
     "renewable sources by 2030.", [("Tamil Nadu", "renewable_share", 2030)]),
])
def test_the_antecedent_of_which_pledges(text, expected):
    assert pledges(text) == expected


# --- "the Global Investors Meet" ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Indore, 12 January 2023 - The Global Investors Meet of Madhya Pradesh is being held in Indore from 11 to 12 "
     "January 2023. Solar power deals were signed.", ("Global Investors Meet", date(2023, 1, 11), date(2023, 1, 12),
                                                      "Indore")),
    ("The Global Investors Meet was held in Lucknow from 10 to 12 February 2023, where clean energy pacts were signed.",
     ("Global Investors Meet", date(2023, 2, 10), date(2023, 2, 12), "Lucknow")),
])
def test_an_investors_meet_is_a_gathering(text, expected):
    assert events(text, date(2023, 2, 13)) == [expected]


def test_leaders_meet_in_a_headline_is_no_gathering():
    assert events("Leaders Meet in Paris to discuss climate finance.", date(2023, 2, 13)) == []


@pytest.mark.parametrize("text", [
    "Ford has plants in Jalisco, which cut emissions 35 percent below 2015 levels by 2020.",
    "Siemens builds turbines in Bavaria, where emissions fell 20 percent below 1990 levels by 2019.",
])
def test_a_listed_region_after_in_is_where_not_who(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,expected", [
    # a state's name that is as often a surname is a side only where the text introduces it as a state
    ("Montréal and Paris, represented by Mayor Anne Hidalgo, signed a memorandum of understanding on Tuesday.",
     [["Montréal", "Paris"]]),
    ("The Mexican state of Hidalgo and Trina Solar signed a memorandum of understanding on Tuesday.",
     [["Hidalgo", "Trina Solar"]]),
])
def test_a_state_named_like_a_surname(text, expected):
    assert [g[1] for g in agreements(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Lagos committed to a fully electric bus fleet by 2032.", [("Lagos", "other", 2032)]),
    ("Kerala plans to deploy 1,200 electric buses by 2027, its transport minister said.", [("Kerala", "other", 2027)]),
    ("Gujarat will have 5,000 electric buses by 2025, up from 900 in 2022.", [("Gujarat", "other", 2025)]),
])
def test_a_fleet_or_a_number_of_clean_vehicles_by_a_year(text, expected):
    assert pledges(text) == expected


@pytest.mark.parametrize("text", [
    "Gujarat had 500 electric buses by 2020.",
    "Pune bought 300 electric buses in 2021.",
])
def test_vehicles_already_had_or_bought_are_no_pledge(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,expected", [
    ("East Java and Zhejiang Province signed a sister-province agreement on Tuesday.",
     [["East Java", "Zhejiang Province"]]),
    ("South Sulawesi and Guangxi signed a memorandum of understanding on wind power on Tuesday.",
     [["South Sulawesi", "Guangxi"]]),
    # "Papua" opens another country's name: that country is the side
    ("Papua New Guinea and Fujian Province signed a memorandum of understanding on Tuesday.",
     [["Papua New Guinea", "Fujian Province"]]),
])
def test_indonesias_provinces_by_their_english_names(text, expected):
    assert [g[1] for g in agreements(text)] == expected


@pytest.mark.parametrize("text", [
    "The agreements to be signed include: a memorandum of understanding between Kerala and Trina Solar; and an "
    "agreement between Odisha and Sungrow.",
    "The memorandum of understanding to be signed by Assam and Envision Energy covers wind power.",
])
def test_agreements_still_to_be_signed_are_none(text):
    assert agreements(text) == []


def test_the_first_agreement_to_be_signed_was_signed():
    got = agreements("The first agreement to be signed under the programme was a memorandum of understanding between "
                     "Goa and Envision Energy on Tuesday.")
    assert [g[1:] for g in got] == [(["Goa", "Envision Energy"], date(2020, 2, 11))]


@pytest.mark.parametrize("text,expected", [
    ("Vietnam's Binh Dinh province and Guangdong signed a memorandum of understanding on wind power on Tuesday.",
     [["Binh Dinh", "Guangdong Province"]]),
    ("The Philippines' Camarines Sur province and Fujian signed a memorandum of understanding on solar power on "
     "Tuesday.", [["Camarines Sur", "Fujian Province"]]),
])
def test_a_countrys_region_named_by_its_kind(text, expected):
    assert [g[1] for g in agreements(text)] == expected



def test_a_word_after_a_companys_name_is_no_region():
    # "China's Shanghai Electric unit": no kind of region follows the name; the company keeps its name
    got = agreements("China's Shanghai Electric and Kerala signed a memorandum of understanding on Tuesday.")
    assert [g[1] for g in got] == [["Shanghai Electric", "Kerala"]]


def test_a_zero_emission_fleet_is_read_once():
    assert pledges("Lagos will have a fully zero-emission bus fleet by 2030.") == [("Lagos", "other", 2030)]
