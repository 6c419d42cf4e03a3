"""Round 18 (scrapers/extract/foreign_counties_zh.py): a foreign county named after its state in Chinese
("美国夏威夷州毛伊县") is the party, kept in Chinese, not the state that places it. Sentences of our own."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/a.html", "t", None, date(2024, 6, 21), "zh", text, datetime(2024, 7, 1))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,want", [
    ("4月2日，江苏省南通市与美国加利福尼亚州马林县在南通签署气候合作备忘录。", [["Nantong", "马林县"]]),
    ("9月8日，美国华盛顿州金县与浙江省湖州市签署绿色交通合作谅解备忘录。", [["金县", "Huzhou"]]),
])
def test_a_county_after_its_state_is_the_party(text, want):
    assert parties(text) == want


def test_a_state_with_no_county_after_it_stays():
    assert parties("4月2日，江苏省与美国加利福尼亚州签署气候合作备忘录。") == [["Jiangsu Province", "California"]]
