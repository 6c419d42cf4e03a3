"""A gathering held "at the <City> <venue>" where no entity rule reads the venue is held in that city when the story
names that city elsewhere (scrapers/extract/venues.py); a venue whose first words name no city of the story
gives no place."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

AFTER = " At the forum, {city} and Wuhan signed a memorandum of understanding on flood warning."


def _places(text: str) -> list:
    return [(r["city"], r["country"]) for r in records(text, "event", date(2025, 6, 20))]


def test_city_named_venue():
    assert _places("The North Sea Cities Climate Forum was held at the Leeds Arena on 12 June 2025." +
                   AFTER.format(city="Leeds")) == [("Leeds", "GB")]
    assert _places("The Celtic Coast Energy Summit took place at the Cardiff City Hall on 12 June 2025." +
                   AFTER.format(city="Cardiff")) == [("Cardiff", "GB")]


def test_venue_named_after_no_city_of_the_story():
    assert _places("The North Sea Cities Climate Forum was held at the Riverside Arena on 12 June 2025." +
                   AFTER.format(city="Leeds")) == [(None, None)]
