"""Dates in English and Chinese prose, and the year of dates written without one."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.dates import DateContext, find_dates, settle, text_year
from scrapers.extract.day_references import relative_day


def one(text: str):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,ymd,end_day", [
    ("The summit ran June 7-8, 2016 in Beijing.", (2016, 6, 7), 8),
    ("It was signed on 7 June 2016 in Beijing.", (2016, 6, 7), None),
    ("It closed 7-8 June 2016.", (2016, 6, 7), 8),
    ("签约仪式于2016年6月7日举行。", (2016, 6, 7), None),
    ("Tuesday, September 15, 2015", (2015, 9, 15), None),
    ("Published 2016-06-07.", (2016, 6, 7), None),
    ("They met on Sept. 15 in LA.", (None, 9, 15), None),
    ("峰会于6月7日至8日举行。", (None, 6, 7), 8),
])
def test_day_dates(text, ymd, end_day):
    d = one(text)
    assert (d.year, d.month, d.day) == ymd
    assert d.end_day == end_day
    assert d.precision == "day"


def test_weekday_belongs_to_the_date_span():
    text = "Tuesday, September 15, 2015"
    d = one(text)
    assert (d.start, d.end) == (0, len(text))


@pytest.mark.parametrize("text,ym", [("in September 2015", (2015, 9)), ("2015年12月", (2015, 12)),
                                     ("since May 2016", (2016, 5))])
def test_month_dates(text, ym):
    d = one(text)
    assert (d.year, d.month, d.day) == (*ym, None)
    assert d.precision == "month"


def test_year_only_zh():
    d = one("该项目于2017年启动。")
    assert (d.year, d.month, d.precision) == (2017, None, "year")


def test_target_year_phrases_are_not_dates():
    assert find_dates("北京承诺在2020年左右碳排放达到峰值。") == []
    assert find_dates("2060年前实现碳中和") == []


def test_may_the_verb_is_not_a_month():
    assert find_dates("Cities may join the alliance later.") == []


@pytest.mark.parametrize("text,rel", [("去年11月", -1), ("明年3月", 1), ("last November", -1), ("next June", 1)])
def test_relative_years(text, rel):
    d = one(text)
    assert d.year is None and d.rel_year == rel


# --- settling a year -------------------------------------------------------------------------------------------

def test_month_day_settled_from_page_date_a_week_later():
    d = one("was signed on September 15 in LA")
    assert settle(d, DateContext(date(2015, 9, 22))) == (date(2015, 9, 15), "day")


def test_month_day_left_open_on_a_page_two_years_later():
    d = one("was signed on September 15 in LA")
    assert settle(d, DateContext(date(2017, 6, 1))) == (None, None)


def test_month_day_just_after_the_page_date_is_this_year_but_far_after_is_last_year():
    d = one("on September 15")
    assert settle(d, DateContext(date(2015, 9, 10))) == (date(2015, 9, 15), "day")
    dec = one("on December 20")
    assert settle(dec, DateContext(date(2016, 1, 5))) == (date(2015, 12, 20), "day")


def test_month_without_day_settled_from_page_date():
    d = one("the summit back in September")
    assert settle(d, DateContext(date(2015, 12, 8))) == (date(2015, 9, 1), "month")


def test_explicit_year_needs_no_context():
    assert settle(one("June 7, 2016"), DateContext(None)) == (date(2016, 6, 7), "day")
    assert settle(one("2015年"), DateContext(None)) == (date(2015, 1, 1), "year")


def test_no_page_date_and_no_year_stays_none():
    assert settle(one("September 15"), DateContext(None)) == (None, None)


# the zh seed: a 2021 repost of a 2015 story
ZH_REPOST = (
    "当地时间9月16日,“中美气候领导峰会”在美国加利福尼亚州洛杉矶举行。"
    "此次峰会是为落实去年11月中国国家主席习近平和美国总统贝拉克·奥巴马共同发表的《中美气候变化联合声明》,"
    "在地方层面上推动了气候变化行动与合作。"
    "这些举措都为在12月的巴黎气候大会上达成共识做了很好的铺垫。"
)


def test_text_year_from_known_event_anchors():
    assert text_year(ZH_REPOST) == 2015


def test_text_year_from_each_anchor_alone():
    assert text_year("此次峰会是为落实去年11月中美两国共同发表的《中美气候变化联合声明》。") == 2015
    assert text_year("这些举措都为在12月的巴黎气候大会上达成共识做了很好的铺垫。") == 2015
    assert text_year("This builds on last November's U.S.-China Joint Announcement on Climate Change.") == 2015


def test_text_year_none_without_anchors():
    assert text_year("当地时间9月16日,峰会在洛杉矶举行。") is None
    assert text_year("") is None


def test_repost_month_day_takes_the_text_year():
    d = one("当地时间9月16日")
    page = date(2021, 4, 8)
    assert settle(d, DateContext(page, text_year(ZH_REPOST))) == (date(2015, 9, 16), "day")


def test_repost_month_day_without_anchors_stays_none_never_page_years():
    d = one("当地时间9月16日")
    got, prec = settle(d, DateContext(date(2021, 4, 8), text_year("当地时间9月16日,峰会在洛杉矶举行。")))
    assert (got, prec) == (None, None)


def test_relative_month_against_text_year():
    assert settle(one("去年11月"), DateContext(date(2021, 4, 8), 2015)) == (date(2014, 11, 1), "month")


@pytest.mark.parametrize("sentence,expected", [
    ("ICLEI announced today the launch.", date(2015, 9, 15)),
    ("The MOU was signed yesterday.", date(2015, 9, 14)),
    ("双方今天签署了协议。", date(2015, 9, 15)),
    ("双方昨天签署了协议。", date(2015, 9, 14)),
    ("The MOU was signed in Paris.", None),
])
def test_relative_day(sentence, expected):
    assert relative_day(sentence, date(2015, 9, 15)) == expected


def test_relative_day_needs_a_page_date():
    assert relative_day("announced today", None) is None
