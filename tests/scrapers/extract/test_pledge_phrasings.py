"""Pledge phrasings of city, state and national news (each on texts of our own, with negatives): a share
"from clean sources", "half of its power", a cut named between its figure and its year ("a 50% reduction in emissions
by 2030 from 2000 levels"), and "the state"/"the city" of a closing attribution ("..., Governor X of Y said")."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402


def pledges(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"], r.get("base_year"),
             r.get("share_pct") or r.get("reduction_pct_min")) for r in records(text, "commitment", date(2024, 9, 19))]


@pytest.mark.parametrize("text, expected", [
    ("Oregon will obtain 100 percent of its electricity from clean sources by 2040.",
     ("Oregon", "renewable_share", 2040, None, 100.0)),
    ("Nevada aims to generate 50 percent of its power from carbon-free resources by 2030.",
     ("Nevada", "renewable_share", 2030, None, 50.0)),
    ("Hawaii will draw half of its power from renewables by 2030.", ("Hawaii", "renewable_share", 2030, None, 50.0)),
    ("Tokyo's target is a 50% reduction in emissions by 2030 from 2000 levels.",
     ("Tokyo", "emissions_reduction", 2030, 2000, 50.0)),
    ("Osaka set a goal of a 40 percent cut in greenhouse gas emissions by 2030 compared with 2013 levels.",
     ("Osaka", "emissions_reduction", 2030, 2013, 40.0)),
    ("The state has pledged to obtain 100 percent of its electricity from clean sources by 2045, Governor Jay Inslee "
     "of Washington said.", ("Washington", "renewable_share", 2045, None, 100.0)),
    ("The city will be carbon neutral by 2040, Mayor Ana Ruiz of Tucson told reporters.",
     ("Tucson", "carbon_neutrality", 2040, None, None)),
])
def test_pledge_phrasings(text, expected):
    assert pledges(text) == [expected]


@pytest.mark.parametrize("text", [
    "Half of its residents live in the suburbs, where Oregon's power comes from hydro.",  # a half of no power share
    "The city will be carbon neutral by 2040, Governor Jay Inslee of Washington said.",  # a governor's is no city
    "Oregon gets 40 percent of its electricity from clean sources today.",  # no year: a fact, no target
])
def test_no_pledge(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text, expected", [
    ("广州市人民政府印发《广州市碳达峰实施方案》，明确到2030年非化石能源消费比重达到25%左右。",
     ("Guangzhou", "renewable_share", 2030, None, 25.0)),
    ("杭州市发布实施意见，明确在2028年前实现碳达峰。", ("Hangzhou", "emissions_peak", 2028, None, None)),
])
def test_a_plan_that_sets_out_a_target_chinese(text, expected):
    assert pledges(text) == [expected]


def test_a_meeting_that_set_out_directions_pledges_nothing():
    assert pledges("会议明确了下一步合作方向，到2030年双方将继续交流。") == []


def test_a_plan_named_without_its_title_marks_gives_its_targets():
    text = "青岛市发布碳达峰实施方案。到2025年，全市单位地区生产总值二氧化碳排放比2020年下降20%。"
    assert pledges(text) == [("Qingdao", "emissions_reduction", 2025, 2020, 20.0)]
    # an article about the plan is no plan issued: the year after it is no target of the plan's
    assert pledges("青岛市发布碳达峰实施方案的解读文章。到2025年，全市单位地区生产总值二氧化碳排放比2020年下降20%。") == []
