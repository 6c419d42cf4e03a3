"""Two rows of one page's list of signings at one event, one naming its sides in English, the other keeping a side in
Chinese (warehouse/crosslang.same_event_other_language): two signings, never one reported in two languages, even when
they share a side and differ on one. The same pair on two pages still joins. Mentions of our own."""
from __future__ import annotations

from datetime import date

import pytest

from pactwatch.models import Mention
from scrapers.extract.events import name_key
from warehouse.resolve import resolve

EVENT = "2024中美清洁能源合作对接会"


def event(url: str) -> Mention:
    return Mention("event", url, f"{EVENT}。", {"name": EVENT, "start_on": date(2024, 9, 20), "end_on": None,
                                              "city": "Wuhu", "country": "CN"},
                   {"page_date": "2024-09-21", "language": "zh", "key": name_key(EVENT), "aliases": [EVENT],
                    "month": None})


def agreement(url: str, parties: list[str], quote: str) -> Mention:
    return Mention("agreement", url, quote, {
        "agreement_type": "mou", "title": None, "signed_on": date(2024, 9, 20), "signed_on_precision": "day",
        "city": "Wuhu", "country": "CN", "parties": parties, "topics": []},
        {"page_date": "2024-09-21", "language": "zh", "event_keys": [name_key(EVENT)], "article_event_keys": []})


def rows(ms):
    return sorted(sorted(r.fields["parties"]) for r in resolve(ms, {}) if r.record_type == "agreement")


@pytest.mark.parametrize("english, chinese", [
    (["Wuhu", "Wichita"], ["安徽工程大学", "威奇托州立大学"]),
    (["Hefei", "Seattle"], ["中国科学技术大学", "华盛顿大学"]),
])
def test_two_rows_of_one_page_stay_two_signings(english, chinese):
    ms = [event("http://zh/1"), agreement("http://zh/1", english, "| 1 | a |"),
          agreement("http://zh/1", chinese, "| 2 | b |")]
    assert len(rows(ms)) == 2
