"""Chinese plans, pledges and gatherings (round 12, the gaps the thirty-eighth web left): several actors' years told
"分别于" in one sentence, a plan still being drafted or out for comment, a goal the targets lay the ground for, a cut
against the peak, stock targets (保有量, 累计建成) and a gathering's close told in a later sentence or by its length.
Each rule on two texts written for the test, with what it leaves alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def mentions(text: str, kind: str, day: date = date(2023, 6, 20)) -> list:
    art = Article("http://127.0.0.1/p", "test", None, day, "zh", text, datetime(2023, 6, 21))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]


def pledges(text: str) -> list[tuple]:
    return sorted((f["actor"], f["commitment_type"], f["target_year"], f["reduction_pct_min"])
                  for f in mentions(text, "commitment"))


@pytest.mark.parametrize("text,want", [
    ("宜春市、萍乡市提出，分别于2027年和2029年前实现碳达峰。",
     [("Pingxiang", "emissions_peak", 2029, None), ("Yichun", "emissions_peak", 2027, None)]),
    ("会上，中国铝业集团和鞍钢集团表示，将分别于2024年和2026年前实现碳达峰。",
     [("中国铝业集团", "emissions_peak", 2024, None), ("鞍钢集团", "emissions_peak", 2026, None)]),
])
def test_each_actor_its_own_year_told_respectively(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "《赣州市碳达峰实施方案》正在编制，将提出力争2028年前实现碳达峰的目标。",
    "《湖南省建材行业碳达峰实施方案（征求意见稿）》提出，到2025年，全省非化石能源消费比重达到22%。",
])
def test_a_plan_being_drafted_pledges_nothing(text):
    assert pledges(text) == []


def test_an_actor_drafting_a_plan_may_still_pledge():
    got = pledges("中国中化表示，正在制定碳达峰行动方案，力争于2028年实现碳排放达峰。")
    assert [(k, y) for _, k, y, _ in got] == [("emissions_peak", 2028)]


@pytest.mark.parametrize("text,want", [
    ("《方案》提出，到2025年，全省非化石能源消费比重达到20%，为实现碳达峰奠定坚实基础。",
     [("Jiangxi", "renewable_share", 2025, None)]),
    ("江西省提出，到2025年，全省单位地区生产总值二氧化碳排放比2020年下降18%，为2030年前碳达峰打下基础。",
     [("Jiangxi", "emissions_reduction", 2025, 18.0)]),
])
def test_a_goal_the_targets_lay_the_ground_for_is_no_peak(text, want):
    got = pledges("江西省人民政府印发《江西省碳达峰实施方案》。" + text)
    assert [g for g in got if g[1] == "emissions_peak"] == [] and [g[1:] for g in got] == [w[1:] for w in want]


@pytest.mark.parametrize("text,pct", [
    ("中国建材集团提出，2040年碳排放总量较峰值降低35%。", 35.0),
    ("宝钢股份宣布，力争2035年碳排放较达峰年下降30%。", 30.0),
])
def test_a_cut_against_the_peak(text, pct):
    got = pledges(text)  # the peak it is measured from is no peak pledged
    assert [(k, p) for _, k, _, p in got] == [("emissions_reduction", pct)]


@pytest.mark.parametrize("text,want", [
    ("萍乡市提出，到2025年和2030年，全市新能源汽车保有量分别为5万辆和12万辆。",
     [("Pingxiang", "other", 2025, None), ("Pingxiang", "other", 2030, None)]),
    ("宜春市计划到2026年累计建成充电桩1.5万个以上。", [("Yichun", "other", 2026, None)]),
])
def test_stock_targets(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "截至2022年底，萍乡市新能源汽车保有量已达到3万辆。",
    "2022年，宜春市累计建成充电桩8000个，同比增长40%。",
])
def test_a_stock_reached_is_no_target(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,start,end", [
    ("6月12日，2023第二届鄱阳湖绿色发展论坛在九江开幕。论坛由九江市人民政府主办，6月13日闭幕。",
     date(2023, 6, 12), date(2023, 6, 13)),
    ("6月15日，第五届中部低碳产业大会在武汉国际博览中心开幕，大会为期三天。",
     date(2023, 6, 15), date(2023, 6, 17)),
])
def test_a_gatherings_close(text, start, end):
    evs = mentions(text, "event")
    assert [(e["start_on"], e["end_on"]) for e in evs] == [(start, end)]


@pytest.mark.parametrize("text", [
    "6月12日，2023第二届鄱阳湖绿色发展论坛在九江开幕。6月30日，另一场展览闭幕。",
    "6月12日，2023第二届鄱阳湖绿色发展论坛在九江开幕。论坛期间还举办了培训班，培训班为期三天。",
])
def test_no_close_read_from_another_thing(text):
    evs = mentions(text, "event")
    assert [e["end_on"] for e in evs] == [None]
