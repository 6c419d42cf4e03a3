"""A foreign region's body kept in Chinese without the country written before the region
(scrapers/extract/country_prefixes_zh.py): 美国威斯康星州自然资源部 is 威斯康星州自然资源部."""
from __future__ import annotations

import pytest

from scrapers.extract.country_prefixes_zh import without_country_prefix
from story_records import records


@pytest.mark.parametrize("name,want", [
    ("美国威斯康星州自然资源部", "威斯康星州自然资源部"),
    ("德国巴伐利亚州经济部", "巴伐利亚州经济部"),
    ("日本神奈川县环境农政局", "神奈川县环境农政局"),
    # the country is part of the body's own name: no region of it follows
    ("新加坡海事及港务管理局", "新加坡海事及港务管理局"),
    # a region of another country after it: left as written
    ("美国巴伐利亚州协会", "美国巴伐利亚州协会"),
    ("威斯康星州自然资源部", "威斯康星州自然资源部"),
])
def test_without_country_prefix(name, want):
    assert without_country_prefix(name) == want


def test_party_kept_without_its_country():
    text = "在两省省长的共同见证下，湖北省生态环境厅与美国威斯康星州自然资源部签署了环境保护合作备忘录。"
    assert [sorted(r["parties"]) for r in records(text, "agreement")] == \
        [sorted(["Hubei Provincial Department of Ecology and Environment", "威斯康星州自然资源部"])]
