"""English commitments, round 12 (the gaps the thirty-first and thirty-fourth webs left): who a clause commits is who
pledges ("the plan, which commits the City of Tucson to ..."), no one named inside a relative clause pledges
("Gotion, whose U.S. arm is based in Fremont, pledged ..."), and a company's base year told as a baseline ("against a
2019 baseline", "from a 2020 base year"). Each rule on two sentences written for the test, with what it leaves alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2023, 10, 26), "en", text, datetime(2023, 10, 27))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"])
            for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text,want", [
    ("The Mayor and Council of Tucson adopted the plan, which commits the City of Tucson to reach carbon neutrality "
     "by 2045.", [("Tucson", "carbon_neutrality", 2045, None)]),
    ("The legislature passed a law that commits Oregon to reach net zero emissions by 2050.",
     [("Oregon", "carbon_neutrality", 2050, None)]),
])
def test_who_a_clause_commits_is_who_pledges(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("Gotion, whose U.S. arm is based in Fremont, pledged to reach carbon neutrality by 2040.",
     [("Gotion High-Tech", "carbon_neutrality", 2040, None)]),
    ("Siemens, which has plants in Jalisco and Texas, pledged to reach net zero emissions by 2030.",
     [("Siemens", "carbon_neutrality", 2030, None)]),
])
def test_no_one_named_in_a_relative_clause_pledges(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("Proterra committed to cut its Scope 1 and 2 emissions 50% by 2030 against a 2019 baseline.",
     [("Proterra", "emissions_reduction", 2030, 2019)]),
    ("Tesla will reduce its Scope 1 and 2 greenhouse gas emissions 42% by 2030 from a 2020 base year.",
     [("Tesla", "emissions_reduction", 2030, 2020)]),
])
def test_a_base_year_told_as_a_baseline(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("Changsha aims to make all new buildings net-zero carbon by 2030.", [("Changsha", "other", 2030, None)]),
    ("Denver plans to make all new buildings net-zero by 2030 and to reach net zero emissions by 2040.",
     [("Denver", "other", 2030, None), ("Denver", "carbon_neutrality", 2040, None)]),
])
def test_net_zero_buildings_are_a_standard_not_the_citys_neutrality(text, want):
    assert pledges(text) == want


def cuts(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2023, 10, 26), "en", text, datetime(2023, 10, 27))
    return sorted((m.fields["target_year"], m.fields["base_year"], m.fields["reduction_pct_min"])
                  for m in extract_mentions(art) if m.record_type == "commitment")


@pytest.mark.parametrize("text,want", [
    ("Jiujiang aims to cut its carbon dioxide emissions per unit of GDP by about 18 percent by 2025, and by more than "
     "65 percent from 2005 levels by 2030.", [(2025, None, 18.0), (2030, 2005, 65.0)]),
    ("Guilin will lower its emissions 20 percent by 2025, and by 45 percent below 2010 levels by 2035.",
     [(2025, None, 20.0), (2035, 2010, 45.0)]),
])
def test_two_cuts_of_one_verb_each_with_its_own_clauses_base(text, want):
    assert cuts(text) == want


def test_one_base_for_both_cuts_of_one_clause_stays():
    assert cuts("Oregon will cut emissions 45 percent below 1990 levels by 2035, and 80 percent below 1990 levels by "
                "2050.") == [(2035, 1990, 45.0), (2050, 1990, 80.0)]
