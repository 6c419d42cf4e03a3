"""Chinese round 9 (issue 17): the rules of the twenty-fifth web's first-run failures (commitments). Each rule on two
texts of its own (none is a sentence of a test web), with what must stay unread."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.entities import find_entities
from test_zh_round4 import read  # one reader for the Chinese rounds

PAGE = date(2024, 5, 20)


def pledges(text: str) -> list[tuple]:
    return sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"])
                  for m in read(text, PAGE) if m.record_type == "commitment")


@pytest.mark.parametrize("text, expected", [
    ("《太原市碳达峰实施方案》日前印发。《方案》明确，太原市确保2030年前实现碳达峰。《方案》提出，到2025年，全市单位地区"
     "生产总值二氧化碳排放比2020年下降19%，非化石能源消费比重达到12%左右。",
     ("Taiyuan", "renewable_share", 2025, None)),
    ("日前，《银川市碳达峰实施方案》正式发布。银川市确保2030年前实现碳达峰。《方案》指出，到2025年，全市非化石能源"
     "消费比重达到20%以上。", ("Yinchuan", "renewable_share", 2025, None)),
])
def test_a_plan_named_in_book_marks_opens_its_targets_for_its_issuer(text, expected):
    assert expected in pledges(text)


@pytest.mark.parametrize("text, year", [
    ("宁夏回族自治区提出，确保2030年前实现碳达峰，到2025年，全区风电、光伏发电装机容量达到5000万千瓦以上。", 2025),
    ("青海省提出，到2030年，全省光伏、风电发电总装机容量超过1亿千瓦。", 2030),
])
def test_a_capacity_target_after_its_year_clause_of_several_kinds_of_power(text, year):
    assert any(k == "other" and y == year for _, k, y, _ in pledges(text))


@pytest.mark.parametrize("text", [
    "截至2023年，全省风电、光伏发电装机容量达到5000万千瓦，提前完成规划目标。",
    "到2023年底，全区新能源装机已达到4000万千瓦。",
])
def test_a_capacity_reached_is_no_target(text):
    assert not [p for p in pledges(text) if p[1] == "other"]


@pytest.mark.parametrize("text, expected", [
    ("银川市碳达峰实施方案提出，2030年前实现碳达峰。交通领域，到2026年，全市新增和更新的出租车全部为新能源汽车。",
     ("Yinchuan", "other", 2026, None)),
    ("到2025年，太原市新增和更新的公交车辆全部使用纯电动车。", ("Taiyuan", "other", 2025, None)),
])
def test_a_fleet_all_electric_by_a_year_is_a_target(text, expected):
    assert expected in pledges(text)


@pytest.mark.parametrize("text", [
    "2022年，太原市新增和更新的公交车已全部为新能源汽车。",
    "截至去年底，全市累计更新的出租车全部为新能源汽车。",
])
def test_a_fleet_already_electric_is_a_result(text):
    assert not pledges(text)


@pytest.mark.parametrize("text, actor", [
    ("京东宣布，将在2030年实现集团运营层面的碳中和。", "京东"),
    ("美团日前承诺，力争2035年实现运营层面碳中和。", "美团"),
])
def test_a_firms_bare_short_name_opening_the_pledge(text, actor):
    assert (actor, "carbon_neutrality", 2030 if actor == "京东" else 2035, None) in pledges(text)


@pytest.mark.parametrize("text", [
    "会议宣布，将在2030年前实现碳达峰。",
    "业内人士表示，将在2030年前实现碳达峰。",
    "中方表示，将在2060年前实现碳中和。",
])
def test_a_meeting_a_trade_or_a_side_is_no_bare_subject(text):
    assert not [p for p in pledges(text) if p[0] in {"会议", "业内人士", "中方"}]


@pytest.mark.parametrize("text, expected", [
    ("银川市在发布会上介绍，到2025年全市单位地区生产总值二氧化碳排放下降16%。", ("Yinchuan", "emissions_reduction", 2025, None)),
    ("太原市有关负责人表示，到2030年全市非化石能源消费比重达到25%。", ("Taiyuan", "renewable_share", 2030, None)),
])
def test_a_plan_target_told_by_its_owner(text, expected):
    assert expected in pledges(text)


def test_a_plan_target_told_as_reached_is_a_result():
    assert not pledges("太原市介绍，到2023年全市单位地区生产总值二氧化碳排放已下降9%。")


@pytest.mark.parametrize("text, name", [
    ("宁夏回族自治区人民政府日前印发方案。", "Ningxia"),
    ("内蒙古自治区人民政府与蒙古国签署合作协议。", "Inner Mongolia"),
])
def test_an_autonomous_regions_government_is_the_region(text, name):
    assert find_entities(text)[0].name == name


@pytest.mark.parametrize("text", [
    "腾讯宣布，将在2030年实现集团运营层面的碳中和。",
    "该公司计划于2028年实现集团层面碳中和。",
])
def test_a_dates_year_opens_no_firms_name(text):
    assert not [e for e in find_entities(text) if e.surface.startswith("年")]
