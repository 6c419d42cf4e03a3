"""New sister-city pairs listed after their count ("此次新增的3对友好城市分别为A与B、C与D、E与F",
scrapers/extract/sister_pairs_zh.py): one agreement per pair, dated by the signing the story told; and a gathering's
opening and closing told in one sentence ("15日开幕，昨日闭幕", scrapers/extract/closing_days_zh.py): its last day, the
day a later "当日" means. Texts of our own, in Simplified and Traditional script."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.closing_days_zh import closing_told_day
from scrapers.extract.sister_pairs_zh import listed_pairs
from story_records import records

DAY = date(2022, 9, 22)
OPENED = "为期两天的2022中国—中东欧地方领导人会议20日在宁波开幕，昨日闭幕。在当日举行的签约仪式上，我国新增3对友好城市。"


def rows(text: str) -> list[tuple[list[str], date | None]]:
    return [(r["parties"], r["signed_on"]) for r in records(text, "agreement", day=DAY)]


@pytest.mark.parametrize("pairs", [
    "此次新增的3对友好城市分别为宁波市与匈牙利佩奇市、嘉兴市与捷克奥洛穆克市、湖州市与波兰卢布林市。",
    "此次新結好的3對友好城市（省州）分別是寧波市與匈牙利佩奇市、嘉興市與捷克奧洛穆克市、湖州市與波蘭盧布林市。",
])
def test_each_listed_new_pair_is_an_agreement_of_the_signing_day(pairs):
    got = rows(OPENED + pairs)
    assert [p for p, _ in got] == [["Ningbo", "Pécs"], ["Jiaxing", "奥洛穆克市"], ["Huzhou", "Lublin"]]
    assert {d for _, d in got} == {date(2022, 9, 21)}


@pytest.mark.parametrize("text", [
    "新增的友好城市分别为宁波市、嘉兴市和湖州市。",  # places, no pairs
    "今年以来，我市新增友好城市分别为匈牙利佩奇市与捷克奥洛穆克市两个。",  # one item only
])
def test_a_list_without_pairs_is_left_as_it_is(text):
    assert listed_pairs(text) == text


def test_a_pairs_list_of_relations_already_held_is_no_signing():
    assert rows("目前，我省友好城市分别为浙江省与匈牙利巴兰尼亚州、宁波市与匈牙利佩奇市。") == []


@pytest.mark.parametrize("sentence,want", [
    ("为期两天的博览会20日在宁波开幕，昨日闭幕。", date(2022, 9, 21)),
    ("博览会20日上午在宁波开幕，21日下午在宁波圆满闭幕。", date(2022, 9, 21)),
    ("博览会今日闭幕。", None),  # no opening told: closing_day (event_rules) reads it
    ("博览会20日在宁波开幕，将于下月闭幕。", None),
    ("博览会20日在宁波开幕。", None),
])
def test_the_closing_day_after_the_opening(sentence, want):
    assert closing_told_day(sentence, DAY, date(2022, 9, 20)) == want


def test_the_gathering_ends_on_its_told_closing_day():
    got = records("为期两天的2022中国—中东欧地方领导人会议20日在宁波开幕，昨日闭幕。会上，宁波市与匈牙利佩奇市签署友好城市协议书。",
                  "event", day=DAY)
    assert [(r["start_on"], r["end_on"]) for r in got] == [(date(2022, 9, 20), date(2022, 9, 21))]
