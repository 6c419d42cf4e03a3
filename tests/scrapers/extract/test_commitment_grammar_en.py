"""Round 16 of English commitment grammar (scrapers/extract/commitment_grammar_en.py, docs/english-unseen-grammar.md):
"slash ... in half", "be carbon-free by", a mayor's quoted "we" pledge, "could" as no pledge, a cited pledge as
context, a summary before a colon read past (sentences of our own, none from a test web)."""
from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records as story  # noqa: E402


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a.html", "t", None, date(2024, 2, 12), "en", text, datetime(2024, 3, 1))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"],
             m.fields["reduction_pct_min"]) for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text,want", [
    ("Denver will slash its greenhouse gas emissions in half by 2030 compared with 2015, the mayor said.",
     [("Denver", "emissions_reduction", 2030, 2015, 50.0)]),
    ("Under the new plan, Houston would slash its emissions in half by 2035 from 2014 levels.",
     [("Houston", "emissions_reduction", 2035, 2014, 50.0)]),
])
def test_slash_in_half_is_a_cut_of_half(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("Pittsburgh intends to become a carbon-free city by 2050, its council said on Tuesday.",
     [("Pittsburgh", "carbon_neutrality", 2050, None, None)]),
    ("Under its new plan, Lisbon will be carbon-free no later than 2040.",
     [("Lisbon", "carbon_neutrality", 2040, None, None)]),
])
def test_a_place_to_be_carbon_free_pledges_neutrality(text, want):
    assert pledges(text) == want


def test_carbon_free_electricity_is_no_neutrality():
    got = pledges("Phoenix will get 100% carbon-free electricity by 2035, the utility said.")
    assert all(kind != "carbon_neutrality" for _, kind, *_ in got)


@pytest.mark.parametrize("text,want", [
    ('"We will be carbon-free by 2045," said Jane Roe, the mayor of Charlotte, after the vote.',
     [("Charlotte", "carbon_neutrality", 2045, None, None)]),
    ('Pittsburgh opened its new transit hub on Monday. "We will reach net zero by 2040," said Mayor Tom Vale.',
     [("Pittsburgh", "carbon_neutrality", 2040, None, None)]),
])
def test_a_mayors_we_pledge_is_the_citys(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "Consultants said Denver could cut its emissions 35% by 2030 if it retrofitted its buildings.",
    "A study found that Lisbon might reach net zero by 2045 with more solar power.",
])
def test_could_or_might_pledges_nothing(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text", [
    "Mexico's national pledge to cut emissions 35% by 2030 was cited by Monterrey officials as a reason to act.",
    "The federal target of net zero by 2050 is often invoked by Phoenix council members.",
])
def test_a_cited_pledge_is_context(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,want", [
    ("Lisbon and Denver set their own goals this month: Lisbon wants per-capita emissions to fall to 3 tonnes by "
     "2030, and Denver pledged that its emissions will peak before 2027.",
     {("Lisbon", "per_capita_limit", 2030), ("Denver", "emissions_peak", 2027)}),
    ("Houston and Pittsburgh announced targets on Monday: Houston will reach net zero by 2050, and Pittsburgh "
     "promised that its emissions will peak by 2026.",
     {("Houston", "carbon_neutrality", 2050), ("Pittsburgh", "emissions_peak", 2026)}),
])
def test_a_summary_before_a_colon_leaves_each_clause_its_subject(text, want):
    assert {p[:3] for p in pledges(text)} == want


@pytest.mark.parametrize("text, expected", [
    ("Vancouver aims to cut carbon pollution in half by 2030 compared with 2007 levels.", ("Vancouver", 2030, 2007)),
    ("Halifax will halve its greenhouse gas pollution by 2030 from 2016 levels.", ("Halifax", 2030, 2016)),
])
def test_carbon_pollution_halved_is_an_emissions_cut(text, expected):
    found = [(r["actor"], r["target_year"], r["base_year"], r["reduction_pct_min"])
             for r in story(text, "commitment", date(2026, 9, 7))]
    assert found == [(*expected, 50.0)]


def test_air_pollution_halved_is_no_climate_pledge():
    assert story("Denver plans to cut air pollution in half by 2030.", "commitment", date(2026, 9, 7)) == []


@pytest.mark.parametrize("text, expected", [
    # a preposition before the cut that tells no base year leaves the cut without a base, not unread
    ("Under the plan, Oslo will cut emissions 40 percent by 2030.", ("Oslo", 2030, None, 40.0)),
    ("Mayors gathered in Copenhagen from Oct. 10 to 12, where Oslo pledged to cut emissions 95% by 2030.",
     ("Oslo", 2030, None, 95.0)),
    # a base told before the cut is its base
    ("Compared with 2005 levels, Tacoma will cut emissions 40 percent by 2030.", ("Tacoma", 2030, 2005, 40.0)),
])
def test_a_cut_s_base_is_what_the_sentence_tells_as_one(text, expected):
    found = [(r["actor"], r["target_year"], r["base_year"], r["reduction_pct_min"])
             for r in story(text, "commitment", date(2026, 10, 14))]
    assert found == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Stockholm, which committed to the Global Covenant of Mayors in 2017, pledged to cut emissions 60 percent by 2030 "
     "compared with 1990.", ["Stockholm"]),
    ("Oslo, which joined C40 in 2009, will cut emissions 95 percent by 2030 from 2009 levels.", ["Oslo"]),
])
def test_who_a_closed_relative_clause_names_does_not_pledge(text, expected):
    assert [r["actor"] for r in story(text, "commitment", date(2026, 10, 14))] == expected


def test_a_relative_clause_after_a_law_still_names_who_it_binds():
    # the clause describes the law, not an actor: the state it sets on a path is the actor of the pledge after it
    text = ("Governor Jerry Brown today signed Senate Bill 100, which sets California on a path to 100 percent clean "
            "electricity by 2045, and issued an executive order establishing a statewide goal to achieve carbon "
            "neutrality no later than 2045.")
    found = {(r["actor"], r["commitment_type"]) for r in story(text, "commitment", date(2018, 9, 10))}
    assert ("California", "carbon_neutrality") in found
