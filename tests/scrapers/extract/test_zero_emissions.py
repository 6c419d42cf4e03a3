"""Zero emissions pledged without "net" ("committed to zero emissions ... by 2040", "achieve zero greenhouse gas
emissions by 2050") is a neutrality pledge; zero emissions from some sources only ("from all cargo handling
equipment", "from new buildings") is a standard (`other`); zero-emission vehicles are no neutrality."""
from __future__ import annotations

import pytest

from tests.scrapers.extract.story_records import records


def _pledges(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment")]


@pytest.mark.parametrize("text, actor, year", [
    ("Los Angeles has committed to zero emissions across its operations by 2045.", "Los Angeles", 2045),
    ("Minnesota wants to achieve zero greenhouse gas emissions by 2050.", "Minnesota", 2050),
])
def test_zero_emissions_is_neutrality(text, actor, year):
    assert _pledges(text) == [(actor, "carbon_neutrality", year)]


@pytest.mark.parametrize("text, actor, year", [
    ("The Port of Long Beach aims for zero emissions from all cargo handling equipment by 2030.", "Port of Long Beach",
     2030),
    ("Denver has committed to zero emissions from all new buildings by 2030.", "Denver", 2030),
])
def test_zero_emissions_from_some_sources_is_a_standard(text, actor, year):
    assert _pledges(text) == [(actor, "other", year)]


def test_zero_emission_vehicles_are_no_neutrality():
    assert all(kind != "carbon_neutrality" for _, kind, _ in
               _pledges("Oregon has committed to zero emissions vehicles for its fleet by 2035."))
