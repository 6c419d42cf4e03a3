"""Chinese pages at prefecture and county level (round 16, the gaps the fifty-third web left): a county government no
table knows (its name opening on a function word: 于都县, 和平县), a State Grid city unit after it, a foreign town on
镇, a ceremony "举行…签约仪式" after the parties, a plan issued by a notice or at a press conference (the issuer from
the title's head) with its targets under 主要目标： or for 全县, and a city described as its country's "第二大城市".
Each rule on two texts written for the test, with what it leaves alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.foreign_towns_zh import foreign_town


def mentions(text: str, kind: str) -> list:
    art = Article("http://127.0.0.1/p", "test", None, date(2024, 6, 20), "zh", text, datetime(2024, 6, 21))
    return [m for m in extract_mentions(art) if m.record_type == kind]


def parties(text: str) -> list[list[str]]:
    return [m.fields["parties"] for m in mentions(text, "agreement")]


def pledges(text: str) -> list[tuple]:
    return sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"])
                  for m in mentions(text, "commitment"))


@pytest.mark.parametrize("text,county,other", [
    ("3月5日，于都县人民政府与国网赣州供电公司正式签约，双方将共建新型电力系统。", "于都县", "国网赣州供电公司"),
    ("5月9日，和平县与国网河源供电公司签署绿色低碳发展战略合作协议。", "和平县", "国网河源供电公司"),
])
def test_a_county_government_is_kept_as_written_with_its_counterpart(text, county, other):
    assert parties(text) == [[county, other]]


@pytest.mark.parametrize("text", [
    "3月5日，全县与国网赣州供电公司正式签约，双方将共建新型电力系统。",  # 全县: no county's name
    "5月9日，该县与国网河源供电公司签署绿色低碳发展战略合作协议。",
])
def test_a_deictic_county_is_no_party(text):
    assert not any(p.endswith("县") for ps in parties(text) for p in ps)


@pytest.mark.parametrize("text,town", [
    ("10月20日，于都县与意大利科尔蒂纳镇签署《绿色能源合作备忘录》。", "科尔蒂纳镇"),
    ("4月2日，和平县与法国沙莫尼镇举行低碳旅游合作签约仪式，双方签署《共建低碳山区合作备忘录》。", "沙莫尼镇"),
])
def test_a_foreign_town_is_the_party_not_its_country(text, town):
    got = parties(text)
    assert got and all(town in ps and not any(p in {"Italy", "France"} for p in ps) for ps in got)


def test_a_kind_of_town_is_no_town_s_name():
    assert foreign_town("科尔蒂纳镇") and not foreign_town("特色小镇") and not foreign_town("示范镇")


@pytest.mark.parametrize("text,actor", [
    ("各县（市、区）人民政府：现将《泉州市碳达峰实施方案》印发给你们，请认真贯彻执行。主要目标：到2025年，全市"
     "非化石能源消费比重达到30%，力争2028年前实现碳达峰。", "Quanzhou"),
    ("6月1日，于都县召开新闻发布会，发布《于都县碳达峰实施方案》。方案提出，到2025年，全县光伏装机容量达到20万千瓦；"
     "力争2029年前实现碳达峰。", "于都县"),
])
def test_a_plan_issued_by_notice_or_press_conference_is_the_title_s_place(text, actor):
    got = pledges(text)
    assert got and all(a == actor for a, _, _ in got)
    assert ("emissions_peak" in {k for _, k, _ in got})


def test_the_county_plan_s_capacity_target_is_read():
    text = ("6月1日，于都县召开新闻发布会，发布《于都县碳达峰实施方案》。方案提出，到2025年，全县光伏装机容量达到20万千瓦；"
            "力争2029年前实现碳达峰。")
    assert ("于都县", "other", 2025) in pledges(text)


@pytest.mark.parametrize("text", [
    "现将《泉州市碳达峰实施方案》印发给你们。国家提出，力争2030年前实现碳达峰，努力争取2060年前实现碳中和。",
    "6月1日，于都县发布《于都县碳达峰实施方案》。“十三五”期间，全县单位地区生产总值二氧化碳排放下降了18.2%。"
    "预计到2025年，全县新能源汽车保有量将达到2万辆。",
])
def test_national_targets_cited_achievements_and_forecasts_are_no_plan_target(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,actor", [
    ("奥胡斯市是丹麦第二大城市，已提出2030年实现碳中和的目标。", "Århus"),
    ("卑尔根市是挪威第二大城市，承诺2030年实现碳中和。", "Bergen"),
])
def test_a_city_described_as_its_country_s_rank_is_the_only_actor(text, actor):
    assert pledges(text) == [(actor, "carbon_neutrality", 2030)]


@pytest.mark.parametrize("text", [
    "此外，固原市人民政府与某置业集团签署城市更新和商业综合体开发合作协议。",
    "5月6日，于都县人民政府与赣南某地产集团签署房地产开发合作协议。",
])
def test_a_real_estate_instrument_is_another_field(text):
    # (a government and a company now read as two names: "…人民政府与某置业集团" had been one, which hid these)
    assert parties(text) == []


def test_an_energy_instrument_with_a_property_group_is_kept():
    assert parties("5月6日，固原市人民政府与宁夏某地产集团签署分布式光伏合作协议。") == [["Guyuan", "宁夏某地产集团"]]
