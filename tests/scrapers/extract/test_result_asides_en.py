"""A result told beside an English pledge is no pledge and does not hide it: a relative clause reporting a cut
(result_asides_en) and a peak reached (pledge_forms_read_en)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _pledges(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment", date(2023, 5, 1))]


@pytest.mark.parametrize("text,want", [
    ("Denver, which has cut emissions 20 percent since 2005, aims to reach carbon neutrality by 2040.",
     [("Denver", "carbon_neutrality", 2040)]),
    ("Oslo, which already halved its emissions from municipal buildings, pledged to cut emissions 95 percent below "
     "2009 levels by 2030.", [("Oslo", "emissions_reduction", 2030)]),
    ("Denver reached its peak in emissions in 2007 and pledged to be carbon neutral by 2040.",
     [("Denver", "carbon_neutrality", 2040)]),
])
def test_result_beside_a_pledge(text, want):
    assert _pledges(text) == want


@pytest.mark.parametrize("text", [
    "Denver has cut emissions 20 percent since 2005.",
    "Denver's emissions reached their peak in 2007.",
])
def test_result_alone(text):
    assert _pledges(text) == []
