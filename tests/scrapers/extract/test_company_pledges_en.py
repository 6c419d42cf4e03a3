"""Round 17 of English commitment grammar (scrapers/extract/company_pledges_en.py, docs/english-unseen-grammar.md):
companies' and utilities' pledges as their releases and the trade press tell them: a company told by its kind ("the
company", "The subsidiary", "the automaker", "the utility") for the one that pledged just before, a target another
body validated, a base year with "versus", two neutrality targets in one sentence, a customer's goal the company helps
reach (sentences of our own, none from a test web)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from story_records import records


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a.html", "t", None, date(2024, 2, 12), "en", text, datetime(2024, 3, 1))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"],
             m.fields["reduction_pct_min"]) for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text,want", [
    ("Corvane Power Corporation will reach net-zero emissions by 2045. Under its new plan, the company will also cut "
     "carbon emissions 70% from 2005 levels by 2032.",
     [("Corvane Power Corporation", "carbon_neutrality", 2045, None, None),
      ("Corvane Power Corporation", "emissions_reduction", 2032, 2005, 70.0)]),
    ("Ellery Gas Utilities set a goal of net-zero operations by 2042. The subsidiary will also cut methane emissions "
     "45% from 2019 levels by 2031.",
     [("Ellery Gas Utilities", "carbon_neutrality", 2042, None, None),
      ("Ellery Gas Utilities", "emissions_reduction", 2031, 2019, 45.0)]),
])
def test_a_company_told_by_its_kind_is_the_one_that_pledged_before(text, want):
    assert pledges(text) == want


def test_a_kind_the_name_does_not_fit_gives_no_actor():
    # the last pledge was the holding company's: "the utility" is not it (no guess)
    text = ("Brannock Energy Holdings Inc. aims for net-zero emissions by 2050. The utility will cut carbon emissions "
            "60% from 2005 levels by 2033.")
    assert pledges(text) == [("Brannock Energy Holdings Inc.", "carbon_neutrality", 2050, None, None)]


@pytest.mark.parametrize("text,want", [
    ("Pemberly Motor Company (NYSE: PMCO) will use 100% renewable electricity at its factories by 2031. The automaker "
     "is also targeting net-zero operations by 2036 and carbon-neutral vehicles by 2048.",
     [("Pemberly Motor Company", "renewable_share", 2031, None, None),
      ("Pemberly Motor Company", "carbon_neutrality", 2036, None, None),
      ("Pemberly Motor Company", "carbon_neutrality", 2048, None, None)]),
    ("Ridley Foods Inc. plans to be carbon neutral in its own plants by 2035 and to reach net-zero across its supply "
     "chain by 2045.",
     [("Ridley Foods Inc.", "carbon_neutrality", 2035, None, None),
      ("Ridley Foods Inc.", "carbon_neutrality", 2045, None, None)]),
])
def test_two_neutrality_targets_in_one_sentence(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("Oberlin Cement Corp. said that the Science Based Targets initiative had validated its target to reduce carbon "
     "intensity 25% by 2031 versus a 2021 baseline.",
     [("Oberlin Cement Corp.", "emissions_reduction", 2031, 2021, 25.0)]),
    ("Fenwick Steel Inc. (NASDAQ: FNWK) announced on Monday that SBTi approved its near-term targets to cut emissions "
     "35% by 2033 vs. 2020 levels.",
     [("Fenwick Steel Inc.", "emissions_reduction", 2033, 2020, 35.0)]),
])
def test_a_target_validated_by_another_body_and_a_base_year_versus(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "Corvane Power Corporation will help Delmont Paper, a large customer, reach the paper maker's goal of 100% "
    "renewable electricity by 2030.",
    "Through a new tariff, Ellery Electric Inc. is helping its business customers meet their targets of net-zero "
    "emissions by 2040.",
])
def test_a_goal_the_company_helps_another_reach_is_not_its_pledge(text):
    assert not [p for p in pledges(text) if p[0] in ("Corvane Power Corporation", "Ellery Electric Inc.")]


# --- a company named by its home and kind, and "said it would" (the 86th web's class, texts of our own) ---------
@pytest.mark.parametrize("text,want", [
    ("Ameren Corp. said on Monday it will reach net-zero carbon emissions by 2050. The St. Louis-based utility also "
     "said it now plans to cut emissions 60% from 2005 levels by 2030.",
     [("Ameren Corp.", "carbon_neutrality", 2050), ("Ameren Corp.", "emissions_reduction", 2030)]),
    ("Avista Corp. set a goal of carbon-neutral electricity by 2027. The Spokane-based company said it would also "
     "cut emissions 30% below 2005 levels by 2025.",
     [("Avista Corp.", "carbon_neutrality", 2027), ("Avista Corp.", "emissions_reduction", 2025)]),
])
def test_a_home_based_company_said_it_would(text, want):
    assert [(r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment")] == want


def test_a_home_based_company_with_no_pledger_before_is_nobody():
    assert records("The Spokane-based company said it would cut emissions 30% below 2005 levels by 2025.",
                   "commitment") == []


@pytest.mark.parametrize("text,want", [
    # issue 17, the ninetieth web: a target's year past a scope aside, all power renewable
    ("About Norvale: Norvale makes coatings.\nNorvale aims to reach net zero across its value chain, including Scope 3 "
     "emissions, by 2048.", [("Norvale", "carbon_neutrality", 2048, None, None)]),
    ("Tessmark Steel intends to become net zero, excluding purchased electricity, by 2045.",
     [("Tessmark Steel", "carbon_neutrality", 2045, None, None)]),
])
def test_a_targets_year_past_a_scope_aside(text, want):
    assert pledges(text) == want


def test_a_scope_aside_then_another_clause_gives_the_target_no_year():
    assert pledges("Tessmark Steel aims to be net zero, including its suppliers, and to cut costs.") == []


@pytest.mark.parametrize("text,want", [
    ("About Norvale: Norvale makes coatings.\nNorvale also plans to cover its entire electricity demand with "
     "renewable energy by 2033.", [("Norvale", 2033, 100.0)]),
    ("Tessmark Steel will source all of its electricity from renewable sources by 2030.", [("Tessmark Steel", 2030, 100.0)]),
])
def test_all_of_a_companys_power_renewable(text, want):
    got = [(c["actor"], c["target_year"], c["share_pct"]) for c in records(text, "commitment", date(2024, 2, 12))]
    assert got == want


@pytest.mark.parametrize("text", [
    "Tessmark Steel covered its entire electricity demand with renewable energy in 2023.",  # a result
    "Tessmark Steel wants to cover its entire electricity demand with renewable energy.",  # no year
])
def test_all_power_renewable_without_a_target_year_is_no_pledge(text):
    assert [c for c in records(text, "commitment", date(2024, 2, 12)) if c["commitment_type"] == "renewable_share"] == []
