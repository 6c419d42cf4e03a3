"""先后与 (one after another with) distributes like 分别与 (scrapers/extract/agreements_zh.py): "A先后与B、C、D签署…" is
one agreement of A with each, never one of all four (a wrong party set); a subject the text does not name gives none."""
from __future__ import annotations

import pytest
from story_records import records


def _parties(text: str) -> list[list[str]]:
    return sorted(sorted(r["parties"]) for r in records(text, "agreement"))


@pytest.mark.parametrize("text, parties", [
    # a governor's trip told by a provincial portal
    ("此次访华期间，加州还先后与广东省、北京市、上海市签署了气候合作备忘录。",
     [["Beijing", "California"], ["California", "Guangdong Province"], ["California", "Shanghai"]]),
    # a city's delegation told by an energy portal
    ("代表团访问期间，深圳市先后同洛杉矶市、旧金山市签署了绿色港口合作协议。",
     [["Los Angeles", "Shenzhen"], ["San Francisco", "Shenzhen"]]),
])
def test_successive_signings_are_one_agreement_per_counterpart(text, parties):
    assert _parties(text) == parties


def test_an_unnamed_subject_pairs_no_counterparts():
    assert _parties("他还先后与广东省、北京市签署了合作备忘录。") == []
