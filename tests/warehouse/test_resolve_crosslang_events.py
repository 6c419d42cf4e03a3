"""One gathering reported on a Chinese page and an English one is one event row: same city, same day (or the
Chinese report undated and published within three days after), and a name word of its own in Latin letters shared
(no head or common word). Two gatherings that share no such word stay apart. Mentions of our own."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from scrapers.extract.events import name_key
from warehouse.resolve import resolve


def event(url: str, name: str, alias: str, start_on: date | None, city: str, page: date) -> Mention:
    return Mention("event", url, f"{alias}.", {
        "name": name, "start_on": start_on, "end_on": None, "city": city, "country": None},
        {"page_date": page.isoformat(), "language": "zh" if alias != name else "en", "key": name_key(name),
         "aliases": [alias], "month": None})


def rows(ms):
    return sorted((r.fields["name"], r.fields["start_on"]) for r in resolve(ms, {}) if r.record_type == "event")


def test_chinese_and_english_reports_of_one_gathering_join():
    zh = event("http://a/1", "GreenPort Tianjin Harbour Summit", "2024 GreenPort 天津港口峰会论坛", date(2024, 5, 9),
               "Tianjin", date(2024, 5, 10))
    en = event("http://b/1", "GreenPort Ministerial Roundtable", "GreenPort Ministerial Roundtable", date(2024, 5, 9),
               "Tianjin", date(2024, 5, 11))
    assert len(rows([zh, en])) == 1
    # the Chinese report undated, published the day after
    zh2 = event("http://a/2", "EcoCity Wuhan Forum", "EcoCity武汉论坛", None, "Wuhan", date(2023, 6, 3))
    en2 = event("http://b/2", "EcoCity Leaders Dialogue", "EcoCity Leaders Dialogue", date(2023, 6, 2), "Wuhan",
                date(2023, 6, 5))
    assert [d for _, d in rows([zh2, en2])] == [date(2023, 6, 2)]


def test_gatherings_sharing_only_common_words_stay_apart():
    zh = event("http://a/3", "Tianjin Green Development Forum", "天津绿色发展论坛", date(2024, 5, 9), "Tianjin",
               date(2024, 5, 10))
    en = event("http://b/3", "Green Development Summit", "Green Development Summit", date(2024, 5, 9), "Tianjin",
               date(2024, 5, 10))
    assert len(rows([zh, en])) == 2
    # a shared own word, but a week apart
    zh2 = event("http://a/4", "EcoCity Wuhan Forum", "EcoCity武汉论坛", None, "Wuhan", date(2023, 6, 12))
    en2 = event("http://b/4", "EcoCity Leaders Dialogue", "EcoCity Leaders Dialogue", date(2023, 6, 2), "Wuhan",
                date(2023, 6, 5))
    assert len(rows([zh2, en2])) == 2
