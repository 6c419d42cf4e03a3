"""A gathering whose only outcome is an instrument still to be prepared or signed
(scrapers/extract/planned_outcomes_en.py, joined into topic.NOTHING_SIGNED): a story with no record reporting such a
summit reports no event. Texts of our own; negatives: a summit where a declaration was signed keeps its event, and
"agreed to cooperate" is no instrument still to come."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def events(text: str, day: date = date(2024, 10, 16)) -> list[str]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.",
                  datetime(day.year, day.month, day.day))
    return [m.fields["name"] for m in extract_mentions(art) if m.record_type == "event"]


HELD = ("Some 30 mayors met in Lisbon on Tuesday for the Atlantic Cities Climate Summit and called for more money for "
        "flood defences.")


@pytest.mark.parametrize("outcome", [
    "They agreed to prepare a joint declaration on coastal adaptation, which they plan to sign next year.",
    "The mayors decided to draft a charter on flood defences, to be signed at the next meeting.",
    "The summit ended with a statement on adaptation finance, which the mayors hope to sign in the spring.",
])
def test_a_summit_with_an_instrument_still_to_come_is_no_event(outcome):
    assert events(HELD) == ["Atlantic Cities Climate Summit"]  # held, read as before
    assert events(f"{HELD} {outcome}") == []


@pytest.mark.parametrize("outcome", [
    "The mayors of Porto and Bilbao signed a declaration on coastal adaptation at the summit.",
])
def test_a_summit_where_something_was_signed_keeps_its_event(outcome):
    assert events(f"{HELD} {outcome} They agreed to prepare a second declaration, which they plan to sign next year.")


def test_agreeing_to_cooperate_is_no_instrument_to_come():
    assert events(f"{HELD} They agreed to cooperate more closely on flood defences.") == \
        ["Atlantic Cities Climate Summit"]
