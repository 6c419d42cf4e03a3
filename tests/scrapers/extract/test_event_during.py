"""A day named for what was done during an event is not the event's first day.

"On 3 June, during the summit held in Oslo, A and B signed ...": the day is the signing's; the event starts on a day
the text does not give. Only a span stated for the event ("3–7 June") dates it. Sentences written for the test.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events

PAGE = DateContext(date(2024, 6, 20))


def events(sentence: str):
    return {e.name: e for e in find_events(sentence, find_entities(sentence), PAGE)}


@pytest.mark.parametrize("sentence, name", [
    ("On 5 June, during the Nordic Harbour Climate Summit held in Oslo, the Port of Bergen Authority and the Baltic "
     "Shipping Institute signed a memorandum on shore power.", "Nordic Harbour Climate Summit"),
    ("On June 5, on the sidelines of the Baltic Clean Energy Forum, which opened in Riga, the Riga Energy Agency "
     "signed an agreement with the Tallinn Heat Authority.", "Baltic Clean Energy Forum"),
    ("6月5日，在挪威奥斯陆举行的北欧港口气候峰会期间，卑尔根港务局与波罗的海航运研究所签署合作备忘录。", "北欧港口气候峰会"),
])
def test_a_day_of_an_act_during_an_event_is_not_its_start(sentence, name):
    ev = next(e for n, e in events(sentence).items() if name in n or name in e.aliases)
    assert ev.start_on is None


def test_a_span_given_for_the_event_still_dates_it():
    s = ("During the Nordic Harbour Climate Summit, held in Oslo on 3–7 June, the Port of Bergen Authority signed "
         "a memorandum with the Baltic Shipping Institute.")
    ev = next(e for n, e in events(s).items() if "Nordic Harbour Climate Summit" in n)
    assert ev.start_on == date(2024, 6, 3)


def test_the_signing_keeps_its_day_and_the_event_gets_none_from_the_story():
    text = ("On 5 June, during the Nordic Harbour Climate Summit held in Oslo, the Port of Bergen Authority and the "
            "Baltic Shipping Institute signed a memorandum of understanding on shore power and clean fuels. "
            "The partners will study green corridors for container ships.")
    art = Article("http://127.0.0.1/a", "test", None, date(2024, 6, 20), "en", text, datetime(2024, 6, 21))
    ms = extract_mentions(art)
    evs = [m for m in ms if m.record_type == "event"]
    agr = [m for m in ms if m.record_type == "agreement"]
    assert evs and all(m.fields["start_on"] is None for m in evs)
    assert agr and agr[0].fields["signed_on"] == date(2024, 6, 5)
