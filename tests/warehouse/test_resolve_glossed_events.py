"""One gathering named in Chinese on one page (全球清洁能源行动论坛, no English name known to the reader) and in
English on another (Global Clean Energy Action Forum), the Chinese report dated the day it names, the English one
the first day: one event where the Chinese name glosses the English one word for word (issue 17). Loaded in two
batches, the incremental resolution finds the same (warehouse.event_scope links the two keys)."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article, Extraction, Mention
from warehouse.crosslang import glossed_event_name
from warehouse.db import connect
from warehouse.load import load_into
from warehouse.resolve import resolve


def event(url: str, name: str, start_on: date | None, city: str = "Pittsburgh", page: str | None = None) -> Mention:
    zh = any("\u4e00" <= c <= "\u9fff" for c in name)
    return Mention("event", url, f"{name} was held.", {
        "name": name, "start_on": start_on, "end_on": None, "city": city, "country": "US"},
        {"page_date": page, "language": "zh" if zh else "en", "key": name if zh else name.casefold(),
         "aliases": [name], "month": None})


def events(ms: list[Mention]) -> list[tuple[str, int]]:
    return sorted((r.fields["name"], len(r.evidence)) for r in resolve(ms, {}) if r.record_type == "event")


def test_a_chinese_name_glossing_the_english_one_word_for_word():
    assert glossed_event_name("全球清洁能源行动论坛", "Global Clean Energy Action Forum")
    assert glossed_event_name("国际氢能合作论坛", "International Hydrogen Cooperation Forum")
    assert not glossed_event_name("全球清洁能源行动论坛", "Global Hydrogen Action Forum")
    assert not glossed_event_name("国际能源论坛", "International Energy Forum")  # common words only


def test_glossed_names_of_one_city_and_days_are_one_event():
    assert events([event("https://a.example/1", "Global Clean Energy Action Forum", date(2022, 9, 21)),
                   event("https://b.example/2", "全球清洁能源行动论坛", date(2022, 9, 22))]) == \
        [("Global Clean Energy Action Forum", 2)]
    assert len(events([event("https://a.example/1", "International Hydrogen Cooperation Forum", date(2023, 5, 8),
                             "Chengdu"),
                       event("https://b.example/2", "国际氢能合作论坛", None, "Chengdu", page="2023-05-09")])) == 1


def test_glossed_names_of_other_days_or_cities_stay_apart():
    assert len(events([event("https://a.example/1", "Global Clean Energy Action Forum", date(2022, 9, 21)),
                       event("https://b.example/2", "全球清洁能源行动论坛", date(2023, 9, 22))])) == 2
    assert len(events([event("https://a.example/1", "Global Clean Energy Action Forum", date(2022, 9, 21)),
                       event("https://b.example/2", "全球清洁能源行动论坛", date(2022, 9, 22), "Boston")])) == 2


def test_batches_find_the_glossed_pair_as_a_full_resolution_does(tmp_path, monkeypatch):
    from warehouse import incremental
    monkeypatch.setattr(incremental, "SCOPE_SHARE", 10.0)  # always re-cluster only the reachable keys
    monkeypatch.setattr(incremental, "SCOPE_MIN_KEYS", 0)

    def page(url: str, ms: list[Mention]) -> Extraction:
        return Extraction(Article(url=url, source=url.split("/")[2], title=None, published_on=None, language="en",
                                  text=url, fetched_at=datetime(2024, 1, 1)), ms)

    first = [page(f"https://e{i}.example/p", [event(f"https://e{i}.example/p", n, date(2022, 9, 21))])
             for i, n in enumerate(["Global Clean Energy Action Forum", "Pittsburgh Climate Week Opening Dinner",
                                    "Steel City Mayors Roundtable"])]
    second = [page("https://z.example/p", [event("https://z.example/p", "全球清洁能源行动论坛", date(2022, 9, 22))])]
    inc, full = connect(tmp_path / "inc.duckdb"), connect(tmp_path / "full.duckdb")
    for batch in (first, second):
        load_into(inc, batch, [], "t1")
        load_into(full, batch, [], "t1", full=True)
    q = "SELECT name, len(source_urls) FROM events ORDER BY ALL"
    assert inc.execute(q).fetchall() == full.execute(q).fetchall()
    assert ("Global Clean Energy Action Forum", 2) in full.execute(q).fetchall()
