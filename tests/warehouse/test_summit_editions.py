"""One summit series told by many pages (warehouse/summit_editions.py, issue 17): a Chinese name glossing an English
one said in the plural is one event; an undated, placeless short name joins the edition its page is about; a record
is linked to the edition its own page tells when two editions share a name."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.crosslang import EVENT_STEMS, STOP, gloss
from warehouse.resolve import resolve
from warehouse.summit_editions import plural_glossed, singular


def event(url: str, name: str, start_on: date | None, city: str | None, page: str) -> Mention:
    zh = any("\u4e00" <= c <= "\u9fff" for c in name)
    return Mention("event", url, f"{name} was held.", {
        "name": name, "start_on": start_on, "end_on": None, "city": city, "country": None},
        {"page_date": page, "language": "zh" if zh else "en", "key": name if zh else name.casefold(),
         "aliases": [name], "month": None})


def agreement(url: str, parties: list[str], signed_on: date, article_event_keys) -> Mention:
    return Mention("agreement", url, f"{' and '.join(parties)} signed a partnership agreement at the summit.", {
        "agreement_type": "partnership", "title": None, "signed_on": signed_on, "signed_on_precision": "day",
        "city": None, "country": None, "parties": parties, "topics": []},
        {"page_date": None, "language": "en", "event_keys": [], "article_event_keys": list(article_event_keys)})


def events(ms: list[Mention]) -> list[tuple[date | None, list[str]]]:
    return sorted((r.fields["start_on"], sorted({u for u, _ in r.evidence}))
                  for r in resolve(ms, {}) if r.record_type == "event")


def test_singular_of_regular_plurals():
    assert [singular(w) for w in ("cities", "summits", "ports", "glass", "campus", "bus")] == \
        ["city", "summit", "port", "glass", "campus", "bus"]


def test_a_chinese_name_glossing_an_english_name_said_in_the_plural():
    assert plural_glossed("中美绿色港湾城市峰会", "U.S.-China Green Harbor Cities Summit", gloss, EVENT_STEMS, STOP)
    assert plural_glossed("国际友好港口论坛", "International Friendly Ports Forum", gloss, EVENT_STEMS, STOP)
    assert not plural_glossed("全球智慧城市峰会", "Global Smart Ports Summit", gloss, EVENT_STEMS, STOP)
    assert not plural_glossed("国际友好港口论坛", "International Forums", gloss, EVENT_STEMS, STOP)  # too few words


def test_a_plenary_gathering_named_by_another_of_its_words():
    # 大会 ("general assembly; convention") is the English name's Conference; a forum or a summit is not
    assert plural_glossed("2024中国国际友好城市大会", "China International Friendship Cities Conference", gloss, EVENT_STEMS,
                          STOP)
    assert plural_glossed("世界友好港口大会", "World Friendly Ports Congress", gloss, EVENT_STEMS, STOP)
    assert not plural_glossed("中国国际友好城市论坛", "China International Friendship Cities Conference", gloss,
                              EVENT_STEMS, STOP)
    assert not plural_glossed("中国国际友好城市大会", "China International Friendship Cities Summit", gloss, EVENT_STEMS,
                              STOP)


def test_each_edition_is_one_event_in_two_languages():
    ms = [event("https://en.example/1", "U.S.-China Green Harbor Cities Summit", date(2025, 10, 14), "Shantou",
                "2025-10-15"),
          event("https://zh.example/1", "中美绿色港湾城市峰会", date(2025, 10, 14), "Shantou", "2025-10-14"),
          event("https://en.example/2", "U.S.-China Green Harbor Cities Summit", date(2024, 9, 10), "Norfolk",
                "2024-09-12"),
          event("https://zh.example/2", "中美绿色港湾城市峰会", date(2024, 9, 10), "Norfolk", "2024-09-11")]
    assert events(ms) == [(date(2024, 9, 10), ["https://en.example/2", "https://zh.example/2"]),
                          (date(2025, 10, 14), ["https://en.example/1", "https://zh.example/1"])]


def test_an_undated_placeless_short_name_joins_the_edition_its_page_is_about():
    for page, first in (("2025-10-22", False), ("2024-09-20", True)):
        ms = [event("https://en.example/1", "U.S.-China Green Harbor Cities Summit", date(2024, 9, 10), "Norfolk",
                    "2024-09-12"),
              event("https://en.example/2", "U.S.-China Green Harbor Cities Summit", date(2025, 10, 14), "Shantou",
                    "2025-10-15"),
              event("https://en.example/3", "Green Harbor Cities Summit", None, None, page)]
        got = events(ms)
        assert "https://en.example/3" in got[0 if first else 1][1], got
    ms = [event("https://a.example/1", "Great Lakes Mayors Water Forum", date(2022, 6, 1), "Duluth", "2022-06-02"),
          event("https://a.example/2", "Great Lakes Mayors Water Forum", date(2023, 6, 7), "Erie", "2023-06-08"),
          event("https://a.example/3", "Lakes Mayors Water Forum", None, None, "2022-06-10")]
    assert events(ms) == [(date(2022, 6, 1), ["https://a.example/1", "https://a.example/3"]),
                          (date(2023, 6, 7), ["https://a.example/2"])]


def test_a_record_takes_the_edition_its_own_page_tells():
    """Two editions share a name; each signing's page tells its own (the shared key alone named the later one, and a
    signing a year before it was linked to none)."""
    name = "U.S.-China Green Harbor Cities Summit"
    key = name.casefold()
    ms = [event("https://en.example/1", name, date(2024, 9, 10), "Norfolk", "2024-09-12"),
          agreement("https://en.example/1", ["Norfolk", "Shantou"], date(2024, 9, 11), [(key, 3)]),
          event("https://en.example/2", name, date(2025, 10, 14), "Shantou", "2025-10-15"),
          agreement("https://en.example/2", ["Charleston", "Nantong"], date(2025, 10, 14), [(key, 3)])]
    linked = {tuple(r.fields["parties"]): r.fields["event_name"] for r in resolve(ms, {})
              if r.record_type == "agreement"}
    assert linked == {("Norfolk", "Shantou"): name, ("Charleston", "Nantong"): name}
    ms = [event("https://a.example/1", "Great Lakes Mayors Water Forum", date(2022, 6, 1), "Duluth", "2022-06-02"),
          agreement("https://a.example/1", ["Duluth", "Thunder Bay"], date(2022, 6, 1), [("great lakes mayors water "
                                                                                          "forum", 2)]),
          event("https://a.example/2", "Great Lakes Mayors Water Forum", date(2023, 6, 7), "Erie", "2023-06-08")]
    assert [r.fields["event_name"] for r in resolve(ms, {}) if r.record_type == "agreement"] == \
        ["Great Lakes Mayors Water Forum"]
