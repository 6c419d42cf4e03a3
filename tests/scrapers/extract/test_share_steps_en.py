"""English non-fossil and renewable shares told with the kind before "share" ("lift the non-fossil share of its energy
consumption to 21% by 2025", "aims for a renewable share of power of about 40% by 2030") and the later step of a share
in the same clause ("... to 13.7% by 2025 and to around 20% by 2030"): scrapers/extract/share_steps_en.py, hooked
into pledges_en.more_pledges. Negatives: a share reached, a share raised in the past, no year, a later clause that is
no share. Texts of our own, a think tank's and a wire's style."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _shares(text: str) -> list[tuple]:
    return sorted((r["actor"], r["target_year"], r["share_pct"]) for r in records(text, "commitment", date(2024, 2, 1))
                  if r["commitment_type"] == "renewable_share")


@pytest.mark.parametrize("text, expected", [
    ("Shaoguan aims to lift the non-fossil share of its energy consumption to 35% by 2027.", [("Shaoguan", 2027, 35.0)]),
    ("Under its new plan, Nanping will raise its renewable share of power generation to around 60 percent by 2030.",
     [("Nanping", 2030, 60.0)]),
    ("Shaoguan aims for a non-fossil share of energy consumption of about 30% by 2027.", [("Shaoguan", 2027, 30.0)]),
])
def test_a_share_with_its_kind_before_share_is_a_renewable_share(text, expected):
    assert _shares(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nanping will raise the share of non-fossil fuels in its energy use to 25% by 2026 and to around 32% by 2031.",
     [("Nanping", 2026, 25.0), ("Nanping", 2031, 32.0)]),
    ("Shaoguan aims for a non-fossil share of energy consumption of about 30% by 2027 and about 38% by 2032, and for "
     "lower coal use.", [("Shaoguan", 2027, 30.0), ("Shaoguan", 2032, 38.0)]),
])
def test_the_later_step_of_a_share_in_the_same_clause_is_another_renewable_share(text, expected):
    assert _shares(text) == expected


@pytest.mark.parametrize("text", [
    "Shaoguan reached a non-fossil share of energy consumption of 28% in 2022.",
    "Nanping raised the non-fossil share of its energy consumption to 24% by 2022.",
    "Shaoguan aims to lift the non-fossil share of its energy consumption over the coming years.",
])
def test_a_share_reached_raised_in_the_past_or_with_no_year_is_no_pledge(text):
    assert _shares(text) == []


def test_a_later_clause_that_is_no_share_adds_nothing():
    text = ("Nanping will raise the share of non-fossil fuels in its energy use to 25% by 2026 and cut coal use by "
            "10% by 2028.")
    assert _shares(text) == [("Nanping", 2026, 25.0)]
