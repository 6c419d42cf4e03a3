"""One gathering named with a plural or a singular word ("Sustainable Cities Summit"; the gloss of 可持续城市峰会,
"Sustainable City Summit"), the Chinese report dated the day it names, the English one the first day: one event
(issue 17). The variant rule compares singular words; two gatherings stay two where other words differ."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from scrapers.extract.events import name_key
from warehouse.resolve import resolve
from warehouse.resolve_common import singular


def event(url: str, name: str, start_on: date | None, city: str | None = "Vancouver", zh: str | None = None) -> Mention:
    return Mention("event", url, f"{zh or name} was held.", {
        "name": name, "start_on": start_on, "end_on": None, "city": city, "country": None},
        {"page_date": None, "language": "zh" if zh else "en", "key": name_key(name), "aliases": [zh or name],
         "month": None})


def names(ms: list[Mention]) -> list[tuple[str, int]]:
    return sorted((r.fields["name"], len(r.evidence)) for r in resolve(ms, {}) if r.record_type == "event")


def test_singular_words():
    assert [singular(w) for w in ("cities", "leaders", "summit", "paris", "congress", "u.s.", "nations")] == \
        ["city", "leader", "summit", "paris", "congress", "u.s.", "nation"]


def test_plural_and_singular_names_of_one_gathering_are_one_event():
    # one report each: the name read on the English page, not the gloss of the Chinese one
    assert names([event("https://a.example/1", "Sustainable Cities Summit", date(2019, 5, 19)),
                  event("https://b.example/2", "Sustainable City Summit", date(2019, 5, 20), zh="可持续城市峰会")]) == \
        [("Sustainable Cities Summit", 2)]
    assert len(names([event("https://a.example/1", "Mayors Climate Leaders Forum", date(2021, 3, 2), "Oslo"),
                      event("https://b.example/2", "Mayor Climate Leader Forum", None, "Oslo")])) == 1


def test_other_words_keep_two_gatherings_apart():
    assert len(names([event("https://a.example/1", "Sustainable Cities Summit", date(2019, 5, 19)),
                      event("https://b.example/2", "Smart Cities Summit", date(2019, 5, 20))])) == 2
