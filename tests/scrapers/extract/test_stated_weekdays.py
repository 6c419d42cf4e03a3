"""A weekday with its date written beside it ("on Tuesday, April 1, 2025", "周二（4月1日）", "4月1日（周二）"): the
stated date is the day, never the latest such weekday up to the page's date (day_references, weekdays_zh)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records

LATER_PAGE = date(2025, 6, 5)  # a Thursday two months on: "the latest Tuesday" would be 3 June


@pytest.mark.parametrize("text", [
    "Michigan and Hubei signed a memorandum of understanding on clean vehicles on Tuesday, April 1, 2025.",
    "The memorandum between Michigan and Hubei on clean vehicles was signed Tuesday, April 1, 2025 in Lansing.",
    "Michigan and Hubei signed a memorandum of understanding on clean vehicles on Tuesday, 1 April 2025.",
    "湖北省与美国密歇根州周二（2025年4月1日）在武汉签署清洁汽车合作谅解备忘录。",
    "湖北省与美国密歇根州于2025年4月1日（周二）在武汉签署清洁汽车合作谅解备忘录。",
])
def test_the_stated_date_wins_over_the_weekday(text):
    assert [r.get("signed_on") for r in records(text, "agreement", LATER_PAGE)] == [date(2025, 4, 1)]


@pytest.mark.parametrize("text", [
    "Michigan and Hubei signed a memorandum of understanding on clean vehicles on Tuesday, April 1.",
    "湖北省与美国密歇根州周二（4月1日）在武汉签署清洁汽车合作谅解备忘录。",
])
def test_a_yearless_stated_date_long_before_the_page_is_no_weekday_either(text):
    """The weekday is not counted from the page when its date is written: a yearless date two months back stays
    undated (as any such date does), not made the page's latest Tuesday."""
    assert [r.get("signed_on") for r in records(text, "agreement", LATER_PAGE)] == [None]


@pytest.mark.parametrize("text", [
    "Michigan and Hubei signed a memorandum of understanding on clean vehicles on Tuesday.",
    "湖北省与美国密歇根州周二在武汉签署清洁汽车合作谅解备忘录。",
    "Michigan and Hubei signed a memorandum of understanding on clean vehicles on Tuesday, officials said.",
])
def test_a_bare_weekday_is_still_counted_from_the_page(text):
    assert [r.get("signed_on") for r in records(text, "agreement", LATER_PAGE)] == [date(2025, 6, 3)]
