"""English plan summaries (the gaps the seventy-fourth web left): the issuer named once when the plan is released
("The City of X released its Climate Action Plan") owns the targets later sentences give with the plan as subject;
a power share with its scope before the year, all power from renewables, and a cut named as the plan's goal.
Each rule on two texts written for the test, with what it leaves alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.plan_issuers_en import plan_issuer_en
from scrapers.extract.entities import find_entities


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 5, 1), "en", text, datetime(2025, 5, 2))
    return sorted((f["actor"], f["commitment_type"], f["target_year"], f["base_year"], f["reduction_pct_min"],
                   f["share_pct"]) for m in extract_mentions(art) if m.record_type == "commitment"
                  for f in [m.fields])


@pytest.mark.parametrize("text,want", [
    ("The City of Pittsburgh released its Climate Action Plan on Monday after a year of hearings.\n\n"
     "The plan calls for a 50% cut in citywide emissions from 2003 levels by 2030 and net zero emissions by 2050.",
     [("Pittsburgh", "carbon_neutrality", 2050, None, None, None),
      ("Pittsburgh", "emissions_reduction", 2030, 2003, 50.0, None)]),
    ("Minneapolis's Office of Sustainability published the city's Climate Equity Roadmap in March.\n\n"
     "The roadmap sets a target of 100% renewable electricity by 2030.",
     [("Minneapolis", "renewable_share", 2030, None, None, 100.0)]),
])
def test_the_plans_issuer_owns_its_later_targets(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("sentence,want", [
    ("The City of Pittsburgh released its Climate Action Plan on Monday.", "Pittsburgh"),
    ("Minneapolis's Office of Sustainability published the city's Climate Equity Roadmap in March.", "Minneapolis"),
    ("Denver and Boulder released a joint Clean Air Plan on Monday.", None),  # two places: no one issuer
    ("The City of Pittsburgh released its annual budget on Monday.", None),  # no plan
])
def test_plan_issuer_en(sentence, want):
    assert plan_issuer_en(sentence, find_entities(sentence, {})) == want


@pytest.mark.parametrize("text,want", [
    ("Hartford will get 50% renewable electricity for its public schools by 2030, the mayor said.",
     [("Hartford", "renewable_share", 2030, None, None, 50.0)]),
    ("Tucson's plan commits the city to 80 percent clean power across municipal buildings by 2035.",
     [("Tucson", "renewable_share", 2035, None, None, 80.0)]),
    ("Oakland plans to draw all of the city's electricity from renewable sources by 2032.",
     [("Oakland", "renewable_share", 2032, None, None, 100.0)]),
    ("Salem will get all its power from renewables by 2040.",
     [("Salem", "renewable_share", 2040, None, None, 100.0)]),
    ("Boston also set a goal of a 60 percent cut below 2005 levels by 2035.",
     [("Boston", "emissions_reduction", 2035, 2005, 60.0, None)]),
    ("Portland has a target of a 45% reduction from 2010 levels by 2030.",
     [("Portland", "emissions_reduction", 2030, 2010, 45.0, None)]),
])
def test_plan_target_clauses(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "Citywide emissions fell 18 percent between 2010 and 2020, according to the last inventory.",
    "In 2019, renewable electricity for city facilities reached 30%, the office said.",
    "Portland met its goal of a 10% reduction from 1990 levels by 2010, the report found.",
])
def test_results_stay_results(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text", [  # "withdrew its target" (no "from"): a target given up (dropped_targets)
    "Spokane withdrew its earlier target of 100 percent renewable electricity for city buildings by 2026 last week.",
    "The county withdrew the goal of a 40% reduction from 2008 levels by 2030, saying it could not be met.",
])
def test_a_withdrawn_target_is_no_pledge(text):
    assert pledges(text) == []
