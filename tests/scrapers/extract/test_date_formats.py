"""Dates in other formats and relative dates (issue 17; docs/date-formats.md): figure-only dates ("04.06.2026",
"15/09/2026", "3/12/24", "2026/3/12") read by their form or the page's own convention and never guessed, "the 12th of
March", a Chinese sentence opening with a weekday before a gathering ("上周五，…举行"), and 日前/近日 giving no day."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

from scrapers.extract.dates import DateContext, find_dates, settle  # noqa: E402
from scrapers.extract.dates_numeric import numeric_dates, page_order  # noqa: E402
from scrapers.extract.dates_relative import zh_opening_weekday  # noqa: E402


def _days(text: str, order: str | None = None, page: date = date(2025, 6, 30)) -> list:
    return [settle(dm, DateContext(page, order=order))[0] for dm in find_dates(text)]


# --- figure-only dates ---------------------------------------------------------------------------------------------
def test_form_fixes_the_order():
    assert _days("held on 04.06.2025 in Oslo") == [date(2025, 6, 4)]  # dotted: day-first
    assert _days("签约日期为2025/6/8。") == [date(2025, 6, 8)]  # year first
    assert _days("signed on 21/05/2025") == [date(2025, 5, 21)]  # a first figure past 12: day-first
    assert _days("signed on 5/21/25") == [date(2025, 5, 21)]  # a second figure past 12: month-first


def test_an_open_order_is_read_only_by_the_pages_convention():
    assert _days("signed on 03/04/2025") == [None]  # 3 April or March 4: the page does not say
    assert _days("signed on 03/04/2025", "dmy") == [date(2025, 4, 3)]
    assert _days("signed on 3/4/25", "mdy") == [date(2025, 3, 4)]


def test_no_date_in_versions_fractions_or_addresses():
    assert numeric_dates("version 2.10.3 of the model, 127.0.0.1, 1/2 of the budget, 3.5.20 units") == []


def test_page_order():
    assert page_order("Published 17.03.2025. Applications close on 30/04/2025.") == "dmy"
    assert page_order("Signed 3/12/25; the next round opens 3/15/25.") == "mdy"
    assert page_order("Signed 03/04/2025.") is None
    assert page_order("Signed 13/04/2025 and 4/13/2025.") is None  # both shown: none settles it


def test_open_signing_day_stays_empty_without_a_convention_and_is_read_with_one():
    text = "Leeds and Wuhan signed a memorandum of understanding on district heating on 03/04/2025."
    assert [r["signed_on"] for r in records(text, "agreement", date(2025, 4, 10))] == [None]
    shown = text + " Applications for the first exchange close on 30/04/2025."
    assert [r["signed_on"] for r in records(shown, "agreement", date(2025, 4, 10))] == [date(2025, 4, 3)]


def test_dotted_signing_and_gathering_days():
    text = "Rotterdam and Houston signed a memorandum of understanding on port electrification on 03.02.2025."
    assert [r["signed_on"] for r in records(text, "agreement", date(2025, 2, 10))] == [date(2025, 2, 3)]
    text = "The Nordic-Pacific Cities Climate Forum was held in Oslo on 21/10/2025."
    assert [r["start_on"] for r in records(text, "event", date(2025, 10, 24))] == [date(2025, 10, 21)]


def test_year_first_chinese_signing_day():
    text = "2025/6/8，成都市与美国休斯敦市签署了低碳城市合作备忘录。"
    assert [r["signed_on"] for r in records(text, "agreement", date(2025, 6, 10))] == [date(2025, 6, 8)]


# --- the Nth of Month ------------------------------------------------------------------------------------------------
def test_the_nth_of_month():
    text = "Bristol and Hangzhou signed a memorandum of understanding on low-carbon transport on the 5th of May."
    assert [r["signed_on"] for r in records(text, "agreement", date(2025, 5, 9))] == [date(2025, 5, 5)]
    text = "Cardiff and Wuxi signed a memorandum of understanding on offshore wind on the 21st of November 2024."
    assert [r["signed_on"] for r in records(text, "agreement", date(2025, 1, 9))] == [date(2024, 11, 21)]


# --- a Chinese sentence opening with a weekday -----------------------------------------------------------------------
def test_zh_opening_weekday():
    assert zh_opening_weekday("上周四，2025中美城市气候合作交流会在杭州举行。", date(2025, 6, 10)) == date(2025, 6, 5)
    assert zh_opening_weekday("本周二上午，论坛开幕。", date(2025, 6, 12)) == date(2025, 6, 10)
    assert zh_opening_weekday("本周五，论坛将开幕。", date(2025, 6, 10)) is None  # ahead of the page
    assert zh_opening_weekday("会议于周四举行。", date(2025, 6, 10)) is None  # not opening the sentence


def test_gathering_opening_with_a_weekday():
    text = "上周四，2025中美城市气候合作交流会在杭州举行。"
    assert [r["start_on"] for r in records(text, "event", date(2025, 6, 10))] == [date(2025, 6, 5)]
    text = "本周二上午，第三届长三角—加州清洁能源论坛在上海开幕。"
    assert [r["start_on"] for r in records(text, "event", date(2025, 6, 12))] == [date(2025, 6, 10)]


# --- no day where the text fixes none -----------------------------------------------------------------------------
def test_recently_gives_no_day():
    for word in ("日前", "近日"):
        text = f"{word}，苏州市与美国奥克兰市签署了绿色港口合作备忘录。"
        assert [r["signed_on"] for r in records(text, "agreement", date(2025, 6, 10))] == [None]


# --- lunar dates: not read at all ---------------------------------------------------------------------------------
def test_lunar_dates_are_not_read():
    for text in ("农历五月初八，苏州市与美国奥克兰市签署了绿色港口合作备忘录。",
                 "农历5月8日，宁波市与美国塔科马市签署了港口低碳合作协议。"):
        assert [r["signed_on"] for r in records(text, "agreement", date(2025, 6, 18))] == [None], text
    assert find_dates("6月5日（农历五月初十）") and len(find_dates("6月5日（农历5月10日）")) == 1  # the calendar day stays


def test_early_named_month_is_not_the_pages_month():
    text = "今年3月初，无锡市与美国奥克兰市签署了绿色港口合作备忘录。"
    assert [(r["signed_on"], r["signed_on_precision"]) for r in records(text, "agreement", date(2025, 6, 18))] == \
        [(date(2025, 3, 1), "month")]
