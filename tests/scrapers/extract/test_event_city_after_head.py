"""Where a gathering is held, from its name and its sentence (scrapers/extract/named_host.py, events.py):
- a city named right after the head word closes the name and says where it is held ("Climate Week NYC", "the Energy
  Transition Summit Glasgow"), not a city whose name is a place elsewhere in the sentence;
- places in a clause that tells what was done there ("..., where Quebec and Jiangsu signed ...") are the doers', not
  the gathering's (the Assembly had been put in China by Jiangsu)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events


def _events(sentence: str) -> list[tuple]:
    ctx = DateContext(date(2023, 10, 25), 2023)
    return [(e.name, e.city, e.country) for e in find_events(sentence, find_entities(sentence), ctx)]


@pytest.mark.parametrize("sentence, name, city", [
    ("Dozens of governors met on the sidelines of Climate Week NYC on September 21.", "Climate Week NYC",
     "New York City"),
    ("The mayors spoke at the Energy Transition Summit Glasgow, which drew 900 delegates.",
     "Energy Transition Summit Glasgow", "Glasgow"),
])
def test_a_city_after_the_head_word_closes_the_name_and_places_it(sentence, name, city):
    assert (name, city) in [(n, c) for n, c, _ in _events(sentence)]


def test_a_word_after_the_head_that_is_no_city_is_not_taken():
    assert [n for n, _, _ in _events("Delegates met at the Clean Energy Summit Tuesday in Denver.")] == \
        ["Clean Energy Summit"]


@pytest.mark.parametrize("sentence", [
    "The Pacific Clean Energy Forum took place in October, where Quebec and Jiangsu signed an MOU on hydrogen.",
    "The Great Lakes Climate Dialogue was held on May 3, at which Ontario and Hubei signed a memorandum.",
])
def test_the_doers_places_do_not_place_the_gathering(sentence):
    assert all(country is None for _, _, country in _events(sentence))


@pytest.mark.parametrize("sentence", [
    "哈洛伦一行此前出席了在哈尔滨举办的中美地方绿色发展交流会。",  # a city portal: where the delegation went before
    "The delegation had previously attended the Great Lakes Clean Energy Forum in Chicago.",
])
def test_a_gathering_told_as_attended_before_is_recalled(sentence):
    ctx = DateContext(date(2024, 9, 12), 2024)
    assert all(e.recalled for e in find_events(sentence, find_entities(sentence), ctx))
