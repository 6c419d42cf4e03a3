"""National targets as summit records and ministries tell them (first met on the ninety-first test web), each shown
on sentences written for this test: a fiscal year written "fiscal year 2030", a cut's year told with "in" before its
base ("by 46% in 2030 from its 2013 levels"), a base owned by the actor ("from its 2013 levels"), two cuts of two
actors in one sentence each with its own base, a renewable share whose whole follows the figure ("to 34 percent of
all power generation by 2030") and a goal owner with a "-wide" modifier ("economy-wide goal"). Negatives: a cut
reported for a past year, a share raised in a past year."""
from __future__ import annotations

import pytest

from story_records import records


def pledges(text: str) -> list[tuple]:
    return sorted((r["actor"], r["commitment_type"], r["target_year"], r["base_year"], r["reduction_pct_min"],
                   r["share_pct"]) for r in records(text, "commitment"))


@pytest.mark.parametrize("text, expected", [
    ("Thailand aims to reduce its greenhouse gas emissions by 30% in fiscal year 2030 from its fiscal year 2015 "
     "levels.", [("Thailand", "emissions_reduction", 2030, 2015, 30.0, None)]),
    ("The Minister said Vietnam would cut its emissions by 43 per cent from fiscal year 2014 levels by fiscal year "
     "2030.", [("Vietnam", "emissions_reduction", 2030, 2014, 43.0, None)]),
    ("South Korea plans to cut emissions 40% by 2030 from its 2018 levels.",
     [("South Korea", "emissions_reduction", 2030, 2018, 40.0, None)]),
])
def test_fiscal_years_and_a_base_of_its_own(text, expected):
    assert pledges(text) == expected


@pytest.mark.parametrize("text", [
    "Thailand reduced its emissions by 12% in 2020 from its 2013 levels.",
    "Osaka cut emissions by 20% in 2021 from its 2013 levels, the city said.",
])
def test_a_cut_reported_for_a_past_year_is_no_pledge(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Mexico had announced a target of cutting emissions by 35 per cent by 2035 compared with 2000 levels, and Chile "
     "agreed on a net reduction of at least 45 per cent by 2030 compared with 2010 levels.",
     [("Chile", "emissions_reduction", 2030, 2010, 45.0, None),
      ("Mexico", "emissions_reduction", 2035, 2000, 35.0, None)]),
    ("Norway pledged to cut emissions by 55 percent by 2030 compared with 1990 levels, while Iceland set a cut of 40 "
     "percent by 2030 compared with 2005 levels.",
     [("Iceland", "emissions_reduction", 2030, 2005, 40.0, None),
      ("Norway", "emissions_reduction", 2030, 1990, 55.0, None)]),
])
def test_two_cuts_of_two_actors_each_with_its_own_base(text, expected):
    assert pledges(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Under the compact, Malaysia commits to raise the share of renewable energy to 31 percent of all power "
     "generation by 2025.", [("Malaysia", "renewable_share", 2025, None, None, 31.0)]),
    ("The Philippines aims to increase the share of renewables to 35% of the power generation mix by 2030.",
     [("Philippines", "renewable_share", 2030, None, None, 35.0)]),
])
def test_a_renewable_share_whose_whole_follows_the_figure(text, expected):
    assert pledges(text) == expected


def test_a_share_raised_in_a_past_year_is_no_pledge():
    assert pledges("Chile raised the share of renewable energy to 34 percent of all power generation in 2022.") == []


@pytest.mark.parametrize("text, expected", [
    ("Those sector goals go further than current plans. Nigeria's economy-wide goal remains net-zero emissions by "
     "2060.", [("Nigeria", "carbon_neutrality", 2060, None, None, None)]),
    ("Those plans cover cities only. Kenya's nation-wide target remains net-zero emissions by 2050.",
     [("Kenya", "carbon_neutrality", 2050, None, None, None)]),
])
def test_a_goal_owner_with_a_wide_or_term_modifier(text, expected):
    assert pledges(text) == expected
