"""Digest and roundup pages (issue 17, scrapers/extract/digest_items.py): the items of "In brief", a newsletter issue,
简讯 or 一周要闻 are each a story of their own, each rule shown on two texts written for this test, negatives beside:
an item opens with a bullet and its own day ("■ 3月2日，…", "——3月5日，…"), a bracketed heading ("【淮北】"), a
short capitalised lead-in ("Reno and Yichun. RENO, Nev., ..."); an item's dateline dates its signing; a plan's list
("——到2025年，…"), one marked line or ordinary prose is no digest."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.digest_items import digest_items


def agreements(text: str, language: str, day: date) -> list[dict]:
    art = Article("http://127.0.0.1/a", "test", None, day, language, text, datetime(2024, 12, 1))
    return [m.fields for m in extract_mentions(art) if m.record_type == "agreement"]


# --- item boundaries ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,count,first", [
    ("■ 3月2日，淮北市与美国奥马哈市签署友好城市合作备忘录。\n■ 3月5日，该市召开会议。", 2, "■ 3月2日"),
    ("本周要闻\n——11月4日，鹤壁市举行论坛。\n——11月6日，双方签署协议。", 3, "本周要闻"),
    ("【淮北】3月2日，淮北市召开会议。\n【鹤壁】3月3日，鹤壁市召开会议。", 2, "【淮北】"),
    ("View online\nReno and Yichun. RENO, Nev., May 2, 2024 — Reno signed an MOU.\nSalem. The council met.", 3,
     "View online"),
])
def test_items_of_a_digest(text, count, first):
    items = digest_items(text)
    assert items is not None and len(items) == count and items[0].startswith(first)


def test_a_lead_in_before_a_dateline_goes_on_a_line_of_its_own():
    items = digest_items("Reno and Yichun. RENO, Nev., May 2, 2024 — Reno signed an MOU.\nSalem. The council met.")
    assert items[0] == "Reno and Yichun.\nRENO, Nev., May 2, 2024 — Reno signed an MOU."


@pytest.mark.parametrize("text", [
    "——到2025年，全市可再生能源装机达到500万千瓦。\n——到2030年，单位地区生产总值能耗持续下降。",  # a plan's list
    "■ 3月2日，淮北市与美国奥马哈市签署友好城市合作备忘录。\n3月5日，该市召开会议。",  # one marked line
    "Mr. Smith said the deal was signed. Dr. Li agreed.\nMr. Wang spoke next.",  # titles, no lead-ins
    "The mayor spoke.\nThe council met on May 3.",
])
def test_no_digest(text):
    assert digest_items(text) is None


# --- an item's dateline dates its signing; the next item's "the two sides" signs nothing --------------------------
@pytest.mark.parametrize("text,day,parties,signed,city", [
    ("Reno and Yichun. RENO, Nev., May 2, 2024 — Reno signed a memorandum of understanding with Yichun on geothermal "
     "heating.\nHarbin Forum. On May 3, 2024, the two sides also signed a climate agreement at the Harbin forum.\n",
     date(2024, 5, 6), ["Reno", "Yichun"], date(2024, 5, 2), "Reno"),
    ("Spring roundup\nOmaha and Huaibei. OMAHA, Neb., March 4, 2024 — Omaha signed a sister-city climate agreement "
     "with Huaibei.\nSalem. The two sides will meet again in June.\n", date(2024, 3, 8), ["Omaha", "Huaibei"],
     date(2024, 3, 4), "Omaha"),
])
def test_an_items_dateline_dates_its_signing(text, day, parties, signed, city):
    rows = agreements(text, "en", day)
    assert [(r["parties"], r["signed_on"], r["city"]) for r in rows] == [(parties, signed, city)]


@pytest.mark.parametrize("text,day,parties,signed", [
    ("■ 3月2日，淮北市与美国奥马哈市签署友好城市合作备忘录。\n■ 3月5日，第三届湖滨论坛在合肥举行，双方还签署了气候合作协议。",
     date(2024, 3, 6), ["Huaibei", "Omaha"], date(2024, 3, 2)),
    ("【鹤壁】11月4日，鹤壁市与美国里诺市签署气候合作备忘录。\n【许昌】11月6日，许昌市召开大会，双方签署了合作协议。",
     date(2024, 11, 8), ["Hebi", "里诺市"], date(2024, 11, 4)),  # an unknown name stays as written
])
def test_chinese_items_keep_their_own_parties(text, day, parties, signed):
    rows = agreements(text, "zh", day)
    assert [(r["parties"], r["signed_on"]) for r in rows] == [(parties, signed)]


def test_a_headline_lists_tags_open_no_items():
    # a portal's list of headlines with 【回顾】/【转载】 tags is no digest: no item opens without a place or a day
    text = ("【回顾】中丹以视频方式签署环境保护和气候变化两份合作谅解备忘录\n"
            "【转载】中国能建国际集团与苏伊士运河经济区签署绿氢绿氨项目框架协议\n"
            "2023世界友城论坛暨友好省州领导人大会在济南开幕 多对省州城市集中签约")
    assert digest_items(text) is None


@pytest.mark.parametrize("text", [
    # a court story's people named with a middle initial (a wire's): no lead-in headings
    "A man pleaded guilty Monday to making threats.\nPatrick W. Carlineo Jr., 55, of Addison, was arrested in March.\n"
    "James P. Kennedy Jr., the U.S. Attorney, said the case was closed.",
    # an itinerary's starred lines inside one story (a city news site's): a list, not briefs
    "邮轮母港开港时间定了。\n★11月25日是前往宫古岛及冲绳的5晚6天旅程；\n★11月30日出发，到岘港体验东南亚风情；",
])
def test_a_list_inside_one_story_is_no_digest(text):
    assert digest_items(text) is None
