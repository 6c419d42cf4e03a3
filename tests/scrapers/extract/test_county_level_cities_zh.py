"""Chinese county-level and prefecture cities the gazetteer reads by the names cpca's list gives (pactwatch.zh_city_names):
a signing in such a city, and the city or its government as a party (state_short_cities_zh.government_place keeps the 市
of a city read only with it). Words that hold such a name are no city. The texts are our own."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def agreements(text: str) -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 6, 20), "zh", text, datetime(2025, 6, 21))
    return [m.fields for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,city", [
    ("6月18日，常熟市与德国埃尔朗根市签署气候合作备忘录。", "Changshu"),
    ("6月18日，明光市与美国马萨诸塞州洛厄尔市签署了绿色建筑合作协议。", "Mingguang"),
    ("6月18日，寿光市人民政府与中国华能集团签署新能源战略合作协议。", "Shouguang"),
    ("6月18日，胶州市政府与青岛理工大学签署碳中和合作协议。", "Jiaozhou"),
    ("铜仁市与贵州省能源局日前签署可再生能源合作协议。", "Tongren"),
])
def test_a_county_level_or_small_prefecture_city_is_a_party(text, city):
    assert any(city in a["parties"] for a in agreements(text))


def test_the_city_a_signing_is_held_in():
    found = agreements("6月18日，公主岭市人民政府在公主岭市与吉林电力签署风电项目协议。")
    assert found and found[0]["city"] == "Gongzhuling" and found[0]["country"] == "CN"
    assert [e.name for e in find_entities("签约仪式在长治举行。")] == ["Changzhi"]  # a large prefecture city, bare


@pytest.mark.parametrize("text", [
    "两地将加强合作市场开拓。",  # 合作市 (Hezuo) in 合作市场: its stem is "cooperation"
    "加强合作市县建设。",
    "中韩城市合作论坛在北京举行。",  # 韩城市 (Hancheng) in 中韩城市
    "我国新兴城市发展迅速。",  # 兴城市 (Xingcheng) in 新兴城市
    "常熟的企业代表出席了会议。",  # a county-level city is read only with its 市
])
def test_a_word_holding_a_city_name_is_no_city(text):
    assert not [e for e in find_entities(text) if e.kind == "city" and e.country == "CN" and e.name != "Beijing"]
