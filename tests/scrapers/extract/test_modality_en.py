"""Round 18 (scrapers/extract/modality_en.py, docs/english-unseen-grammar.md): a target a law binds its actor to, told
with "must", is a pledge; "must" with no law is advice and stays none. Sentences of our own, none from a test web."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a.html", "t", None, date(2024, 6, 21), "en", text, datetime(2024, 7, 1))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"],
             m.fields["reduction_pct_min"]) for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text,want", [
    ("Under California law, Sacramento must reduce greenhouse gas emissions 40% below 1990 levels by 2030.",
     [("Sacramento", "emissions_reduction", 2030, 1990, 40.0)]),
    ("By law, Denmark must cut emissions 70% from 1990 levels by 2030.",
     [("Denmark", "emissions_reduction", 2030, 1990, 70.0)]),
])
def test_a_target_bound_by_law_with_must_is_a_pledge(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "Scientists say the world must cut emissions 45% by 2030.",
    "Oslo must cut emissions 55% below 1990 levels by 2030 to stay on track, the report said.",
])
def test_must_without_a_law_is_no_pledge(text):
    assert pledges(text) == []
