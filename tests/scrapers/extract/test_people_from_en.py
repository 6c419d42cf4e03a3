"""People named by the country they come from stand for it (scrapers/extract/people_from_en.py): "Ministers from A, B
and C issued ..." has all three as parties; a place after "from" that no people come from stays a location."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.people_from_en import stands_for


def parties(text: str) -> list[list[str]]:
    ms = extract_mentions(Article(url="https://en.example/p", source="en", title=None, published_on=date(2023, 10, 20),
                                  language="en", text=text, fetched_at=datetime(2024, 1, 1)))
    return [sorted(m.fields["parties"]) for m in ms if m.record_type == "agreement"]


def test_ministers_from_a_list_of_countries_are_all_parties():
    assert parties("Ministers from Norway, Peru and Portugal issued the Lima Declaration on Blue Carbon.") == \
        [["Norway", "Peru", "Portugal"]]
    assert parties("Environment ministers from Spain and Morocco signed a memorandum of understanding on solar "
                   "power.") == [["Morocco", "Spain"]]


def test_a_place_after_from_that_no_people_come_from_is_no_party():
    assert not stands_for("the ministers said after returning from ")
    assert parties("Portugal signed a memorandum of understanding with Spain on green hydrogen, the ministers said "
                   "after returning from Morocco.") == [["Portugal", "Spain"]]
