"""One agreement reported in Chinese (its sides kept in Chinese as written) and in English at the same event is one
row named in English: each Chinese side is glossed word by word (CC-CEDICT) and matched one-to-one with an English
side; each report must be the other's single best partner. Mentions of our own."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from scrapers.extract.events import name_key
from warehouse.resolve import resolve

EVENT = "Summit on Green Ports"


def event(url: str) -> Mention:
    return Mention("event", url, f"{EVENT}.", {"name": EVENT, "start_on": date(2024, 4, 9), "end_on": None,
                                               "city": "Ningbo", "country": "CN"},
                   {"page_date": "2024-04-10", "language": "en", "key": name_key(EVENT), "aliases": [EVENT],
                    "month": None})


def agreement(url: str, parties: list[str], kind: str = "agreement") -> Mention:
    return Mention("agreement", url, "signed.", {
        "agreement_type": kind, "title": None, "signed_on": date(2024, 4, 9), "signed_on_precision": "day",
        "city": None, "country": None, "parties": parties, "topics": []},
        {"page_date": "2024-04-10", "language": "en", "event_keys": [name_key(EVENT)], "article_event_keys": []})


def rows(ms):
    return sorted(sorted(r.fields["parties"]) for r in resolve(ms, {}) if r.record_type == "agreement")


def test_two_signings_at_one_event_each_join_its_english_report():
    ms = [event("http://zh/1"), event("http://en/1"),
          agreement("http://zh/1", ["肯尼亚港务局", "联合航运集团"]),
          agreement("http://zh/1", ["肯尼亚港务局", "太平洋电力公司"]),
          agreement("http://en/1", ["Kenya Ports Authority", "United Shipping Group"], "mou"),
          agreement("http://en/1", ["Pacific Power Company", "Kenya Ports Authority"])]
    assert rows(ms) == [["Kenya Ports Authority", "Pacific Power Company"],
                        ["Kenya Ports Authority", "United Shipping Group"]]


def test_three_sides_matched_one_to_one():
    ms = [event("http://zh/2"), event("http://en/2"),
          agreement("http://zh/2", ["Ningbo Port Group", "加纳能源部", "加纳市长论坛"]),
          agreement("http://en/2", ["Ningbo Port Group", "Ghana's energy ministry", "Ghana Mayors' Forum"])]
    assert rows(ms) == [["Ghana Mayors' Forum", "Ghana's energy ministry", "Ningbo Port Group"]]


def test_sides_the_gloss_cannot_tell_apart_stay_apart():
    # 太平洋航运集团 glosses as well onto either English group: no single best partner, no join
    ms = [event("http://zh/3"), event("http://en/3"),
          agreement("http://zh/3", ["肯尼亚港务局", "太平洋航运集团"]),
          agreement("http://en/3", ["Kenya Ports Authority", "Pacific Shipping Group"]),
          agreement("http://en/3", ["Kenya Ports Authority", "Pacific Ocean Shipping Group"])]
    assert len(rows(ms)) == 3


def dated(url: str, parties: list[str], day: date) -> Mention:
    m = agreement(url, parties, "mou")
    m.fields["signed_on"] = day
    m.hints["event_keys"] = []
    return m


def test_same_signing_day_without_an_event_joins():
    ms = [dated("http://zh/4", ["Tianjin Municipal Transportation Commission", "新加坡海事及港务管理局"],
                date(2023, 12, 6)),
          dated("http://en/4", ["Tianjin Municipal Transportation Commission",
                                "Maritime and Port Authority of Singapore"], date(2023, 12, 6))]
    assert rows(ms) == [["Maritime and Port Authority of Singapore", "Tianjin Municipal Transportation Commission"]]
    ms = [dated("http://zh/5", ["Ningbo Port Group", "智利能源部"], date(2022, 3, 1)),
          dated("http://en/5", ["Ningbo Port Group", "Chile's Ministry of Energy"], date(2022, 3, 1))]
    assert rows(ms) == [["Chile's Ministry of Energy", "Ningbo Port Group"]]


def test_other_days_stay_apart():
    ms = [dated("http://zh/6", ["Ningbo Port Group", "智利能源部"], date(2022, 3, 1)),
          dated("http://en/6", ["Ningbo Port Group", "Chile's Ministry of Energy"], date(2022, 3, 9))]
    assert len(rows(ms)) == 2
