"""A Chinese wire dateline's filing day is no date of a sentence that tells its own day (scrapers/extract/
wire_days_zh.py): the event runs from its own first day, not the day the copy was filed."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.dates import find_dates


def events(text: str) -> list[tuple]:
    ms = extract_mentions(Article(url="https://zh.example/w", source="zh", title=None, published_on=date(2023, 9, 8),
                                  language="zh", text=text, fetched_at=datetime(2024, 1, 1)))
    return [(m.fields["start_on"], m.fields["end_on"]) for m in ms if m.record_type == "event"]


def test_the_told_span_not_the_filing_day():
    got = events("新华社杭州9月8日电 第三届中葡海上风电合作论坛9月6日至8日在杭州举行。")
    assert got == [(date(2023, 9, 6), date(2023, 9, 8))]
    got = events("南方通讯社广州9月8日电 2023粤港澳低碳城市发展大会9月7日在广州开幕。")
    assert got and got[0][0] == date(2023, 9, 7)


def test_a_sentence_telling_no_day_keeps_the_filing_day():
    assert [(d.month, d.day) for d in find_dates("新华社北京9月8日电 中国和秘鲁发表联合声明。")] == [(9, 8)]
    assert [(d.month, d.day) for d in find_dates("新华社北京9月8日电 双方力争2030年前实现达峰。")][0] == (9, 8)
