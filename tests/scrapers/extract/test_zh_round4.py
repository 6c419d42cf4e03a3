"""Chinese round 4 (issue 17): Taiwan's 民國 years, Hong Kong's Chinese-numeral dates, provincial and municipal bodies
in their official English. Each rule on two sentences of its own (tests/flows/test_seventhweb_crawl.py shows them on
pages of a Taipei and a Hong Kong site)."""
from __future__ import annotations

import pytest

from scrapers.extract.dates import find_dates
from scrapers.extract.events import known_event
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


# --- signings and events in wire copy and government releases ----------------------------------------------------
from datetime import date, datetime  # noqa: E402

from pactwatch.models import Article, Mention  # noqa: E402
from scrapers.extract import extract_mentions  # noqa: E402


def read(text: str, page: date) -> list[Mention]:
    return extract_mentions(Article(url="https://zh.example/news/4", source="zh", title=None, published_on=page,
                                    language="zh", text=text, fetched_at=datetime(2024, 1, 1)))


def signed(ms: list[Mention]) -> list[tuple]:
    return [(m.fields["agreement_type"], m.fields["parties"], str(m.fields["signed_on"]))
            for m in ms if m.record_type == "agreement"]


@pytest.mark.parametrize("text, page, day", [
    ("新华社格拉斯哥11月10日电 中美双方10日在联合国气候变化格拉斯哥大会期间发布《中美关于强化气候行动的格拉斯哥联合宣言》。",
     date(2021, 11, 11), "2021-11-10"),
    ("新华社巴黎6月3日电 中法两国2日在巴黎发表《中法关于气候变化的联合声明》。", date(2021, 6, 3), "2021-06-02"),
])
def test_a_pair_compound_then_when_and_where_then_the_verb(text, page, day):
    (kind, parties, on), = signed(read(text, page))
    assert parties[0] == "China" and len(parties) == 2 and on == day


@pytest.mark.parametrize("text, page, day", [
    ("新华社北京11月12日电 国家主席12日在北京同美国总统举行会谈，会谈后双方共同发表《中美气候变化联合声明》。",
     date(2014, 11, 12), "2014-11-12"),
    ("新华社华盛顿9月25日电 两国元首25日举行会谈，会谈后双方发表《中美元首气候变化联合声明》。", date(2015, 9, 26),
     "2015-09-25"),
])
def test_both_sides_issuing_a_statement_its_title_names(text, page, day):
    assert signed(read(text, page)) == [("joint_statement", ["China", "United States"], day)]


@pytest.mark.parametrize("text, page, kind", [
    ("香港特區政府環境及生態局與廣東省生態環境廳今日（六月十九日）在廣州舉行應對氣候變化合作備忘錄簽約儀式。",
     date(2023, 6, 19), "mou"),
    ("上海市生态环境局与美国加州空气资源委员会昨日在上海举行了清洁空气合作协议签约仪式。", date(2019, 5, 20), "agreement"),
])
def test_the_parties_hold_the_signing_ceremony_of_an_instrument(text, page, kind):
    (got, parties, on), = signed(read(text, page))
    assert got == kind and len(parties) == 2 and on != "None"


@pytest.mark.parametrize("text", [
    "同日，中国科学技术部、国家能源局与美国能源部续签了《关于中美清洁能源联合研究中心的议定书》。",
    "会后，国家能源局与美国能源部签署了《关于化石能源合作的议定书》。",
])
def test_a_protocol_is_an_agreement(text):
    ms = signed(read(text, date(2014, 11, 12)))
    assert [k for k, _, _ in ms] == ["agreement"] and "U.S. Department of Energy" in ms[0][1]


@pytest.mark.parametrize("name, cop", [
    ("第二十八届联合国气候变化大会", "COP28"), ("第二十六届联合国气候变化大会", "COP26"),
    ("联合国气候变化格拉斯哥大会", "COP26"), ("联合国气候变化巴黎大会", "COP21"),
])
def test_a_un_climate_conference_by_its_edition_or_host_city(name, cop):
    assert known_event(name)["name"] == cop


@pytest.mark.parametrize("name", ["联合国气候变化大会", "第二十八届中国国际高新技术成果交易会", "北京气候大会"])
def test_no_edition_or_host_city_no_known_conference(name):
    assert known_event(name) is None


@pytest.mark.parametrize("traditional, english", [
    ("澳洲", "Australia"), ("紐西蘭", "New Zealand"), ("義大利", "Italy"), ("阿拉伯聯合大公國", "United Arab Emirates"),
    ("休士頓", "Houston"), ("桃園市", "Taoyuan"), ("杜拜", "Dubai"), ("三藩市", "San Francisco"),
])
def test_taiwan_and_hong_kong_place_names(traditional, english):
    from pactwatch.gazetteer import gazetteer
    from scrapers.extract.text import simplified

    s = simplified(traditional)
    assert (gazetteer().find_zh(s) or gazetteer().find_zh(s.removesuffix("市"))).name == english


@pytest.mark.parametrize("text, parties", [
    ("江苏、广东两省与美国加州6月19日共同签署了清洁能源合作备忘录。",
     ["Jiangsu Province", "Guangdong Province", "California"]),
    ("浙江、江苏两省6月19日签署了长三角生态环境合作协议。", ["Zhejiang Province", "Jiangsu Province"]),
    ("6月19日，广州、洛杉矶两市市长在广州共同签署了《友好城市绿色发展合作备忘录》。", ["Guangzhou", "Los Angeles"]),
])
def test_a_count_of_the_places_listed_is_no_part_of_a_name(text, parties):
    assert [p for _, p, _ in signed(read(text, date(2023, 6, 20)))] == [parties]
