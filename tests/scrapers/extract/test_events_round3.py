"""English events, third round (the twenty-eighth web): a gathering named by who meets with its head word first ("the
annual Conference of ... Governors and ... Premiers opened on Thursday"), one held online has no place (its co-hosts
are no venue), and a wire dateline's day is not the first day of a gathering told as lasting several days. Every
sentence is written for the test; each rule is shown on two phrasings, with what it must leave alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.event_phrases_en import head_first_names


def events(text: str, day: date = date(2023, 9, 8)) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, day, "en", text, datetime(2024, 5, 18))
    return [(m.fields["name"], m.fields["start_on"], m.fields["city"], m.fields["country"])
            for m in extract_mentions(art) if m.record_type == "event"]


@pytest.mark.parametrize("text,want", [
    ("The annual Conference of Western Governors and Pacific Premiers opened on Thursday in Denver, and Colorado "
     "pledged to reach net zero emissions by 2050.",
     ("Conference of Western Governors and Pacific Premiers", date(2023, 9, 7), "Denver", "US")),
    ("The fifth Summit of Gulf Energy Ministers was held on Wednesday in Houston, where Texas committed to cut its "
     "emissions 30 percent below 2005 levels by 2035.",
     ("Summit of Gulf Energy Ministers", date(2023, 9, 6), "Houston", "US")),
])
def test_a_gathering_named_by_who_meets_with_its_head_first(text, want):
    assert events(text) == [want]


@pytest.mark.parametrize("text", [
    "The annual Conference of Mayors said cities need more funding.",
    "The Conference of Western Governors has 19 members.",
])
def test_a_standing_body_named_the_same_way_is_no_gathering(text):
    assert head_first_names(text) == []


@pytest.mark.parametrize("text,want", [
    ("The Clean Grid Ministerial opened on Tuesday as a two-day virtual event co-hosted by Denmark and Chile, and "
     "Chile pledged to phase out coal-fired power by 2035.", ("Clean Grid Ministerial", date(2023, 9, 5), None, None)),
    ("The minister convened the Arctic Climate Forum virtually on Friday, 8 September, where Norway pledged to reach net zero "
     "emissions by 2045.", ("Arctic Climate Forum", date(2023, 9, 8), None, None)),
])
def test_a_gathering_held_online_has_no_place(text, want):
    assert events(text) == [want]


@pytest.mark.parametrize("text", [
    "OSLO, Sept 8 (Harbor Wire) - Norway pledged to reach net zero emissions by 2045 at the Arctic Climate Forum, a "
    "two-day online meeting co-hosted by Norway and Iceland.",
    "DENVER, Sept 8 (Harbor Wire) - Colorado pledged to reach net zero emissions by 2050 at the Western Energy Summit, "
    "a three-day meeting of governors.",
])
def test_a_datelines_day_is_not_the_first_day_of_a_gathering_of_several_days(text):
    assert [e[1] for e in events(text)] == [None]


@pytest.mark.parametrize("text", [
    "OSLO, Sept 8 (Harbor Wire) - Norway pledged to reach net zero emissions by 2045 at the Arctic Climate Forum, a "
    "two-day online meeting co-hosted by Norway and Iceland.",
    "NAIROBI, Sept 8 (Harbor Wire) - Kenya pledged to reach net zero emissions by 2050 at the Savanna Energy Summit, "
    "held online this week.",
])
def test_a_wire_datelines_city_is_not_the_place_of_a_gathering_held_online(text):
    assert [e[2:] for e in events(text)] == [(None, None)]


@pytest.mark.parametrize("text,want", [
    ("The minister convened the Arctic Climate Forum virtually on Friday, where Norway pledged to reach net zero "
     "emissions by 2045.", ("Arctic Climate Forum", date(2023, 9, 8), None, None)),
    ("The governor convened the Great Lakes Energy Forum on Tuesday in Chicago, where Illinois pledged to reach net "
     "zero emissions by 2050.", ("Great Lakes Energy Forum", date(2023, 9, 5), "Chicago", "US")),
])
def test_a_gathering_someone_convened_on_a_weekday_began_that_day(text, want):
    assert events(text, date(2023, 9, 9)) == [want]


def test_attending_a_gathering_on_a_weekday_does_not_date_it():
    text = ("The governor attended the Great Lakes Energy Forum on Tuesday, where Illinois pledged to reach net zero "
            "emissions by 2050.")
    assert [e[1] for e in events(text, date(2023, 9, 9))] == [None]


def actors(text: str) -> list[str]:
    art = Article("http://127.0.0.1/p", "test", None, date(2023, 9, 9), "en", text, datetime(2024, 5, 18))
    return [m.fields["actor"] for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text,want", [
    ("The Clean Grid Ministerial opened on Tuesday in Copenhagen, and Denmark pledged to reach net zero emissions by "
     "2045.", ["Denmark"]),
    ("The Great Lakes Energy Forum opened on Monday in Chicago, and Illinois pledged to phase out coal-fired power by "
     "2030.", ["Illinois"]),
])
def test_a_gathering_named_in_the_first_clause_pledges_nothing(text, want):
    assert actors(text) == want
