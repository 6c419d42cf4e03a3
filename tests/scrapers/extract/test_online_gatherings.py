"""Gatherings held online, in a city and online, or in several places at once, and the signings made at them
(scrapers/extract/online_gatherings.py, remote_signing_zh.py): one event with the main venue's city (none for one
held only online), and a signing made at a distance named with its true parties and with no gathering's city."""
from __future__ import annotations

from datetime import date

import pytest
from story_records import records

from scrapers.extract.online_gatherings import signed_remotely
from scrapers.extract.remote_signing_zh import blank_manner


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2025, 12, 1))]


# --- a remote signing's manner is no verb and no part of a party ----------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("11月8日，绍兴市与美国里士满市以云签约方式签署了绿色建筑合作备忘录。", ["Shaoxing", "Richmond"]),
    ("10月20日，嘉兴市与德国汉堡市以视频签约的形式签订了港口低碳合作协议。", ["Jiaxing", "Hamburg"]),
    ("9月3日，潍坊市与美国雷诺市云签约新能源合作备忘录。", ["Weifang", "Reno"]),
])
def test_remote_signing_manner_is_no_part_of_a_party(text, want):
    assert _parties(text) == [want]


def test_blanking_keeps_offsets_and_the_verb():
    s = "甲市与乙市以云签约方式签署了合作备忘录"
    out = blank_manner(s)
    assert len(out) == len(s) and "签署" in out and "云签约" not in out
    assert blank_manner("甲市与乙市云签约合作备忘录").count("签约") == 1  # 签约 itself the verb: only 云 goes
    assert blank_manner("甲市与乙市签署了合作备忘录") == "甲市与乙市签署了合作备忘录"


# --- a 云论坛 is an event only where something was signed at it ------------------------------------------------------
def test_cloud_forum_with_a_signing_is_an_event_without_a_city():
    text = ("11月8日，2025中美绿色建筑云论坛以视频方式举行。论坛期间，绍兴市与美国里士满市以云签约方式签署了绿色建筑合作备忘录。"
            "根据备忘录，双方将在近零能耗建筑领域开展交流。")
    evs = records(text, "event", date(2025, 11, 9))
    assert [(e["name"], e["city"], e["country"]) for e in evs] == [("2025中美绿色建筑云论坛", None, None)]


def test_cloud_forum_with_nothing_signed_is_no_event():
    text = "11月8日，2025中美绿色建筑云论坛以视频方式举行。来自两国的专家围绕近零能耗建筑进行了交流。"
    assert records(text, "event", date(2025, 11, 9)) == []


# --- the main venue (主会场) is the gathering's city -----------------------------------------------------------------
@pytest.mark.parametrize("text,city", [
    ("5月9日，2025中欧城市零碳发展论坛开幕。论坛主会场位于成都，分会场位于德国汉堡和法国里昂。绍兴市与里昂市签署了零碳城市合作备忘录。",
     "Chengdu"),
    ("10月12日，第三届中美港口绿色发展大会在嘉兴分会场和宁波同时开幕，主会场设在宁波国际会议中心。嘉兴市与美国萨凡纳市签署了绿色港口合作协议。",
     "Ningbo"),
])
def test_main_venue_is_the_gatherings_city(text, city):
    assert [e["city"] for e in records(text, "event", date(2025, 10, 13))] == [city]


def test_a_next_sentence_of_another_subject_names_no_main_venue():
    text = ("5月9日，2025中欧城市零碳发展论坛在汉堡开幕。展览会主会场位于成都。绍兴市与汉堡市签署了零碳城市合作备忘录。")
    assert [e["city"] for e in records(text, "event", date(2025, 5, 10))] == ["Hamburg"]


def test_a_main_venue_for_each_side_gives_no_city():
    # two main venues, one in each country: which is "the" city is not told (precision first)
    text = ("6月5日，2025中美地方气候对话以视频连线方式举行，中方主会场设在宁波，美方主会场设在萨凡纳。宁波市与萨凡纳市签署了港口减排合作备忘录。")
    assert [e["city"] for e in records(text, "event", date(2025, 6, 6))] == [None]


# --- a signing made at a distance takes no gathering's city ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "6月25日，第二届中美清洁能源合作大会开幕。大会主会场设在宁波。大会期间，嘉兴市与美国萨凡纳市通过视频连线签署了港口合作协议。",
    "The Great Lakes-Yangtze Water Forum opened in Cleveland on May 4, 2025. During the forum, Toledo and Wuhu signed a "
    "memorandum of understanding on lake restoration by video link.",
])
def test_remote_signing_at_a_gathering_takes_no_city(text):
    ags = records(text, "agreement", date(2025, 6, 26))
    assert len(ags) == 1 and ags[0]["city"] is None


@pytest.mark.parametrize("quote,want", [
    ("Shreveport and Huai'an signed virtually a memorandum", True),
    ("the two cities signed the agreement via video conference", True),
    ("台州市与美国杰克逊维尔市通过视频连线签署了港口清洁能源合作协议", True),
    ("Hartford and Suqian signed a memorandum, with Suqian's vice mayor joining by video link from China", False),
    ("嘉兴市与汉堡市在嘉兴签署了港口合作协议", False),
    ("Toledo and Wuhu signed an agreement to build online platforms for water data", False),
])
def test_signed_remotely(quote, want):
    assert signed_remotely(quote) is want
