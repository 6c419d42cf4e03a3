"""Targets printed as a table or as items under a Chinese lead-in (scrapers/extract/pledge_tables.py): each row
reads as its own actor's pledge, with the years and figures its header says the cells hold; a result row ("Achieved
2022", "2022年已完成"), an empty cell ("—"), a table of past emissions and a list of projects with budgets give none.
Texts of our own."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.pledge_tables import follow_pledge_table, header


def pledges(text: str, language: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, date(2025, 3, 4), language, text, datetime(2025, 3, 5))
    return sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"],
                   m.fields["reduction_pct_min"], m.fields["reduction_pct_max"], m.fields["share_pct"])
                  for m in extract_mentions(art) if m.record_type == "commitment")


EN_TABLE = """Two members of the coalition filed their climate targets this winter.
The members committed to the following targets:
| City | Reduction (%) | Base year | Target year |
|---|---|---|---|
| Winnipeg | 35–40 | 2011 | 2030 |
| Edmonton | 50 | — | 2035 |
| Edmonton | 12 | 2011 | Achieved 2022 |
Emissions reported last year (kt):
| City | 2018 | 2022 |
|---|---|---|
| Winnipeg | 4,100 | 3,900 |
| Edmonton | 9,200 | 8,700 |
The coalition meets again in June."""

EN_GOALS = """The alliance published its members' pledges.
| Member | Goal | Baseline | Year |
|---|---|---|---|
| Halifax | Net-zero emissions | — | 2050 |
| Calgary | 60% reduction in corporate emissions | 2005 | 2030 |
| Calgary | — | — | 2040 |
| Halifax | 20% reduction achieved | 2016 | 2022 |"""

ZH_TABLE = """近日，酒泉市、张掖市向省里报送了减排目标。
| 城市 | 减排目标（%） | 基准年 | 目标年份 |
|---|---|---|---|
| 酒泉市 | 18 | 2020年 | 2030年 |
| 张掖市 | 12 | — | 2028年 |
| 酒泉市 | 6 | 2020年 | 2022年已完成 |
| 城市 | 2021年 | 2023年 |
两市将于年底报告进展。"""

ZH_GOALS = """| 地区 | 目标 | 年份 |
|---|---|---|
| 金昌市 | 实现碳达峰 | 2029年 |
| 武威市 | 非化石能源消费比重达到35% | 2030年 |
| 武威市 | — | 2035年 |
| 金昌市 | 已实现单位GDP能耗下降5% | 2023年 |"""

ZH_LIST = """在全市节能降碳推进会上，两县作了表态发言。
各县承诺如下：
金塔县：到2030年，温室气体排放量比2020年下降20%—25%；
高台县：2060年前实现碳中和。
今年安排的重点项目：
金塔县：光热储能项目，总投资5.4亿元；
高台县：农光互补项目，总投资2.1亿元。"""


def test_an_english_table_of_reductions_gives_each_rows_own_pledge_and_no_result_row():
    assert pledges(EN_TABLE, "en") == [("Edmonton", "emissions_reduction", 2035, None, 50.0, 50.0, None),
                                       ("Winnipeg", "emissions_reduction", 2030, 2011, 35.0, 40.0, None)]


def test_an_english_table_of_goals_keeps_an_empty_base_empty():
    assert pledges(EN_GOALS, "en") == [("Calgary", "emissions_reduction", 2030, 2005, 60.0, 60.0, None),
                                       ("Halifax", "carbon_neutrality", 2050, None, None, None, None)]


def test_a_chinese_table_of_reductions_gives_each_rows_own_pledge_and_no_result_row():
    assert pledges(ZH_TABLE, "zh") == [("Jiuquan", "emissions_reduction", 2030, 2020, 18.0, 18.0, None),
                                       ("Zhangye", "emissions_reduction", 2028, None, 12.0, 12.0, None)]


def test_a_chinese_table_of_goals_types_each_row():
    assert pledges(ZH_GOALS, "zh") == [("Jinchang", "emissions_peak", 2029, None, None, None, None),
                                       ("Wuwei", "renewable_share", 2030, None, None, None, 35.0)]


def test_chinese_items_under_a_lead_in_are_their_places_pledges_and_projects_are_none():
    # counties the gazetteer has no English name for stay in Chinese
    assert pledges(ZH_LIST, "zh") == [("金塔县", "emissions_reduction", 2030, 2020, 20.0, 25.0, None),
                                      ("高台县", "carbon_neutrality", 2060, None, None, None, None)]


def test_a_header_must_name_who_by_when_and_what():
    assert header("| City | 2019 | 2023 |") is None  # past emissions by year
    assert header("| Project | Budget | Year |") is None  # no actor column
    assert header("| 城市 | 碳排放量（万吨） | 年份 |") is None  # no target column
    assert header("| City | Target | Target year |") is not None


def test_a_row_under_no_targets_header_reads_as_itself():
    assert follow_pledge_table(None, "| Winnipeg | 4,100 | 3,900 |") == (None, None)
    assert follow_pledge_table(None, "The coalition meets again.") == (None, None)
