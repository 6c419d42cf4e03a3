"""Chinese round 5 (issue 17): signings between Chinese cities, companies, institutes and partners in Europe, Japan,
Korea and Southeast Asia. Each rule on two sentences of its own (tests/flows/test_ninthweb_crawl.py shows them on the
pages of two sites)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.entities import find_entities
from test_zh_round4 import read, signed  # one reader for both rounds


@pytest.mark.parametrize("text, parties", [
    ("深圳、休斯敦两市政府6月19日共同签署了低碳城市合作备忘录。", ["Shenzhen", "Houston"]),
    ("广州、洛杉矶两市人民政府在广州签署了友好城市绿色发展合作备忘录。", ["Guangzhou", "Los Angeles"]),
])
def test_the_governments_of_places_listed_and_counted_are_those_places(text, parties):
    assert [p for _, p, _ in signed(read(text, date(2023, 6, 20)))] == [parties]
    assert not any("两市" in e.name for e in find_entities(text))
