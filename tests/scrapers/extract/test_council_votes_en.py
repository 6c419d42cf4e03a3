"""A council that voted to cut, reach or adopt a target pledges it for its place ("Savannah City Council voted 8-1 on
Thursday to cut ..."); a vote down, or a vote to study or delay, pledges nothing (sentences of our own)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a.html", "t", None, date(2023, 6, 10), "en", text, datetime(2024, 1, 1))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["reduction_pct_max"])
            for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text,want", [
    ("Spokane City Council voted 6-1 on Monday to cut the city's greenhouse gas emissions 45 percent below 2019 "
     "levels by 2030.", [("Spokane", "emissions_reduction", 2030, 45.0)]),
    ("The Boise City Council voted unanimously to reach carbon neutrality in city operations by 2035.",
     [("Boise", "carbon_neutrality", 2035, None)]),
])
def test_a_council_vote_to_cut_is_the_citys_pledge(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "The council voted down a proposal to cut emissions 40 percent by 2030.",
    "The Spokane City Council voted to study whether to cut emissions 40 percent by 2030.",
])
def test_a_vote_down_or_to_study_pledges_nothing(text):
    assert pledges(text) == []
