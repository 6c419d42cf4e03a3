"""A body of a hyphenated foreign region named in Chinese (巴登-符腾堡州经济部, 萨克森-安哈尔特州经济部) is that body,
not its region (entities_zh: a hyphen inside a foreign name); a Chinese instrument of the digital economy or of
health is another field (off_topic_zh)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.entities_zh import find_zh
from tests.scrapers.extract.story_records import records


@pytest.mark.parametrize("text, body", [
    ("苏州工业园区管委会与德国巴登-符腾堡州经济部签署了绿色低碳产业合作意向书", "巴登-符腾堡州经济部"),
    ("广东省与萨克森-安哈尔特州经济部签署氢能合作备忘录", "萨克森-安哈尔特州经济部"),
    ("江苏省与德国北莱茵-威斯特法伦州环境部签署应对气候变化合作备忘录", "北莱茵-威斯特法伦州环境部"),
])
def test_a_body_of_a_hyphenated_region_is_the_body(text, body):
    assert body in [e.name for e in find_zh(text)]


def test_the_region_alone_stays_the_region():
    assert [e.name for e in find_zh("江苏省与巴登-符腾堡州签署")] == ["Jiangsu Province", "Baden-Württemberg"]


@pytest.mark.parametrize("text, kept", [
    ("当天，四川省人民政府与华为技术有限公司签署数字经济合作协议。", False),
    ("当天，四川省人民政府与某医院签署医疗合作协议。", False),
    ("当天，四川省人民政府与国家电网有限公司签署新能源合作协议。", True),
])
def test_instruments_of_other_fields(text, kept):
    assert bool(records(text, "agreement", date(2023, 9, 20))) is kept
