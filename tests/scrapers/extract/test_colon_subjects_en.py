"""A pledge after a colon with its own subject is that subject's, not the owner of a goal named before the colon;
a colon followed by the target alone keeps the owner (texts of our own)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.colon_subjects_en import new_subject_after_colon
from story_records import records


def pledges(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment", date(2019, 5, 2))]


@pytest.mark.parametrize("text,want", [
    ("The ordinance also tightens the City's earlier target: Cleveland will now get 100% of its electricity from "
     "renewable sources by 2035.", [("Cleveland", "renewable_share", 2035)]),
    ("The update moves up the county's neutrality goal: Boulder will now reach carbon neutrality by 2040.",
     [("Boulder", "carbon_neutrality", 2040)]),
])
def test_the_subject_after_the_colon_pledges(text, want):
    assert pledges(text) == want


def test_a_colon_before_the_target_alone_keeps_the_owner():
    s = "Denver's goal: 100% renewable electricity by 2030."
    assert not new_subject_after_colon(s, s.index(":") - 1, s.index("100"))
    assert new_subject_after_colon("The City's target: Denver will reach it by 2030.", 17, 40)
