"""A city named with its state after it is that state's city (scrapers/extract/state_qualified.py): "Santa Fe, New
Mexico" is no Santa Fe in Argentina, "Birmingham, Alabama" no Birmingham in England; the bare name stays the larger
namesake, and an event held there takes the state's country."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


@pytest.mark.parametrize("sentence, city, country", [
    ("The dialogue opened in Santa Fe, New Mexico, on June 4.", "Santa Fe", "US"),
    ("Delegates met in Birmingham, Alabama, on Monday.", "Birmingham", "US"),
])
def test_a_city_followed_by_its_state_is_that_states_city(sentence, city, country):
    found = [(e.name, e.country) for e in find_entities(sentence, {}) if e.kind == "city"]
    assert found == [(city, country)]


def test_the_bare_name_stays_the_larger_namesake():
    assert [(e.name, e.country) for e in find_entities("The forum met in Birmingham on Monday.", {})] == \
        [("Birmingham", "GB")]


def test_an_event_held_in_a_state_qualified_city_takes_the_states_country():
    text = ("The 2024 Desert Cities Solar Forum was held in Santa Fe, New Mexico, on May 14. At the forum, Santa Fe "
            "and Tongling signed a memorandum of understanding on rooftop solar.")
    art = Article("http://127.0.0.1/a", "test", None, date(2024, 5, 15), "en", text, datetime(2024, 5, 15))
    events = [m.fields for m in extract_mentions(art) if m.record_type == "event"]
    assert events and all((e["city"], e["country"]) == ("Santa Fe", "US") for e in events)
