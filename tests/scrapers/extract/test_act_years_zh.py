"""A year that dates an act of issuing or announcing ("于2021年发布…战略") is no target year
(scrapers/extract/act_years_zh.py). The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.act_years_zh import act_year


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 3, 12), "zh", text, datetime(2025, 3, 13))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"])
            for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text, want", [
    ("老挝已于2021年发布碳中和长期战略，提出到2050年实现碳中和。", [("Laos", "carbon_neutrality", 2050)]),
    ("越南政府2022年出台碳中和路线图，承诺到2050年实现净零排放。", [("Vietnam", "carbon_neutrality", 2050)]),
])
def test_the_year_a_strategy_was_issued_is_no_target(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("s, year, want", [
    ("该市已于2021年发布碳中和路线图", "2021", True),
    ("该国2020年宣布碳中和目标", "2020", True),
    ("力争2025年提出碳中和路线图", "2025", False),  # a deadline for the act, read as before
    ("到2030年实现碳达峰", "2030", False),
])
def test_act_year(s, year, want):
    start = s.index(year)
    assert act_year(s, start, start + 4) is want
