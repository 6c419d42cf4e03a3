"""One gathering named in English on a page that gives no city ("at the 2024 World Manufacturing Convention") and in
Chinese on another that does (2024世界制造业大会, 合肥): one event where the Chinese name glosses the English one word
for word and the days agree within three (issue 17; the twenty-second web). Two gatherings of one week whose names
gloss each other only partly, or two months apart, stay two. Mentions of our own."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.resolve import resolve


def event(url: str, name: str, start_on: date | None, city: str | None) -> Mention:
    zh = any("\u4e00" <= c <= "\u9fff" for c in name)
    return Mention("event", url, f"{name} was held.", {
        "name": name, "start_on": start_on, "end_on": None, "city": city, "country": "CN" if city else None},
        {"page_date": None, "language": "zh" if zh else "en", "key": name if zh else name.casefold(),
         "aliases": [name], "month": None})


def events(ms: list[Mention]) -> list[tuple[str, str | None, int]]:
    return sorted((r.fields["name"], r.fields["city"], len(r.evidence))
                  for r in resolve(ms, {}) if r.record_type == "event")


def test_an_english_name_without_a_city_joins_its_glossed_chinese_name():
    rows = events([event("https://wire.example/1", "World Manufacturing Convention", date(2024, 9, 20), None),
                   event("https://zh.example/2", "2024世界制造业大会", date(2024, 9, 20), "Hefei")])
    assert len(rows) == 1 and rows[0][1:] == ("Hefei", 2)


def test_the_chinese_report_without_a_city_joins_too():
    rows = events([event("https://wire.example/1", "International Hydrogen Cooperation Forum", date(2023, 5, 8),
                         "Chengdu"),
                   event("https://zh.example/2", "国际氢能合作论坛", date(2023, 5, 9), None)])
    assert len(rows) == 1 and rows[0][1:] == ("Chengdu", 2)


def test_names_glossed_only_in_part_or_months_apart_stay_two():
    assert len(events([event("https://wire.example/1", "World Hydrogen Convention", date(2024, 9, 20), None),
                       event("https://zh.example/2", "2024世界制造业大会", date(2024, 9, 20), "Hefei")])) == 2
    assert len(events([event("https://wire.example/1", "World Manufacturing Convention", date(2023, 9, 20), None),
                       event("https://zh.example/2", "2024世界制造业大会", date(2024, 9, 20), "Hefei")])) == 2


def test_a_placeless_name_glossed_by_two_chinese_gatherings_joins_neither():
    """Two Chinese gatherings of one week in two cities both gloss the English name given without a city: no way
    to tell which it is."""
    rows = events([event("https://a.example/1", "World Manufacturing Convention", date(2024, 9, 20), None),
                   event("https://zh.example/2", "2024世界制造业大会", date(2024, 9, 20), "Hefei"),
                   event("https://zh.example/3", "世界制造业大会", date(2024, 9, 21), "Beijing")])
    assert len(rows) == 3
