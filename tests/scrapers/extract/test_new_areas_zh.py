"""A Chinese city's new area and its committee (orgs.ZH_SUFFIX, entities_zh.find_zh): "青岛西海岸新区", "天津滨海新区",
"…新区管委" (管委 the short form of 管委会) are bodies of their own, kept as written, never the city their names open
with. Texts of our own; negatives: a new area with no city before it, a new area as a plan ("低碳城市新区"), a
committee named in full stays whole."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def names(sentence: str) -> list[str]:
    return [e.name for e in find_entities(sentence)]


@pytest.mark.parametrize("sentence, body", [
    ("6月3日，天津滨海新区与荷兰鹿特丹港签署绿色航运合作备忘录。", "天津滨海新区"),
    ("当天，重庆两江新区管委与德国某研究所签署合作协议。", "重庆两江新区管委"),
    ("重庆两江新区管委会与某公司签署协议。", "重庆两江新区管委会"),  # the full form, as before
])
def test_a_new_area_is_its_own_body(sentence, body):
    found = names(sentence)
    assert body in found and "Tianjin" not in found and "Chongqing" not in found


@pytest.mark.parametrize("sentence", ["双方将共建低碳城市新区。", "该新区与某市签署协议。"])
def test_no_new_area_without_its_city(sentence):
    assert not any(n.endswith(("新区", "新区管委")) for n in names(sentence))


def test_the_new_area_signs_not_its_city():
    art = Article("http://127.0.0.1/a", "test", None, date(2024, 6, 4), "zh",
                  "6月3日，天津滨海新区与丹麦奥胡斯市在天津签署友好合作关系协议书。\n\n双方将在港口和新能源领域开展合作。",
                  datetime(2024, 6, 4))
    ags = [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]
    assert ags and "天津滨海新区" in ags[0] and "Tianjin" not in ags[0]
