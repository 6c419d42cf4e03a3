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
     "Mahamandal Limited and Olectra Greentech for 150 electric buses; and a memorandum of understanding between "
     "Bihar and Envision Energy on wind power.",
     [("agreement", ["Pune Mahanagar Parivahan Mahamandal Limited", "Olectra Greentech"], date(2020, 2, 13)),
      ("mou", ["Bihar", "Envision Energy"], date(2020, 2, 13))]),
])
def test_agreements_listed_in_one_sentence_are_each_read(text, expected):
    assert agreements(text) == expected


def test_a_list_of_what_a_memorandum_covers_is_no_list_of_signings():
    # the items name no two sides: what one memorandum covers, not several signings
    got = agreements("Assam and Trina Solar signed a memorandum on Tuesday; its areas included: rooftop solar; "
                     "storage; and training.")
    assert [g[1] for g in got] == [["Assam", "Trina Solar"]]
