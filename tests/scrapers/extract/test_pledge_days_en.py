"""A pledge whose day is told between its verb and its "to" (issue 17, scrapers/extract/pledge_days_en.py), and a
city's commission ("Topeka's city commission"), the city's own governing body, pledging for the city
(scrapers/extract/roles.py); each on two sentences written for this test, negatives beside."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.pledge_days_en import day_apart


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, date(2024, 5, 9), "en", text + "\n\nMore text.",
                  datetime(2024, 5, 18))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"])
            for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text,expected", [
    ("Boston pledged on 3 May to reach carbon neutrality by 2045.", [("Boston", "carbon_neutrality", 2045)]),
    ("Wichita's city commission vowed on Tuesday to cut greenhouse gas emissions 50 percent below 2015 levels by "
     "2035.", [("Wichita", "emissions_reduction", 2035)]),
    ("Topeka's city commission pledged on April 16, 2024 to make city operations carbon neutral by 2045.",
     [("Topeka", "carbon_neutrality", 2045)]),
    # negatives: a body of the city (not its governing commission) pledges for itself; a vote on a day about a study
    ("Xiamen's housing commission pledged on May 2 to reach carbon neutrality by 2045.", []),
    ("Wichita's council voted on Tuesday to study a 2045 carbon neutrality target.", []),
])
def test_a_pledge_with_its_day_between_verb_and_to(text, expected):
    assert pledges(text) == expected


def test_day_apart_keeps_positions():
    s = "Boston pledged on April 16, 2024 to cut emissions."
    out = day_apart(s)
    assert len(out) == len(s) and "pledged" in out and "April" not in out and out.endswith("to cut emissions.")
    assert day_apart("Boston pledged to cut emissions on May 3.") == "Boston pledged to cut emissions on May 3."
