"""English grammar first met on the eighth test web (tests/eighthweb.py), each rule shown on two sentences written for
this test: first-level regions of federal and devolved countries named without an introduction, a region's
initials, "<title> of <Province> <Name>", a sentence's opening adverb, a pronoun subject, public bodies named by
place and tier, agreements listed in bullets and table rows under a sentence saying they were signed, and a cut
whose own words leave "emissions" to the sentence.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities
from scrapers.extract.listed_en import follow
from scrapers.extract.regions_en import foreign_regions


def records(text: str, kind: str, day: date) -> list[dict]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text, datetime(2024, 5, 18))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]


def parties(text: str, day: date = date(2019, 7, 17)) -> list[list[str]]:
    return [f["parties"] for f in records(text, "agreement", day)]


# --- regions and the people who stand for them ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Baden-Württemberg and Jiangsu signed a joint declaration on climate protection on Monday.",
     ["Baden-Württemberg", "Jiangsu Province"]),
    ("The Scottish Government and Shandong Province signed a memorandum of understanding on low-carbon technology "
     "on Monday.", ["Scotland", "Shandong Province"]),
    ("Lower Saxony and Anhui signed a memorandum of understanding on hydrogen on Monday.",
     ["Lower Saxony", "Anhui Province"]),
])
def test_known_foreign_regions(text, expected):
    assert parties(text + "\n\nMore text.") == [expected]


def test_foreign_regions_leave_cities_and_words_alone():
    assert foreign_regions("Berlin and Hamburg met the England team in New South Wales.") == \
        {"New South Wales": "New South Wales", "England": "England"}
    assert foreign_regions("North Rhine-Westphalia ... NRW Minister Pinkwart")["NRW"] == "North Rhine-Westphalia"
    assert "NRW" not in foreign_regions("Bavaria ... NRW")  # initials only of a region the text spelled out


@pytest.mark.parametrize("text,expected", [
    ("North Rhine-Westphalia is a coal region.\n\nNRW Minister for Economic Affairs Andreas Pinkwart and Vice "
     "Governor of Shanxi Province Wang Yiqun signed a memorandum of understanding on energy transition in Berlin on "
     "Monday, witnessed by Chancellor Angela Merkel and Premier Li Keqiang.", ["North Rhine-Westphalia", "Shanxi Province"]),
    ("Bavaria and Governor of Shandong Province Li Ganjie signed a memorandum of understanding on clean energy on "
     "Monday.\n\nMore text.", ["Bavaria", "Shandong Province"]),
])
def test_titled_officials_and_initials(text, expected):
    assert parties(text) == [expected]


@pytest.mark.parametrize("sentence,place", [
    ("Vice Governor of Sichuan Province Wang Ning spoke.", "Sichuan Province"),
    ("Governor of Jiangsu Province Wu Zhenglong spoke.", "Jiangsu Province"),
])
def test_place_after_title_of(sentence, place):
    assert [e.name for e in find_entities(sentence)] == [place]


# --- subjects that are no signers --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Separately, the Port of Portland and Xiamen Port Holding Group signed a green port cooperation agreement on "
     "Thursday.", ["Port of Portland", "Xiamen Port Holding Group"]),
    ("Additionally, Acme Holding and Widget Group signed a battery recycling agreement on Thursday.",
     ["Acme Holding", "Widget Group"]),
    ("They signed a memorandum of understanding on forest carbon between the Washington State Department of Natural "
     "Resources and the Sichuan Provincial Forestry Department.",
     ["Washington State Department of Natural Resources", "Sichuan Provincial Forestry Department"]),
    ("We signed a memorandum of understanding on wind power between the Iowa Economic Development Authority and the "
     "Hebei Provincial Energy Bureau.", ["Iowa Economic Development Authority", "Hebei Provincial Energy Bureau"]),
])
def test_adverbs_and_pronouns_sign_nothing(text, expected):
    assert parties(text + "\n\nMore text.", date(2019, 5, 10)) == [expected]


@pytest.mark.parametrize("sentence,name", [
    ("The Hawaii State Energy Office and Hainan Provincial Development and Reform Commission signed",
     "Hawaii State Energy Office"),
    ("Bloomberg Philanthropies and Energy Foundation China signed", "Bloomberg Philanthropies"),
])
def test_tiered_bodies_and_philanthropies(sentence, name):
    assert [e.name for e in find_entities(sentence)][0] == name


def test_an_office_without_tier_or_of_stays_no_name():
    assert [e.name for e in find_entities("The Energy Office said so.")] == []


# --- lists and tables of signed agreements ------------------------------------------------------------------------

def test_bullets_under_a_signing_sentence():
    text = ("Iowa and Hebei met on Wednesday.\nAmong the agreements signed at the State Capitol were:\n"
            "a memorandum of understanding between the Iowa Economic Development Authority and the Hebei Provincial "
            "Development and Reform Commission on wind energy;\n"
            "an agreement between Scottish Development International and the Shandong Provincial Department of "
            "Commerce on offshore wind.\nThe delegation left on Friday.")
    got = records(text, "agreement", date(2012, 2, 16))
    assert [(f["parties"], f["signed_on"]) for f in got] == [
        (["Iowa Economic Development Authority", "Hebei Provincial Development and Reform Commission"], date(2012, 2, 15)),
        (["Scottish Development International", "Shandong Provincial Department of Commerce"], date(2012, 2, 15))]


def test_table_rows_under_a_signing_sentence():
    text = ("The following agreements were signed during the mission:\n| Date | Parties | Instrument |\n|---|---|---|\n"
            "| September 11, 2017 | Hawaii State Energy Office and Hainan Provincial Development and Reform Commission "
            "| Memorandum of understanding on clean energy |\n"
            "| September 12, 2017 | Port of Honolulu and Haikou Port Group | Green port cooperation agreement |\n"
            "Hawaii and Hainan are sister states.")
    got = records(text, "agreement", date(2017, 9, 15))
    assert [(f["parties"], f["signed_on"], f["agreement_type"]) for f in got] == [
        (["Hawaii State Energy Office", "Hainan Provincial Development and Reform Commission"], date(2017, 9, 11), "mou"),
        (["Port of Honolulu", "Haikou Port Group"], date(2017, 9, 12), "agreement")]


@pytest.mark.parametrize("lines", [
    ["The memorandum covers:", "a memorandum between the Port of Honolulu and Haikou Port Group on shore power;"],
    ["Our weekly round-up:", "| Date | Parties | Instrument |", "|---|---|---|",
     "| May 1, 2019 | Port of Honolulu and Haikou Port Group | Memorandum of understanding |"],
    ["The following agreements are expected to be signed next year:", "| Date | Parties | Instrument |",
     "| May 1, 2019 | Port of Honolulu and Haikou Port Group | Memorandum of understanding |"],
])
def test_lists_without_a_signing_sentence_are_read_as_they_stand(lines):
    listing, told = None, []
    for s in lines:
        listing, out = follow(listing, s)
        told.append(out)
    assert told == [None] * len(lines)


# --- cuts --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Scotland, whose parliament passed its new climate law on Wednesday, has set a target of net-zero greenhouse gas "
     "emissions by 2045 and a 75 percent cut below 1990 levels by 2030.", ("Scotland", 2030, 1990, 75.0)),
    ("Wales has set a target of net-zero emissions by 2050 and a 63 percent cut below 1990 levels by 2030.",
     ("Wales", 2030, 1990, 63.0)),
])
def test_cut_leaving_emissions_to_the_sentence(text, expected):
    got = [(f["actor"], f["target_year"], f["base_year"], f["reduction_pct_min"])
           for f in records(text + "\n\nMore text.", "commitment", date(2019, 9, 25))
           if f["commitment_type"] == "emissions_reduction"]
    assert got == [expected]


def test_a_cut_of_energy_use_is_no_emissions_cut():
    text = "Wales has set a 20 percent cut below 2010 levels by 2030 in its energy use.\n\nMore text."
    assert [f for f in records(text, "commitment", date(2019, 9, 25)) if f["commitment_type"] == "emissions_reduction"] == []
