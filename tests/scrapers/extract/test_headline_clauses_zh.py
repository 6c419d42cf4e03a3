"""A space before a Chinese headline clause opened by a self-reference (我局, 我厅) ends a clause as a comma does
(scrapers/extract/headline_clauses_zh.py): a signing in that clause takes no party from the first; and English pledges worded "as early as <year>" or
with a business-as-usual base after a comma (pledge_forms_read_en, pledges_en.BAU_CUT), and an event's city after an
edition's year (events)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.headline_clauses_zh import headline_clauses
from story_records import records


@pytest.mark.parametrize("title,want", [
    ("中国—东盟海洋合作论坛在北海举行 我厅与泰国海洋与海岸资源厅签署合作备忘录",
     "中国—东盟海洋合作论坛在北海举行，我厅与泰国海洋与海岸资源厅签署合作备忘录"),
    ("“海洋日”活动在厦门启动　我局与新加坡国家公园局签约", "“海洋日”活动在厦门启动，我局与新加坡国家公园局签约"),
])
def test_a_space_between_chinese_clauses_reads_as_a_comma(title, want):
    assert headline_clauses(title) == want


@pytest.mark.parametrize("title", ["Johor and Penang sign mangrove pact", "COP 28 期间签约", None,
                                   "海洋合作论坛在北海举行 两省区签署红树林保护合作协议"])
def test_a_headline_without_a_self_reference_after_its_space_is_left(title):
    assert headline_clauses(title) == title


def test_a_headlines_second_clause_takes_no_party_from_the_first():
    got = records("会上，双方还交流了红树林育苗经验。", "agreement", date(2024, 6, 9),
                  title="中国—东盟海洋合作论坛在北海举行 我厅与泰国海洋与海岸资源厅签署合作备忘录")
    assert not any("China" in f["parties"] for f in got)


@pytest.mark.parametrize("text,kind,year", [
    ("Thailand has pledged to reach carbon neutrality as early as 2050.", "carbon_neutrality", 2050),
    ("Vietnam said it would reach net-zero emissions as early as 2045.", "carbon_neutrality", 2045),
])
def test_a_pledge_as_early_as_a_year(text, kind, year):
    got = records(text, "commitment", date(2024, 6, 9))
    assert [(f["commitment_type"], f["target_year"]) for f in got] == [(kind, year)]


def test_as_early_as_in_a_forecast_is_still_no_pledge():
    assert records("Analysts said emissions could fall as early as 2027.", "commitment", date(2024, 6, 9)) == []


@pytest.mark.parametrize("text,pct", [
    ("Indonesia has committed to cut greenhouse gas emissions by 32 percent by 2030, relative to a business-as-usual "
     "scenario.", 32.0),
    ("Thailand pledged to reduce its emissions by 30 percent by 2030, against business as usual.", 30.0),
])
def test_a_business_as_usual_base_after_a_comma(text, pct):
    got = records(text, "commitment", date(2024, 6, 9))
    assert [(f["target_year"], f["reduction_pct_min"], f.get("base_year")) for f in got] == [(2030, pct, None)]


def test_an_events_city_after_its_editions_year():
    got = records("Sabah and the Borneo Nature Foundation signed a memorandum on Tuesday at Asia Pacific Water Week "
                  "2024 in Kota Kinabalu.", "event", date(2024, 6, 13))
    assert got and got[0]["city"] == "Kota Kinabalu"
