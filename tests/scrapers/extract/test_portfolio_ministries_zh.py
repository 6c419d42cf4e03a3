"""A foreign ministry named in Chinese by its portfolios ("…农业、气候变化与环境部") is one party, kept as written
(scrapers/extract/portfolio_ministries_zh.py). The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 3, 12), "zh", text, datetime(2025, 3, 13))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text, want", [
    # a ministry's portal: the foreign ministry after 与
    ("3月10日，生态环境部与肯尼亚环境、气候变化与林业部在北京签署应对气候变化合作谅解备忘录。",
     [["Ministry of Ecology and Environment", "肯尼亚环境、气候变化与林业部"]]),
    # a provincial paper: the foreign ministry opening the sentence, three portfolios
    ("3月10日，斐济农业、水利与环境部和浙江省生态环境厅在杭州签署合作备忘录。",
     [["斐济农业、水利与环境部", "Zhejiang Provincial Department of Ecology and Environment"]]),
])
def test_a_ministry_named_by_its_portfolios_is_one_party(text, want):
    got = parties(text)
    assert len(got) == 1 and sorted(got[0]) == sorted(want[0])


@pytest.mark.parametrize("text, bad", [
    # witnesses: the head of state and a minister are office holders, not a ministry's portfolios
    ("3月10日，在肯尼亚总统、环境部长见证下，生态环境部与肯尼亚能源部签署谅解备忘录。", "肯尼亚总统、环境部"),
    # countries listed, not portfolios
    ("3月10日，生态环境部与老挝、越南和柬埔寨环境部门签署合作备忘录。", "老挝、越南和柬埔寨环境部"),
])
def test_office_holders_and_listed_countries_are_no_portfolios(text, bad):
    assert all(bad not in p for group in parties(text) for p in group)
