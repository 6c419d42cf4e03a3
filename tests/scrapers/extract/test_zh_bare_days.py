"""A Chinese bare day of the month ("21日，A与B签署…") after the text named a month and day ("5月20日，论坛开幕") is
that month's: the 21st of May, not of the page's month. Where the named day's year is open (a page published long
after), the bare day is left undated rather than put in the page's month (a wrong value)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def signed(text: str, page: date) -> list:
    art = Article("http://127.0.0.1/p", "test", None, page, "zh", text, datetime(2024, 1, 1))
    return [m.fields["signed_on"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,page,want", [
    ("2023年5月20日，第三届绿色发展论坛在成都开幕。21日，成都市与德国汉堡市签署了低碳城市合作备忘录。", date(2023, 7, 28),
     date(2023, 5, 21)),
    ("6月3日，代表团抵达温哥华。4日，青岛市与加拿大温哥华市签署了绿色港口合作备忘录。", date(2023, 6, 6), date(2023, 6, 4)),
    ("7月26日，代表团抵达汉堡。27日，成都市与德国汉堡市签署了低碳城市合作备忘录。", date(2023, 7, 28), date(2023, 7, 27)),
])
def test_a_bare_day_after_a_month_named_is_that_months(text, page, want):
    assert signed(text, page) == [want]


def test_a_bare_day_after_a_month_whose_year_is_open_is_left_undated():
    # the page is two months on: "5月20日" is left without a year (a repost?), so "21日" is no day of July
    assert signed("5月20日，第三届绿色发展论坛在成都开幕。21日，成都市与德国汉堡市签署了低碳城市合作备忘录。",
                  date(2023, 7, 28)) == [None]


@pytest.mark.parametrize("text,page,want", [
    ("本月12日，第五届绿色低碳合作论坛在南昌举行。论坛上，江西省与德国萨克森州签署了环境合作谅解备忘录。", date(2023, 9, 13),
     date(2023, 9, 12)),
    ("本月5日，湖北省与美国密歇根州签署了清洁能源合作备忘录。", date(2023, 9, 20), date(2023, 9, 5)),
])
def test_a_day_of_this_month_is_of_the_pages_month(text, page, want):
    assert signed(text, page) == [want]


def test_a_day_of_this_month_after_the_pages_day_is_no_day():
    # a page of the 20th cannot tell of a signing on the 25th: no day, only the month "本月" names
    art = Article("http://127.0.0.1/p", "test", None, date(2023, 9, 20), "zh",
                  "本月25日，湖北省与美国密歇根州签署了清洁能源合作备忘录。", datetime(2024, 1, 1))
    assert [(m.fields["signed_on"], m.fields["signed_on_precision"]) for m in extract_mentions(art)
            if m.record_type == "agreement"] == [(date(2023, 9, 1), "month")]
