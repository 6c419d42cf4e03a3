"""Chinese summit results (round 14, the gaps the forty-fifth web left): an initiative (《…倡议》) several named cities
issue, a city no table knows in a list of known ones, 确保 before a target year, a share of vehicle output pledged,
a bare day told with 举办, a 成果清单 that opens inline, signings told on a gathering's 第一天, and Chinese cities whose
English name is no pinyin. Each rule on two texts written for the test, with what it leaves alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.summit_results_zh import listed_item


def mentions(text: str, kind: str, day: date = date(2024, 6, 20)) -> list:
    art = Article("http://127.0.0.1/p", "test", None, day, "zh", text, datetime(2024, 6, 21))
    return [m for m in extract_mentions(art) if m.record_type == kind]


def agreements(text: str, day: date = date(2024, 6, 20)) -> list[tuple]:
    return [(m.fields["agreement_type"], m.fields["parties"], m.fields["signed_on"])
            for m in mentions(text, "agreement", day)]


def pledges(text: str) -> list[tuple]:
    return sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"])
                  for m in mentions(text, "commitment"))


@pytest.mark.parametrize("text,parties", [
    ("6月18日，成都市、重庆市和昆明市共同发布《成渝昆城市低碳交通合作倡议》。", ["Chengdu", "Chongqing", "Kunming"]),
    ("会上，杭州市与新加坡共同签署《绿色城市伙伴倡议》，双方将在建筑节能领域开展合作。", ["Hangzhou", "Singapore"]),
])
def test_an_initiative_by_its_title_is_one_declaration_of_every_party(text, parties):
    got = agreements(text)
    assert [(k, p) for k, p, _ in got] == [("declaration", parties)]


@pytest.mark.parametrize("text", [
    "6月18日，成都市发布《成都市绿色低碳出行倡议》，倡导市民绿色出行。",  # one issuer: no agreement
    "两市将共同推进“一带一路”倡议框架下的绿色合作。",  # the Belt and Road Initiative, nothing signed
])
def test_an_initiative_of_one_party_or_none_signed_is_no_agreement(text):
    assert agreements(text) == []


@pytest.mark.parametrize("text,kept", [
    ("成都市、约翰内斯堡市、库里蒂巴市和喀山市共同签署《金砖城市绿色发展宣言》。", "库里蒂巴市"),
    ("厦门市、曼谷市和宿务市共同发表《海洋城市联合声明》。", "宿务市"),
])
def test_an_unknown_city_in_a_list_of_known_cities_is_kept_as_written(text, kept):
    (_, parties, _), = agreements(text)
    assert kept in parties and len(parties) >= 3


@pytest.mark.parametrize("text", [
    "成都市与各城市共同签署《城市气候合作宣言》。",  # 各城市: a kind of cities, no name
    "成都市与库里蒂巴市签署友好城市关系协议。",  # one known city only: no list of cities to go on with
])
def test_a_city_shape_alone_or_a_kind_of_cities_is_no_party(text):
    assert all(len(p) < 2 or all(x in {"Chengdu"} or not x.endswith("市") for x in p) for _, p, _ in agreements(text))


@pytest.mark.parametrize("text,want", [
    ("西宁市宣布，确保2025年清洁能源发电装机占比达到95%以上。", [("Xining", "renewable_share", 2025)]),
    ("兰州市提出，确保2030年非化石能源消费比重达到30%。", [("Lanzhou", "renewable_share", 2030)]),
])
def test_ensure_opens_a_target_year(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("柳州市承诺，力争到2027年全市新能源汽车产量占汽车总产量的60%以上。", [("Liuzhou", "other", 2027)]),
    ("合肥市提出，到2030年全市新能源汽车销量占比达到80%。", [("Hefei", "other", 2030)]),
])
def test_a_share_of_vehicle_output_pledged_is_an_other_target(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "2023年，柳州市新能源汽车产量占汽车总产量的比重已达到45%。",  # a result
    "截至2023年底，合肥市新能源汽车销量占比达到35%。",
])
def test_a_share_of_output_reached_is_no_pledge(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,page,want", [
    ("11月20日至22日，第二届城市绿色发展大会在桂林举行。大会期间，“绿色交通”分论坛于21日举办。桂林市与万象市在分论坛上签署"
     "合作备忘录。", date(2023, 11, 23), date(2023, 11, 21)),
    ("5月8日，低碳城市论坛在珠海开幕。论坛于9日闭幕。闭幕式上，珠海市与澳门特别行政区政府签署绿色低碳合作协议。",
     date(2023, 5, 10), date(2023, 5, 9)),
])
def test_a_bare_day_told_with_held_or_closed_dates_the_signing_after_it(text, page, want):
    assert [d for _, _, d in agreements(text, page)] == [want]


@pytest.mark.parametrize("text,want", [
    ("6月18日闭幕式上，各方签署了一批合作文件，成果清单如下：一、成都市与喀山市签署友好城市关系协议；二、四川省能源投资集团与"
     "巴西电力公司签署光伏项目合作协议；三、成都市与约翰内斯堡市签署低碳交通合作谅解备忘录。", 3),
    ("会上签署的合作文件如下：1、南宁市与万象市签署合作备忘录；2、广西能源集团与老挝国家电力公司签署合作协议。", 2),
])
def test_every_item_of_an_inline_list_of_signings_is_dated_and_apart(text, want):
    art = Article("http://127.0.0.1/p", "test", None, date(2024, 6, 20), "zh", "6月18日，绿色城市论坛在成都举行。" + text,
                  datetime(2024, 6, 21))
    got = [m for m in extract_mentions(art) if m.record_type == "agreement"]
    assert len(got) == want
    assert all(m.fields["signed_on"] == date(2024, 6, 18) for m in got)
    assert all(m.hints.get("further") for m in got)


def test_a_numbered_task_list_is_no_list_of_signings():
    assert not listed_item("《方案》提出：一、加快发展新能源；二、推进节能改造。")


@pytest.mark.parametrize("text,want,title", [
    ("9月3日至5日，城市气候峰会在厦门举行。峰会第一天，厦门市、曼谷市和新加坡共同发布《海洋城市低碳发展倡议》。",
     date(2024, 9, 3), "海洋城市低碳发展倡议"),
    ("4月10日至12日，气候合作论坛在贵阳举办。论坛第一天，与会城市共同通过《山地城市气候宣言》。贵阳市、昆明市和加德满都市"
     "市长共同签署宣言。", date(2024, 4, 10), "山地城市气候宣言"),
])
def test_a_signing_on_the_first_day_is_dated_with_the_gathering_s_first_day(text, want, title):
    got = mentions(text, "agreement", want.replace(day=20))
    assert [(m.fields["signed_on"], m.fields["title"]) for m in got] == [(want, title)]


@pytest.mark.parametrize("text,want", [
    ("呼和浩特市在论坛上宣布，确保到2025年全市新能源装机规模达到1500万千瓦。", [("Hohhot", "other", 2025)]),
    ("乌鲁木齐市提出，力争2028年前实现碳达峰。", [("Ürümqi", "emissions_peak", 2028)]),
])
def test_chinese_cities_with_non_pinyin_english_names_are_known(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,page,city", [
    ("9月3日至5日，城市气候峰会在厦门举行。峰会第一天，厦门市、曼谷市和新加坡共同发布《海洋城市低碳发展倡议》。",
     date(2024, 9, 6), "Xiamen"),
    ("6月18日至19日，绿色城市论坛在成都举行。6月19日闭幕式上，各方签署了一批合作文件，成果清单如下：一、成都市与喀山市签署"
     "友好城市关系协议；二、四川省能源投资集团与巴西电力公司签署光伏项目合作协议。", date(2024, 6, 20), "Chengdu"),
])
def test_a_signing_told_at_the_gathering_without_an_anaphor_of_its_own_is_where_it_was_held(text, page, city):
    got = mentions(text, "agreement", page)
    assert got and all(m.fields["city"] == city for m in got)
