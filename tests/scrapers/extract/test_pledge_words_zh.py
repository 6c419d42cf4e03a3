"""Chinese pledge words of the eighty-first round (scrapers/extract/figures_zh.py): a cut "较2019年基准年降低52%" has its
base year; 净零碳排放 is neutrality; a roadmap or white paper named for neutrality (碳中和路线图) pledges nothing by
itself. Texts are our own."""
from __future__ import annotations

from scrapers.extract.figures_zh import zh_pledges


def kinds(s: str) -> list[tuple]:
    return sorted((k, f.get("target_year"), f.get("base_year"), f.get("reduction_pct_min")) for _, k, f in zh_pledges(s))


def test_a_base_year_written_as_such_after_the_year():
    assert kinds("该公司承诺到2030年将供电碳排放强度较2020年基准年降低45%。") == \
        [("emissions_reduction", 2030, 2020, 45.0)]
    assert kinds("集团力争2035年碳排放总量较2021年基准下降30%。") == [("emissions_reduction", 2035, 2021, 30.0)]


def test_net_zero_carbon_emissions_is_neutrality():
    assert kinds("该航运公司已承诺到2045年实现净零碳排放。") == [("carbon_neutrality", 2045, None, None)]
    assert kinds("公司计划2040年实现碳净零。") == [("carbon_neutrality", 2040, None, None)]


def test_a_document_named_for_the_goal_pledges_nothing():
    assert kinds("某燃气集团发布碳中和路线图，提出力争2026年前实现碳达峰。") == [("emissions_peak", 2026, None, None)]
    assert kinds("该电网公司发布碳达峰白皮书，提出到2035年实现碳中和。") == [("carbon_neutrality", 2035, None, None)]
