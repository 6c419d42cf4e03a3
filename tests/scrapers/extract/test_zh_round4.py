"""Chinese round 4 (issue 17): Taiwan's 民國 years, Hong Kong's Chinese-numeral dates, provincial and municipal bodies
in their official English. Each rule on two sentences of its own (tests/flows/test_seventhweb_crawl.py shows them on
pages of a Taipei and a Hong Kong site)."""
from __future__ import annotations

import pytest

from scrapers.extract.dates import find_dates
from scrapers.extract.orgs import render_zh
from scrapers.pagemeta import date_in_text


@pytest.mark.parametrize("text, ymd", [
    ("臺北市政府與舊金山市政府於112年10月16日簽署合作備忘錄", (2023, 10, 16)),
    ("高雄市於民國105年9月6日完成續約", (2016, 9, 6)),
    ("兩市自民國59年締結姊妹市", (1970, None, None)),
])
def test_a_year_of_the_republic_is_its_gregorian_year(text, ymd):
    dm = find_dates(text)[0]
    assert (dm.year, dm.month, dm.day) == ymd


@pytest.mark.parametrize("text", ["臺北市109年溫室氣體排放量較94年減少29%", "擬於113年適當時機簽署"])
def test_a_bare_number_before_nian_with_no_month_is_no_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, md", [
    ("大會於十一月三十日至十二月十二日在杜拜舉行", (11, 30, 12)),
    ("環境及生態局局長今日（六月十九日）在廣州出席簽約儀式", (6, 19, None)),
    ("論壇於二〇二三年三月二十一日至二十二日舉行，三月二十一日開幕", (3, 21, 22)),
])
def test_months_and_days_in_chinese_numerals(text, md):
    dm = find_dates(text)[0]
    assert (dm.month, dm.day, dm.end_day) == md


@pytest.mark.parametrize("byline, day", [
    ("發布日期：110-04-22", "2021-04-22"),
    ("發佈時間：112/10/17 更新日期：112-10-18", "2023-10-17"),
    ("民國112年10月16日", "2023-10-16"),
])
def test_a_taiwan_byline_in_years_of_the_republic(byline, day):
    assert str(date_in_text(byline)) == day


def test_a_number_that_is_no_date_label_stays_none():
    assert date_in_text("編號：110-04-22") is None


@pytest.mark.parametrize("name, english", [
    ("广东省生态环境厅", "Guangdong Provincial Department of Ecology and Environment"),
    ("四川省发展和改革委员会", "Sichuan Provincial Development and Reform Commission"),
    ("深圳市生态环境局", "Shenzhen Municipal Ecology and Environment Bureau"),
    ("上海市发展和改革委员会", "Shanghai Municipal Development and Reform Commission"),
    ("北京市交通委员会", "Beijing Municipal Transportation Commission"),  # "Municipal" once
])
def test_a_province_or_city_body_in_its_official_english(name, english):
    assert render_zh(name) == english


@pytest.mark.parametrize("name", ["武汉大学", "浙江省海港集团"])
def test_a_university_or_company_is_no_provincial_body(name):
    assert "Provincial" not in render_zh(name) and "Municipal" not in render_zh(name)
