"""Chinese round 8 (issue 17): the rules of the twenty-first web's failures and the fourteenth web's two gaps. Each
rule on two texts of its own (none is a sentence of a test web)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from test_zh_round4 import read, signed  # one reader for the Chinese rounds


def parties(text: str, page: date) -> list[list[str]]:
    return [p for _, p, _ in signed(read(text, page))]


def kinds(ms, kind: str) -> list[dict]:
    return [m.fields for m in ms if m.record_type == kind]


@pytest.mark.parametrize("text, expected", [
    ("5日，浙江省与德国巴符州签署新能源合作备忘录。", ["Zhejiang Province", "Baden-Württemberg"]),
    ("5日，山东省与加拿大萨斯喀彻温省签署友好合作备忘录。", ["Shandong Province", "Saskatchewan"]),
])
def test_a_foreign_region_by_its_chinese_name_full_or_short(text, expected):
    """German Länder (with the short forms 北威州, 巴符州), Canadian provinces and the like are places (places.yaml
    regions_zh), not unknown words or their country."""
    assert parties(text, date(2024, 4, 6)) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("5日，湖北省发展改革委与梅前州能源、基础设施和数字化部签署氢能合作备忘录。",
     "梅克伦堡-前波美拉尼亚州能源、基础设施和数字化部"),
    ("5日，湖北省发展改革委与德国梅克伦堡-前波美拉尼亚州能源、基础设施和数字化部签署氢能合作备忘录。",
     "梅克伦堡-前波美拉尼亚州能源、基础设施和数字化部"),
    ("5日，广西壮族自治区与德国萨克森州经济、劳动和交通部签署合作备忘录。", "萨克森州经济、劳动和交通部"),
])
def test_a_regions_ministry_named_by_its_portfolios_is_one_body_named_alike_however_the_region_is_written(
        text, expected):
    """"北威州经济、工业、气候保护和能源部": the list of portfolios ends on the ministry's head, one name (kept in
    Chinese: no table renders it); its region in the full form and no country, so two reports of one signing agree."""
    assert parties(text, date(2024, 4, 6))[0][1] == expected


@pytest.mark.parametrize("text, unit", [
    ("5日，上海电气旗下的电气风电与越南电力集团签署海上风电合作协议。", "电气风电"),
    # (三峡国际: the group's arm abroad, named in English by the alias data since the ninety-eighth web)
    ("三峡集团旗下的三峡国际，与巴西电力公司15日签署水电合作协议。", "China Three Gorges International Corporation"),
])
def test_the_unit_named_after_qixia_signs_also_as_a_clause_of_its_own(text, unit):
    """"A旗下(的)B与C签署": B is the party, kept as written; "A旗下的B，与C…签署": the clause before the bare 与
    names it."""
    assert parties(text, date(2024, 4, 16))[0][0] == unit


@pytest.mark.parametrize("text, firm", [
    ("海力风电与丹麦沃旭能源公司15日签署海上风电合作协议。", "海力风电"),
    ("禾望电气与西班牙伊维尔德罗拉公司15日在马德里签署储能合作协议。", "禾望电气"),
])
def test_a_firms_short_name_a_brand_and_its_trade_is_a_party(text, firm):
    assert parties(text, date(2024, 4, 16))[0][0] == firm


def test_a_phrase_shaped_like_a_firm_is_no_party():
    assert parties("人工智能与能源转型合作协议在京签署。", date(2024, 4, 16)) == []


@pytest.mark.parametrize("text, day", [
    ("（记者 李华）15日，成都市与德国巴伐利亚州签署低碳合作备忘录。", "2024-04-15"),
    ("本报讯（记者 王明 通讯员 张军）昨日，杭州市与德国巴伐利亚州签署低碳合作备忘录。", "2024-04-15"),
])
def test_a_byline_before_the_first_sentence_leaves_its_day_opening_it(text, day):
    (_, _, on), = signed(read(text, date(2024, 4, 16)))
    assert on == day


@pytest.mark.parametrize("text, day", [
    ("12日，第三届中国—东盟清洁能源合作论坛在南宁开幕。同日，广西壮族自治区与老挝能源和矿产部签署清洁能源合作备忘录。",
     "2024-04-12"),
    ("昨日，第三届中国—东盟清洁能源合作论坛在南宁开幕。签约仪式上，南宁市与泰国清迈府签署低碳城市合作备忘录。",
     "2024-04-15"),
])
def test_a_bare_day_or_yesterday_dates_a_later_same_day_signing(text, day):
    (_, _, on), = signed(read(text, date(2024, 4, 16)))
    assert on == day


@pytest.mark.parametrize("text, day", [
    ("第三届中国—东盟清洁能源合作论坛昨日在南宁揭幕，南宁市与泰国清迈府签署低碳城市合作备忘录。", "2024-04-15"),
    ("第三届中国—东盟清洁能源合作论坛今日在南宁开幕，南宁市与泰国清迈府签署低碳城市合作备忘录。", "2024-04-16"),
])
def test_an_event_held_yesterday_or_today_by_the_page(text, day):
    (ev,) = kinds(read(text, date(2024, 4, 16)), "event")
    assert str(ev["start_on"]) == day


def _article(title: str, text: str, page: date) -> list:
    return extract_mentions(Article(url="https://zh.example/news/8", source="zh", title=title, published_on=page,
                                    language="zh", text=text, fetched_at=datetime(2024, 1, 1)))


@pytest.mark.parametrize("title, text", [
    ("中国—东盟清洁能源合作论坛：南宁与清迈签署低碳备忘录",
     "12日，2024中国—东盟清洁能源合作论坛在南宁开幕。同日，南宁市与泰国清迈府签署低碳城市合作备忘录。"),
    ("清洁能源合作论坛开幕 南宁与清迈签署低碳备忘录",
     "12日，第三届清洁能源合作论坛在南宁开幕。同日，南宁市与泰国清迈府签署低碳城市合作备忘录。"),
])
def test_a_headlines_event_without_its_year_or_edition_is_the_bodys(title, text):
    names = {ev["name"] for ev in kinds(_article(title, text, date(2024, 4, 13)), "event")}
    assert len(names) == 1


@pytest.mark.parametrize("title, text", [
    ("浙江与巴符州签署氢能合作备忘录", "5日，浙江省发展改革委与德国巴登-符腾堡州环境、气候和能源部签署氢能合作备忘录。"),
    ("湖北与梅前州签署氢能合作备忘录", "5日，湖北省发展改革委与梅前州能源、基础设施和数字化部签署氢能合作备忘录。"),
])
def test_a_headline_naming_the_bodys_region_restates_the_bodys_signing(title, text):
    assert len(kinds(_article(title, text, date(2024, 4, 6)), "agreement")) == 1


@pytest.mark.parametrize("text, year, gw", [
    ("方案提出，到2025年全市非化石能源消费比重达到20%。到2030年，全市非化石能源消费比重达到25%，光伏发电装机容量达到"
     "500万千瓦。", 2030, "other"),
    ("规划印发实施。到2027年，全省可再生能源消费比重达到30%，风电、光伏发电总装机容量达到1.2亿千瓦以上。", 2027, "other"),
])
def test_a_plans_capacity_target_in_a_later_clause_of_its_year_clause(text, year, gw):
    ms = read("某省人民政府印发《某省碳达峰实施方案》。" + text, date(2024, 4, 6))
    assert any(c["commitment_type"] == gw and c["target_year"] == year for c in kinds(ms, "commitment"))


@pytest.mark.parametrize("text, pct", [
    ("德国承诺到2030年温室气体排放比1990年至少减少65%。", 65.0),
    ("英国承诺到2035年温室气体排放比1990年最少下降78%。", 78.0),
])
def test_a_cut_at_least_against_a_base_year_is_a_floor(text, pct):
    (c,) = kinds(read(text, date(2024, 4, 16)), "commitment")
    assert (c["base_year"], c["reduction_pct_min"], c["reduction_pct_max"]) == (1990, pct, None)


@pytest.mark.parametrize("text, page", [
    ("7月24日，第二十四次中国－欧盟领导人会晤在北京举行。", date(2023, 7, 25)),
    ("12月7日，第二十四次中国—欧盟领导人会晤在北京举行。", date(2023, 12, 8)),
])
def test_a_numbered_leaders_meeting_is_the_recurring_summit(text, page):
    from scrapers.extract.dates import DateContext
    from scrapers.extract.entities import find_entities
    from scrapers.extract.events import find_events

    (ev,) = find_events(text, find_entities(text), DateContext(page_date=page))
    assert (ev.name, ev.edition, ev.city) == ("EU-China Summit", 24, "Beijing")


@pytest.mark.parametrize("text", ["两国元首在北京举行会晤。", "双方在北京举行会谈并会见了记者。"])
def test_a_meeting_or_talks_alone_is_no_event(text):
    from scrapers.extract.dates import DateContext
    from scrapers.extract.entities import find_entities
    from scrapers.extract.events import find_events

    assert find_events(text, find_entities(text), DateContext(page_date=date(2023, 12, 8))) == []
