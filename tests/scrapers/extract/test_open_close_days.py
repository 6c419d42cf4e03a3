"""A gathering told by its opening day and then its closing day in one sentence (scrapers/extract/open_close_days.py):
the closing day is its last day; a closing day that is no later day, or a closing verb with no day after it, gives
none."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def event_days(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, date(2024, 6, 20), "en", text, datetime(2024, 6, 20))
    return [(m.fields["start_on"], m.fields["end_on"]) for m in extract_mentions(art) if m.record_type == "event"]


@pytest.mark.parametrize("text, start, end", [
    ("The Desert Cities Solar Forum opened in Tucson, Arizona, on June 4 and closed on June 6, 2024. At the forum, "
     "Tucson and Yinchuan signed a memorandum of understanding on solar power.", date(2024, 6, 4), date(2024, 6, 6)),
    ("The Great Lakes Clean Water Summit opened in Toledo on June 10 and concluded on June 11, 2024. At the summit, "
     "Toledo and Qingdao signed a memorandum of understanding on water reuse.", date(2024, 6, 10), date(2024, 6, 11)),
])
def test_the_closing_day_after_the_opening_day_is_the_last_day(text, start, end):
    assert (start, end) in event_days(text)


def test_a_closing_verb_with_no_day_after_it_gives_no_last_day():
    days = event_days("The Desert Cities Solar Forum opened in Tucson, Arizona, on June 4, 2024 and closed with a "
                      "declaration. At the forum, Tucson and Yinchuan signed a memorandum of understanding on solar "
                      "power.")
    assert days and all(end is None for _, end in days)
