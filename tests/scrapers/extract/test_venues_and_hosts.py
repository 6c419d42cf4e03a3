"""Gatherings named with their host city in brackets ("中国（南宁）—东盟…推介会"), promotion conferences (推介会) as
gatherings, and a venue named after its city giving the gathering's place."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events


def events(sentence: str, day: date = date(2023, 9, 19)) -> list[tuple]:
    return [(e.name, e.start_on, e.city) for e in find_events(sentence, find_entities(sentence), DateContext(day))]


@pytest.mark.parametrize("sentence, expected", [
    ("18日，中国（南宁）—东盟绿色能源产业投资推介会在南宁国际会展中心举行，现场签约项目21个。",
     [("China-ASEAN Green Energy Industry Investment Promotion Conference", date(2023, 9, 18), "Nanning")]),
    ("16日，中国（昆明）—东盟新能源合作论坛在昆明举行。",
     [("China-ASEAN New Energy Cooperation Forum", date(2023, 9, 16), "Kunming")]),
])
def test_a_host_city_in_brackets_stays_inside_the_name(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, city", [
    ("The U.S.-China Clean Energy Forum was held at the Shanghai International Convention Center on September 8.",
     "Shanghai"),
    ("第二届中德能源合作论坛在北京国际会议中心举行。", "Beijing"),
])
def test_a_venue_named_after_its_city_places_the_gathering(sentence, city):
    assert [e[2] for e in events(sentence)] == [city]


def test_a_venue_of_no_known_city_places_nothing():
    assert [e[2] for e in events("第二届中德能源合作论坛在国家会议中心举行。")] == [None]


@pytest.mark.parametrize("sentence", ["论坛在北京国际会议中心举行。", "大会在人民大会堂开幕。"])
def test_a_venue_is_no_gathering(sentence):
    assert not [e for e in events(sentence) if "Meeting" in e[0] or "People" in e[0]]


@pytest.mark.parametrize("sentence, name, city", [
    # the venue ends the sentence (its full stop on the venue's last word)
    ("Delegates attended the Cascadia Climate Summit, held Sept. 12 at the Seattle Convention Center.",
     "Cascadia Climate Summit", "Seattle"),
    # a venue of two heads: no "Brisbane Convention" of its own
    ("The Pacific Clean Energy Summit opened on Sept. 10 at the Brisbane Convention & Exhibition Centre.",
     "Pacific Clean Energy Summit", "Brisbane"),
    ("The Northern Hydrogen Forum was held on Sept. 14 at the Darwin Convention and Exhibition Centre.",
     "Northern Hydrogen Forum", "Darwin"),
])
def test_a_venue_at_the_end_or_of_two_heads_places_the_gathering(sentence, name, city):
    assert [(e[0], e[2]) for e in events(sentence)] == [(name, city)]
