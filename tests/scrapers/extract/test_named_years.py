"""A gathering's name gives its year to the yearless days of its sentence (scrapers/extract/named_years.py), on a page
published months later; texts written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records

PAGE = date(2024, 10, 12)


@pytest.mark.parametrize("text,start", [
    ("At the 2024 Pacific Clean Air Dialogue, convened in Honolulu on March 14, Hawaii and Hainan signed a letter of "
     "intent on clean energy.", date(2024, 3, 14)),
    ("Illinois and Liaoning signed a memorandum at the 2024 Great Lakes Climate Forum, held in Chicago on May 2, "
     "on clean energy.", date(2024, 5, 2)),
    ("6月6日至8日，2024世界氢能产业大会在海南海口举办。大会期间，海南省与美国夏威夷州签署清洁能源合作谅解备忘录。", date(2024, 6, 6)),
])
def test_the_name_year_dates_the_gathering(text, start):
    assert [r["start_on"] for r in records(text, "event", PAGE)] == [start]


def test_the_name_year_dates_a_signing_of_the_sentence():
    text = ("At the 2024 Pacific Clean Air Dialogue, convened in Honolulu on March 14, Hawaii and Hainan signed a "
            "letter of intent on clean energy.")
    assert [r["signed_on"] for r in records(text, "agreement", PAGE)] == [date(2024, 3, 14)]


@pytest.mark.parametrize("text", [
    # a second year in the sentence: which one the day is of is not said
    "At the 2024 Pacific Clean Air Dialogue, convened in Honolulu on March 14, Hawaii recalled its 2019 memorandum "
    "with Hainan and signed a letter of intent on clean energy.",
    # the day would fall after the page: not this edition's
    "At the 2024 Pacific Clean Air Dialogue, convened in Honolulu on December 14, Hawaii and Hainan signed a letter "
    "of intent on clean energy.",
])
def test_no_year_from_the_name_where_it_does_not_settle(text):
    assert all(r["start_on"] is None for r in records(text, "event", PAGE))
