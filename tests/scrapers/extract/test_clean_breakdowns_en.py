"""The renewable part of a clean-energy goal told with its parts is the renewable share pledged for the goal's year
(scrapers/extract/clean_breakdowns_en.py)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

from scrapers.extract.clean_breakdowns_en import clean_breakdowns  # noqa: E402


def shares(text: str) -> list[tuple[str, str, int]]:
    return [(r["actor"], r["commitment_type"], r["target_year"])
            for r in records(text, "commitment", date(2021, 3, 2))]


@pytest.mark.parametrize("text,want", [
    ("Oregon aims to meet 90 percent of its electricity needs with clean energy by 2040, with 50 percent coming from "
     "in-state renewable resources.", [("Oregon", "renewable_share", 2040)]),
    ("Vermont wants to meet 85% of its energy demand with clean energy by 2035, 60% of it from renewables, officials "
     "said.", [("Vermont", "renewable_share", 2035)]),
])
def test_the_renewable_part_of_a_clean_goal_is_pledged(text, want):
    assert shares(text) == want


@pytest.mark.parametrize("sentence", [
    # a part reached, not pledged
    "Oregon meets 90 percent of its electricity needs with clean energy by 2040, with 50 percent already coming "
    "from renewables.",
    # a part with no goal's year before it
    "Oregon gets most of its power from hydropower, with 50 percent coming from renewable sources.",
    # the clean goal alone: no renewable part told
    "Oregon aims to meet 90 percent of its electricity needs with clean energy by 2040.",
])
def test_no_renewable_part(sentence):
    assert clean_breakdowns(sentence) == []
