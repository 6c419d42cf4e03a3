"""More Chinese transition pledges of kind `other` (scrapers/extract/transitions_zh.py): a fleet electrified told with
实现, coal for power stopped ("停止使用煤作日常发电"), the sale of fuel cars ended; a result or forecast is none."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _pledges(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment", date(2023, 5, 1))]


@pytest.mark.parametrize("text,want", [
    ("深圳市承诺，到2025年全市公交车全部实现电动化。", [("Shenzhen", "other", 2025)]),
    ("香港承诺在2035年前停止使用煤作日常发电。", [("Hong Kong", "other", 2035)]),
    ("海南省提出，到2030年全省全面禁止销售燃油汽车。", [("Hainan Province", "other", 2030)]),
])
def test_transition_pledges(text, want):
    assert _pledges(text) == want


@pytest.mark.parametrize("text", [
    "海南省已于2022年起停止销售燃油汽车。",  # done
    "预计到2030年，海南省将全面禁止销售燃油汽车。",  # a forecast
])
def test_no_transition_pledge(text):
    assert _pledges(text) == []


def test_a_year_something_started_is_no_target():
    # "since 2019 it has pushed ..., and proposed a timetable for banning fuel cars": no year for the ban
    assert _pledges("海南于2019年起推进清洁能源岛建设，并提出全岛禁售燃油汽车的时间表。") == []


@pytest.mark.parametrize("text,want", [
    ("深圳市于2019年起推进碳达峰行动，力争早日实现碳达峰。", []),  # the year the work started: no target year
    ("深圳市自2019年以来大力推进减排，力争2025年实现碳达峰。", [("Shenzhen", "emissions_peak", 2025)]),
])
def test_a_start_year_is_no_peak_year(text, want):
    assert _pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("成都市表示，到2030年，全市公交车全部实现电动化。", [("Chengdu", "other", 2030)]),
    ("海南省表示：到2030年全省全面禁止销售燃油汽车。", [("Hainan Province", "other", 2030)]),
])
def test_a_target_told_with_biaoshi_and_its_year(text, want):
    assert _pledges(text) == want


@pytest.mark.parametrize("text", [
    "成都市表示，公交车已全部实现电动化。",  # done
    "成都市表示，2020年全市公交车全部实现电动化。",  # a year told, no target
])
def test_biaoshi_without_a_target_year_pledges_nothing(text):
    assert _pledges(text) == []
