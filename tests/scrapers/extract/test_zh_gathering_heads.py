"""Chinese gatherings named a 高级别活动 (high-level event) or a 气候周 (climate week), and what is signed 活动期间
(scrapers/extract/events.py ZH_HEADS, agreements.EVENT_ANAPHORA, pactwatch/data/glossary_zh.yaml)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402


def test_a_high_level_event_and_a_signing_during_it():
    text = ("第二届中美省州气候行动高级别活动于9月2日在美国加州伯克利举行。活动期间，广东省与加利福尼亚州签署了海上风电合作备忘录。")
    [event] = records(text, "event", date(2026, 9, 7))
    assert (event["name"], str(event["start_on"]), event["city"]) == (
        "U.S.-China Subnational Climate Action High-Level Event", "2026-09-02", "Berkeley")
    [agreement] = records(text, "agreement", date(2026, 9, 7))
    assert (agreement["parties"], str(agreement["signed_on"]), agreement["city"]) == (
        ["Guangdong Province", "California"], "2026-09-02", "Berkeley")


def test_a_climate_week_where_a_pledge_was_made():
    text = "9月22日，2026纽约气候周在纽约开幕。气候周期间，深圳市承诺2025年前实现碳达峰。"
    [event] = records(text, "event", date(2026, 9, 23))
    assert event["city"] == "New York City" and str(event["start_on"]) == "2026-09-22"
    [pledge] = records(text, "commitment", date(2026, 9, 23))
    assert (pledge["actor"], pledge["target_year"]) == ("Shenzhen", 2025)


def test_an_activity_that_is_no_gathering_stays_none():
    # 活动 alone (a campaign, a day's activities) names no gathering
    text = "6月15日，深圳市举办全国低碳日主题活动，现场签署了绿色出行倡议书。"
    assert records(text, "event", date(2026, 6, 16)) == []
