"""Names and years of US-China subnational cooperation stories (issue 17, the hundred-and-eighth web), on texts of
our own:

* a signer's apposition "<name>, <title> of the <body>," gives the body, never "<title> of the <body>" as a name
  (scrapers/extract/name_runs.past_title_and_name);
* a university's unit named with the university in the possessive is "<University> <Unit>"
  (scrapers/extract/academy_units_en.without_parent_possessive); a state's or a person's possessive is left alone;
* "by the same year" / "by that year" after a target year is that year (scrapers/extract/same_year_en.py);
* 环保 and 环境保护 inside a body's Chinese name are the same body (scrapers/extract/alias_contractions_zh.py).
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.alias_contractions_zh import other_forms
from scrapers.extract.same_year_en import same_year_named


def mentions(text: str, lang: str = "en", kind: str = "agreement") -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 3, 12), lang, text, datetime(2025, 3, 13))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]


def parties(text: str, lang: str = "en") -> list[list[str]]:
    return [f["parties"] for f in mentions(text, lang)]


@pytest.mark.parametrize("text,want", [
    ("DENVER – Colorado Energy Office Director Will Toor and Li Ming, Director-General of the Department of Ecology "
     "and Environment of Sichuan Province, on Monday signed a memorandum of understanding on methane.",
     [["Colorado Energy Office", "Department of Ecology and Environment of Sichuan Province"]]),
    ("Wang Hao, Director of the Shanghai Municipal Transportation Commission, and the Oregon Department of "
     "Transportation signed a memorandum on Tuesday on electric buses.",
     [["Shanghai Municipal Transportation Commission", "Oregon Department of Transportation"]]),
    ("The memorandum was signed on Friday by Ana Ruiz, Secretary of the Nevada Department of Environmental "
     "Protection, and the Jilin Provincial Forestry Bureau.",
     [["Nevada Department of Environmental Protection", "Jilin Provincial Forestry Bureau"]]),
])
def test_a_signers_title_of_the_body_gives_the_body(text, want):
    assert parties(text) == want


def test_no_party_is_named_by_a_title():
    got = parties("The President of the European Commission and the Premier of the State Council signed a joint "
                  "statement on Tuesday.")
    assert not any(p.startswith(("President", "Premier")) for ps in got for p in ps)
    assert parties("The Director of the Office of Sustainability said the city would sign a memorandum next year.") \
        == []


@pytest.mark.parametrize("text,want", [
    ("The University of Maryland's Center for Global Sustainability (CGS) signed a memorandum of understanding on "
     "Thursday in Beijing with the Chinese Academy of Environmental Planning (CAEP).",
     [["University of Maryland Center for Global Sustainability", "Chinese Academy of Environmental Planning"]]),
    ("Stanford University's Precourt Institute for Energy signed an agreement on Tuesday with the Chinese Academy of "
     "Sciences.", [["Stanford University Precourt Institute for Energy", "Chinese Academy of Sciences"]]),
])
def test_a_universitys_unit_in_the_possessive_is_named_with_its_university(text, want):
    assert parties(text) == want


def test_a_states_or_persons_possessive_is_left_alone():
    got = parties("Maryland's Department of the Environment signed a memorandum on Monday with the Anhui Provincial "
                  "Department of Ecology and Environment.")
    assert got and "Maryland Department of the Environment" in got[0]
    assert parties("Tsinghua University's president and the mayor of Boston signed a memorandum on Monday.") == \
        [["Tsinghua University", "Boston"]]


@pytest.mark.parametrize("text,want", [
    ("to reach carbon neutrality no later than 2045 and to cut emissions 85 percent below 1990 levels by the same "
     "year.", "by 2045"),
    ("net-zero emissions by 2050 and to cut emissions 80 percent below 1990 levels by that year.", "by 2050"),
    ("100 percent renewable power in 2035 and a coal exit in that same year.", "in 2035"),
])
def test_the_same_year_is_the_year_named_before(text, want):
    out = same_year_named(text)
    assert len(out) == len(text) and want in out


@pytest.mark.parametrize("text", [
    "The city will cut emissions 50 percent below 2005 levels by that year, the mayor said.",  # no deadline before
    "Emissions fell below 1990 levels in that year.",  # a base year is no deadline
    "The plan was adopted in 2021 and revised later.",  # no phrase
])
def test_no_year_before_leaves_the_sentence_alone(text):
    assert same_year_named(text) == text


def test_a_second_target_by_the_same_year_is_read():
    got = mentions("Oregon law requires the state to reach net-zero emissions by 2050 and to cut greenhouse gas "
                   "emissions 80 percent below 1990 levels by that year.", kind="commitment")
    assert {(f["commitment_type"], f["target_year"], f["base_year"]) for f in got} == \
        {("carbon_neutrality", 2050, None), ("emissions_reduction", 2050, 1990)}
    assert mentions("Analysts expect emissions to fall 30 percent below 2005 levels by that year.",
                    kind="commitment") == []


def test_the_contraction_and_full_form_name_one_body():
    assert other_forms("加州环保局") == ["加州环境保护局"]
    assert other_forms("香港环境保护署") == ["香港环保署"]
    assert other_forms("环保") == [] and other_forms("生态环境厅") == []
    assert parties("3月10日，江西省生态环境厅与美国加州环境保护局签署合作备忘录。", "zh") == \
        [["Jiangxi Provincial Department of Ecology and Environment", "California Environmental Protection Agency"]]
