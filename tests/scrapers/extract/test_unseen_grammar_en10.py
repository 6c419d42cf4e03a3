"""English grammar first met on the thirty-first test web (tests/thirtyfirstweb.py: transit agencies, bus and battery
makers, building-efficiency bodies), each rule shown on two sentences written for this test (not the web's), with
negatives beside: a body's name that joins two topics ("Bureau of Housing and Urban-Rural Development") before "and the
X", an arrangement named by its kind ("a twinning arrangement"), "the same day" after a signing dated by its weekday,
and bus and battery makers named by one word.
"""
from __future__ import annotations

from datetime import date

import pytest

from test_unseen_grammar_en8 import agreements  # one reader for the English rounds (on Thursday 2020-02-13)


# --- a body's name joining two topics, then "and the" another party ----------------------------------------------
@pytest.mark.parametrize("text,parties", [
    ("The Nanchang Municipal Bureau of Housing and Urban-Rural Development and the Oregon Building Codes Council signed "
     "a memorandum of understanding on Monday on passive houses.",
     ["Nanchang Municipal Bureau of Housing and Urban-Rural Development", "Oregon Building Codes Council"]),
    ("The Wuxi Municipal Bureau of Science and Technology and the Ohio Energy Council signed an agreement on Monday on "
     "solar power.", ["Wuxi Municipal Bureau of Science and Technology", "Ohio Energy Council"]),
])
def test_a_two_topic_name_before_and_the_stays_whole(text, parties):
    assert agreements(text) == [(agreements(text)[0][0], parties, date(2020, 2, 10))]


def test_two_names_then_a_third_still_split():
    [(_, parties, _)] = agreements("The Department of Energy and Tsinghua University and the Ohio Energy Council "
                                   "signed a memorandum of understanding on Monday on solar power.")
    assert parties == ["U.S. Department of Energy", "Tsinghua University", "Ohio Energy Council"]


# --- an arrangement named by its kind ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,parties", [
    ("The Dalian Port Authority and the Port of Tacoma entered into a sister-port arrangement on Monday to cut ship "
     "emissions.", ["Dalian Port Authority", "Port of Tacoma"]),
    ("The Suzhou Municipal Bureau of Commerce and the Ohio Energy Council signed a cooperation arrangement on Monday on "
     "battery recycling.", ["Suzhou Municipal Bureau of Commerce", "Ohio Energy Council"]),
])
def test_an_arrangement_of_a_kind_is_an_instrument(text, parties):
    assert agreements(text) == [("agreement", parties, date(2020, 2, 10))]


def test_an_arrangement_of_no_kind_is_none():
    assert agreements("The seating arrangements for the ceremony were set by the Wuxi Municipal Bureau of Commerce "
                      "and the Ohio Energy Council.") == []
    assert agreements("Under the arrangement, the Dalian Port Authority and the Port of Tacoma will share data.") == []


# --- "the same day" after a signing dated by its weekday ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Officials from Ohio toured Wuxi from February 3 to 6. The Wuxi Port Group and the Port of Toledo signed a pact on "
    "Tuesday on shore power. On the same day, the Wuxi Municipal Bureau of Commerce and the Ohio Energy Council struck "
    "a cooperation arrangement on trade in heat pumps.",
    "A delegation visited Nanchang on February 9. The Nanchang Airport Group and the Denver Department of Aviation "
    "signed an agreement on Tuesday on electric tugs. The same day, the Nanchang Transportation Bureau and the Colorado "
    "Department of Transportation signed a memorandum of understanding on bus charging.",
])
def test_the_same_day_is_the_day_of_the_signing_just_told(text):
    assert [day for _, _, day in agreements(text)] == [date(2020, 2, 11), date(2020, 2, 11)]


def test_the_same_day_after_a_named_date_is_that_date():
    text = ("The forum opened on February 10 in Wuxi. On the same day, the Wuxi Port Group and the Port of Toledo "
            "signed a memorandum of understanding on shore power.")
    assert [day for _, _, day in agreements(text)] == [date(2020, 2, 10)]


# --- bus and battery makers named by one word -------------------------------------------------------------------
@pytest.mark.parametrize("text,maker", [
    ("Gillig inked a deal with the Utah Transit Authority on Monday to supply 20 electric buses and cut emissions, in "
     "a partnership that covers chargers.", "Gillig"),
    ("Ebusco and the Hamburg Transport Authority signed a memorandum of understanding on Monday on battery reuse.",
     "Ebusco"),
])
def test_a_bus_maker_named_by_one_word_is_a_party(text, maker):
    [(_, parties, _)] = agreements(text)
    assert parties[0] == maker and len(parties) == 2


# --- "New" opening a place inside a body's name -----------------------------------------------------------------
@pytest.mark.parametrize("text,body", [
    ("The New York City Department of Buildings entered into a partnership with the Shenzhen Institute of Building "
     "Research on Monday on energy codes.", "New York City Department of Buildings"),
    ("The New Jersey Board of Public Utilities and the Jiangsu Energy Bureau signed a memorandum of understanding on "
     "Monday on offshore wind.", "New Jersey Board of Public Utilities"),
])
def test_new_of_a_place_opens_the_body(text, body):
    [(_, parties, _)] = agreements(text)
    assert parties[0] == body and len(parties) == 2


def test_new_as_an_adjective_is_no_part_of_a_name():
    from scrapers.extract.entities import find_entities

    assert [e.name for e in find_entities("New partners of the Shanghai Municipal Transportation Commission signed a "
                                          "deal.")] == ["Shanghai Municipal Transportation Commission"]


# --- a transit operator named "<area> Metro" --------------------------------------------------------------------
@pytest.mark.parametrize("text,operator", [
    ("Hennepin County Metro and the Qingdao Bus Group entered into a partnership on Monday to cut emissions from "
     "buses.", "Hennepin County Metro"),
    ("The Wuxi Metro and the Port of Oakland signed a memorandum of understanding on Monday on solar power.",
     "Wuxi Metro"),
])
def test_an_area_metro_is_one_operator(text, operator):
    [(_, parties, _)] = agreements(text)
    assert parties[0] == operator and len(parties) == 2


def test_metro_before_a_city_is_still_the_region():
    [(_, parties, _)] = agreements("Metro Vancouver and Shenzhen signed an agreement on Monday on heat pumps.")
    assert parties == ["Metro Vancouver", "Shenzhen"]


# --- a body's possessive before an unnamed unit ------------------------------------------------------------------
@pytest.mark.parametrize("text,parties", [
    ("The Hong Kong Airport Authority and the Port of Seattle's aviation division entered into a partnership on Monday "
     "on sustainable aviation fuel.", ["Hong Kong Airport Authority", "Port of Seattle"]),
    ("The Wuxi Bus Group's battery unit and the Ohio Energy Council signed an agreement on Monday on recycling.",
     ["Wuxi Bus Group", "Ohio Energy Council"]),
])
def test_a_bodys_possessive_names_the_body(text, parties):
    assert agreements(text) == [(agreements(text)[0][0], parties, date(2020, 2, 10))]
