"""Research institutions and companies named in Chinese (issue 17, the seventy-eighth web): each party named whole
and as the text or the tables name it.

* a unit named after its parent ("…大学冶金与能源工程学院", "…大学能源与环境研究中心", "…大学尔湾分校") is one name, never
  cut at 与 into the parent and a headless rest (scrapers/extract/units_zh.py); "清华大学与能源研究院" stays two;
* a bracketed English gloss holding a comma ("（University of California, Irvine）", "（…Center，EERC）") names the
  Chinese name before it (scrapers/extract/gloss_lists.py);
* a company said again by its trade name ("澜启氢能" after "江苏泰州澜启氢能科技有限公司") is the same party
  (scrapers/extract/company_short_zh.py);
* a party described, not named ("泰州一氢能企业", "美国、德国科研机构") is no party (scrapers/extract/descriptions_zh.py);
* "访问期间，A与B签署…" is dated by the sentence before that dates the visit (scrapers/extract/visit_days_zh.py).
The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def agreements(text: str, day: date = date(2025, 3, 12)) -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", None, day, "zh", text, datetime(2025, 3, 13))
    return [m.fields for m in extract_mentions(art) if m.record_type == "agreement"]


def parties(text: str) -> list[list[str]]:
    return [f["parties"] for f in agreements(text)]


@pytest.mark.parametrize("text,want", [
    ("3月10日，兰州交通大学交通运输与物流学院与美国普林斯顿大学签署合作备忘录。",
     [["兰州交通大学交通运输与物流学院", "普林斯顿大学"]]),
    ("3月10日，贵州大学资源与环境工程学院和美国俄勒冈州立大学签署了联合研究协议。",
     [["贵州大学资源与环境工程学院", "俄勒冈州立大学"]]),
    ("3月10日，广西大学与美国亚利桑那大学水资源与环境研究中心签署合作协议。",
     [["Guangxi University", "美国亚利桑那大学水资源与环境研究中心"]]),
])
def test_a_unit_with_and_inside_its_name_is_one_party(text, want):
    assert parties(text) == want


@pytest.mark.parametrize("text,want", [
    # (the country before a state's name only says where it lies: country_prefixes_zh)
    ("3月10日，湖南大学与美国加州大学圣克鲁兹分校签署合作备忘录。", "加州大学圣克鲁兹分校"),
    ("3月10日，湖南大学与美国威斯康星大学密尔沃基分校签署合作备忘录。", "美国威斯康星大学密尔沃基分校"),
])
def test_a_campus_is_one_party_not_its_system_and_a_city(text, want):
    got = parties(text)
    assert len(got) == 1 and got[0][1:] == [want]


@pytest.mark.parametrize("text,want", [
    ("3月10日，清华大学与能源研究院签署合作协议。", [["Tsinghua University", "能源研究院"]]),
    ("3月10日，清华大学今日与电力学院签署合作协议。", [["Tsinghua University", "电力学院"]]),
])
def test_two_names_joined_at_and_stay_two(text, want):
    assert parties(text) == want


@pytest.mark.parametrize("text,want", [
    ("3月10日，合肥新源储能科技有限公司与美国加州大学圣巴巴拉分校（University of California, Santa Barbara）签署联合研发协议。",
     "University of California, Santa Barbara"),
    ("3月10日，山东大学与美国西北大学能源与可持续发展研究中心（Institute for Sustainability and Energy，ISEN）签署合作协议。",
     "Institute for Sustainability and Energy"),
])
def test_a_gloss_holding_a_comma_names_the_party(text, want):
    got = parties(text)
    assert len(got) == 1 and got[0][-1] == want and len(got[0]) == 2


def test_a_company_said_again_by_its_trade_name_is_the_same_party():
    text = ("3月10日，浙江嘉兴禾川光储科技有限公司与韩国首尔大学签署光伏合作协议。"
            "同日，禾川光储还与德国亚琛工业大学签署了储能合作谅解备忘录。")
    got = parties(text)
    assert len(got) == 2 and got[1][0] == "浙江嘉兴禾川光储科技有限公司"
    text = ("3月10日，四川绵阳中科锂源技术有限公司与美国犹他州立大学签署合作协议。"
            "中科锂源同日还与日本东北大学签署了合作备忘录。")
    got = parties(text)
    assert len(got) == 2 and all(g[0] == "四川绵阳中科锂源技术有限公司" for g in got)


@pytest.mark.parametrize("text", [
    "嘉兴一储能企业与英国、法国科研机构签约",
    "苏州一家新能源公司与德国一所高校签署合作协议。",
])
def test_a_described_party_names_no_one(text):
    assert parties(text) == []


def test_a_named_company_with_one_in_its_name_is_still_named():
    assert parties("3月10日，中国一汽与德国大众签署合作协议。") == [["China FAW Group", "德国大众"]]


@pytest.mark.parametrize("text,day", [
    ("3月9日，美国阿贡国家实验室代表团访问我校。访问期间，湖北省储能材料重点实验室与阿贡国家实验室在武汉签署合作协议。",
     date(2025, 3, 9)),
    ("3月8日，德国于利希研究中心代表团到访我院。此次访问期间，中国科学院工程热物理研究所与于利希研究中心签署了氢能技术合作谅解备忘录。", date(2025, 3, 8)),
])
def test_a_signing_during_the_visit_takes_the_visit_day(text, day):
    got = agreements(text)
    assert got and got[0]["signed_on"] == day


def test_a_visit_of_several_days_dates_no_signing_during_it():
    # "访问期间" after a visit told over 11-13 June and a meeting on the 12th: which day it was signed is not told
    from tests.scrapers.extract.story_records import records
    text = ("6月11日至13日，美国某州州长率团访问吉林。\n12日上午，省长在长春与其举行会谈。\n"
            "访问期间，吉林大学与普渡大学签署清洁能源联合研究合作备忘录。")
    [agreement] = records(text, "agreement", date(2024, 6, 14))
    assert agreement["signed_on"] is None
