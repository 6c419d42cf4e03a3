"""A fleet electrified by a year and an end to fossil heating by a year are dated pledges of kind `other`, one per
actor of a coordinated subject (scrapers/extract/exits_en.ELECTRIFY, FOSSIL_HEAT)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _pledges(text: str) -> list[tuple]:
    return sorted((r["actor"], r["commitment_type"], r["target_year"])
                  for r in records(text, "commitment", date(2024, 5, 1)))


@pytest.mark.parametrize("text,want", [
    ("Oslo pledged to electrify all public buses by 2028.", [("Oslo", "other", 2028)]),
    ("Under the memorandum, Oslo and Chengdu committed to fully electrify their bus fleets by 2030.",
     [("Chengdu", "other", 2030), ("Oslo", "other", 2030)]),
    ("Helsinki has committed to phase out fossil-fuel heating by 2030.", [("Helsinki", "other", 2030)]),
    ("The Amsterdam council pledged to ban gas boilers in new buildings from 2025.", [("Amsterdam", "other", 2025)]),
])
def test_dated_other_pledges(text, want):
    assert _pledges(text) == want


@pytest.mark.parametrize("text", [
    # done already, or no year
    "Oslo electrified all public buses in 2023.",
    "Oslo pledged to electrify its public buses as soon as possible.",
    # heating told, nothing ended
    "Helsinki will expand district heating by 2030.",
])
def test_no_pledge(text):
    assert _pledges(text) == []
