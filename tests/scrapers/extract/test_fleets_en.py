"""A fleet made electric by a year (scrapers/extract/fleets_en.py): the operator's name before the fleet, a whole fleet
converted, a fleet pledge coordinated after another target. Texts written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _pledges(text: str) -> list[tuple]:
    return sorted((r["actor"], r["commitment_type"], r["target_year"])
                  for r in records(text, "commitment", date(2024, 5, 1)))


@pytest.mark.parametrize("text,want", [
    ("Chicago committed to a fully electric CTA bus fleet by 2040.", [("Chicago", "other", 2040)]),
    ("Seattle has pledged to run an all-electric King County Metro bus fleet by 2035.", [("Seattle", "other", 2035)]),
    ("Chicago will transition its entire bus fleet to electric by 2040.", [("Chicago", "other", 2040)]),
    ("Denver plans to convert its whole taxi fleet to zero-emission vehicles by 2032.", [("Denver", "other", 2032)]),
    ("Boston will electrify its entire bus fleet by 2038.", [("Boston", "other", 2038)]),
])
def test_a_fleet_made_clean_by_a_year(text, want):
    assert _pledges(text) == want


def test_a_fleet_pledge_after_another_target_of_the_same_actor():
    got = _pledges("Chicago committed to 100 percent renewable electricity for all city buildings by 2025 and a fully "
                   "electric bus fleet by 2040.")
    assert ("Chicago", "other", 2040) in got


@pytest.mark.parametrize("text", [
    "Chicago converted its entire bus fleet to electric in 2020.",
    "Chicago's CTA bought 20 electric buses and a new bus fleet depot by 2023.",
    "Denver switched its whole taxi fleet to hybrids by 2019.",
])
def test_a_fleet_already_converted_is_no_pledge(text):
    assert [p for p in _pledges(text) if p[1] == "other"] == []
