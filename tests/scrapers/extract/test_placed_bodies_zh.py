"""A body named after its own place ("香港环境及生态局"): one party, the body (placed_bodies_zh)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.entities_zh import find_zh
from tests.scrapers.extract.story_records import records


@pytest.mark.parametrize("text, parties", [
    ("2024年5月20日，深圳市生态环境局与香港环境及生态局签署了生态环境保护合作协议。",
     {"Shenzhen Municipal Ecology and Environment Bureau", "Environment and Ecology Bureau"}),
    ("2023年11月3日，香港環境及生態局與廣東省生態環境廳在廣州簽署了應對氣候變化合作協議。",
     {"Environment and Ecology Bureau", "Guangdong Provincial Department of Ecology and Environment"}),
])
def test_a_body_after_its_own_place_is_one_party(text, parties):
    found = records(text, "agreement", date(2024, 5, 21))
    assert [set(a["parties"]) for a in found] == [parties]


def test_a_place_before_a_body_of_elsewhere_stays():
    names = [(e.name, e.kind) for e in find_zh("在香港与深圳市生态环境局签署")]
    assert ("Hong Kong", "city") in names
    assert [e.name for e in find_zh("香港与深圳签署合作协议")] == ["Hong Kong", "Shenzhen"]
