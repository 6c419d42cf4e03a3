"""A Chinese story of a signing session (签约活动, 签约仪式) held on a day, then its signings one by one without a
date ("A与B签署了…意向书"): each was signed there, that day. Not a signing told as earlier (此前, 回顾, 曾), nor one
after another day is named, nor one far down the story."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def signings(text: str, day: date = date(2023, 8, 26)) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, day, "zh", text, datetime(2023, 8, 27))
    return [(m.fields["parties"][-1], m.fields["signed_on"], m.fields["city"])
            for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,want", [
    ("25日，博览会能源合作签约活动在长春东北亚国际博览中心举行。签约活动上，吉林省能源局与韩国能源公团签署了《清洁能源合作谅解"
     "备忘录》。长春市城市发展投资控股（集团）有限公司与丹麦维斯塔斯风力技术公司签署了风电装备合作意向书。",
     [("韩国能源公团", date(2023, 8, 25), "Changchun"),
      ("丹麦维斯塔斯风力技术公司", date(2023, 8, 25), "Changchun")]),
    ("8日，绿色能源项目集中签约仪式在西安举行。陕西省能源局与德国莱茵集团签署了氢能合作框架协议。西安市与丹麦哥本哈根市签署了"
     "低碳城市合作备忘录。",
     [("德国莱茵集团", date(2023, 8, 8), "Xi’an"), ("Copenhagen", date(2023, 8, 8), "Xi’an")]),
])
def test_signings_listed_after_a_session_held_on_a_day_are_that_days(text, want):
    assert signings(text, want[0][1] + timedelta(days=1)) == want


@pytest.mark.parametrize("text", [
    # told as earlier
    "8日，绿色能源项目集中签约仪式在西安举行。此前，西安市与丹麦哥本哈根市已签署低碳城市合作备忘录。",
    # another day named in between
    "8日，绿色能源项目集中签约仪式在西安举行。9日，代表团前往宝鸡考察。西安市与丹麦哥本哈根市签署了低碳城市合作备忘录。",
])
def test_a_signing_told_as_earlier_or_after_another_day_is_not_the_sessions(text):
    assert [s[1] for s in signings(text, date(2023, 8, 10))] == [None]


def test_a_lede_signing_several_documents_in_a_city_places_the_listed_items():
    text = ("4月9日，某集团与老挝有关方面在万象签署三项能源合作文件。此次签署的合作文件包括：\n"
            "1．中国华能集团有限公司与老挝国家电力公司签署《水电站合作协议》；\n"
            "2．中国华能集团有限公司与老挝能源与矿产部签署《光伏项目合作备忘录》。")
    got = signings(text, date(2024, 4, 10))
    assert [(d, c) for _, d, c in got] == [(date(2024, 4, 9), "Vientiane")] * 2
    # a count of documents with no place told: no place lent
    text = ("4月9日，某集团签署三项能源合作文件。此次签署的合作文件包括：\n"
            "1．中国华能集团有限公司与老挝国家电力公司签署《水电站合作协议》；\n"
            "2．中国华能集团有限公司与老挝能源与矿产部签署《光伏项目合作备忘录》。")
    assert [c for _, _, c in signings(text, date(2024, 4, 10))] == [None, None]
