"""English carbon-intensity targets told as a noun after a verb of aiming ("aims for carbon intensity 65% below 2005
levels by 2030", "..., and for carbon intensity ..."): scrapers/extract/intensity_targets_en.py, hooked into
pledges_en.more_pledges. Negatives: an intensity reached, an intensity cut with no base year, no verb of aiming.
Texts of our own, a think tank's and a wire's style."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _cuts(text: str) -> list[tuple]:
    return sorted((r["actor"], r["target_year"], r["base_year"], r["reduction_pct_min"])
                  for r in records(text, "commitment", date(2024, 2, 1)) if r["commitment_type"] == "emissions_reduction")


@pytest.mark.parametrize("text, expected", [
    ("Shaoguan aims for carbon intensity 60% below 2005 levels by 2030.", [("Shaoguan", 2030, 2005, 60.0)]),
    ("Under the plan, Nanping targets CO2 intensity of about 70 percent below 2005 levels by 2035.",
     [("Nanping", 2035, 2005, 70.0)]),
    ("Nanping aims for a non-fossil share of energy use of 25% by 2026, and for carbon intensity 62% below 2005 levels "
     "by 2030.", [("Nanping", 2030, 2005, 62.0)]),
])
def test_an_intensity_aimed_for_below_a_base_year_is_an_emissions_reduction(text, expected):
    assert _cuts(text) == expected


@pytest.mark.parametrize("text", [
    "Shaoguan's carbon intensity was 48% below 2005 levels by 2020.",
    "Nanping aims for carbon intensity 18% lower by 2025.",
    "Shaoguan's carbon intensity stood 50% below 2005 levels in 2022, and officials expect more.",
])
def test_an_intensity_reached_or_with_no_base_year_is_no_reduction(text):
    assert _cuts(text) == []
