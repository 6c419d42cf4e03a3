"""An arrangement told by its subject is an instrument ("signed an arrangement on climate change cooperation"), as
one told by its kind already was ("a cooperation arrangement"); arrangements of another sort are not
(scrapers/extract/agreement_words.py)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _agreements(text: str) -> list[tuple]:
    return [(r["agreement_type"], r["parties"]) for r in records(text, "agreement", date(2024, 5, 1))]


@pytest.mark.parametrize("text,want", [
    ("New Zealand and China on Monday signed an arrangement on climate change cooperation in Wellington.",
     [("agreement", ["New Zealand", "China"])]),
    ("Hong Kong signed an arrangement on air quality monitoring with Guangdong Province on Tuesday.",
     [("agreement", ["Hong Kong", "Guangdong Province"])]),
])
def test_arrangement_on_a_subject(text, want):
    assert _agreements(text) == want


@pytest.mark.parametrize("text", [
    "The organisers made seating arrangements on Monday for the signing ceremony of Perth and Chengdu next week.",
    "The arrangement on visas signed by Australia and China on Monday takes effect next year.",
])
def test_other_arrangements(text):
    assert _agreements(text) == []
