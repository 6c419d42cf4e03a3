"""A foreign country's national body named in Chinese by a Chinese administrative term (埃塞俄比亚环境保护局, 肯尼亚林业局)
is kept as written, not rendered with the English of China's own bureaux ("Ethiopia Environmental Protection Bureau":
a made-up name); China's, Hong Kong's and Macao's bodies and a foreign city's are rendered as before
(scrapers/extract/foreign_bodies_zh.py). The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.orgs import render_zh
from story_records import records


@pytest.mark.parametrize("name", ["埃塞俄比亚环境保护局", "肯尼亚林业局", "赞比亚气象局", "加纳环境保护局"])
def test_a_foreign_countrys_bureau_stays_as_written(name):
    assert render_zh(name) == name


@pytest.mark.parametrize("name, want", [
    ("广东省生态环境厅", "Guangdong Provincial Department of Ecology and Environment"),
    ("深圳市生态环境局", "Shenzhen Municipal Ecology and Environment Bureau"),
    ("澳门环境保护局", "Macau Environmental Protection Bureau"),
    ("洛杉矶港务局", "Los Angeles Port Authority"),
])
def test_chinese_and_city_bodies_are_rendered_as_before(name, want):
    assert render_zh(name) == want


@pytest.mark.parametrize("text, party", [
    ("5月6日，四川省生态环境厅与赞比亚气象局在成都签署气候监测合作谅解备忘录。", "赞比亚气象局"),
    ("据悉，生态环境部与加纳环境保护局日前在阿克拉签署了应对气候变化物资援助谅解备忘录。", "加纳环境保护局"),
])
def test_the_party_keeps_the_name_the_text_gives(text, party):
    (rec,) = records(text, "agreement", day=date(2025, 5, 8))
    assert party in rec["parties"]
    assert not any("Bureau" in p for p in rec["parties"])
