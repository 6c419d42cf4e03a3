"""A Chinese company's name with a short word in brackets before its legal form ("…投资控股（集团）有限公司",
"…建设投资（集团）有限责任公司") is one party, kept as written: read without it, the city that opens the name had been
put in the company's place (a wrong party) and the legal form had become a party of its own. A known body before the
bracket (西门子（中国）有限公司, 上海电气（集团）总公司) is read as that body, as before."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2023, 8, 26), "zh", text, datetime(2023, 8, 27))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,want", [
    ("长春市城市发展投资控股（集团）有限公司与丹麦维斯塔斯风力技术公司签署了风电装备本地化合作意向书。",
     ["长春市城市发展投资控股（集团）有限公司", "丹麦维斯塔斯风力技术公司"]),
    ("青岛城市建设投资（集团）有限责任公司与韩国电力公社签署了新能源合作框架协议。",
     ["青岛城市建设投资（集团）有限责任公司", "Korea Electric Power Corporation"]),
])
def test_a_bracket_inside_a_company_name_keeps_the_name_whole(text, want):
    assert parties(text) == [want]


@pytest.mark.parametrize("text,want", [
    ("上海电气（集团）总公司与西门子能源签署了氢能合作协议。", ["Shanghai Electric", "Siemens Energy"]),
    ("西门子（中国）有限公司与华能集团签署了低碳能源合作协议。", ["Siemens", "China Huaneng Group"]),
])
def test_a_known_body_before_the_bracket_is_that_body(text, want):
    assert parties(text) == [want]
