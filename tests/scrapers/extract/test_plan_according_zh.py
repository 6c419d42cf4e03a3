"""A Chinese plan's targets told "according to the plan" ("根据方案，到2025年，…提高到12%以上", "按照《规划》，到2030年，…"):
the issuer's pledges, as "方案明确，到2025年，…" is (commitments.PLAN_TARGET and PLAN_SUBJECT). Negatives: a
statistical bulletin's results ("根据公报，2022年…达到38%"), a share already reached ("截至2022年底…已达到"), the
plan's words with no plan issued before. Texts of our own, a portal's and a city paper's style."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _pledges(text: str) -> list[tuple]:
    return sorted((r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment",
                                                                                       date(2023, 4, 1)))


@pytest.mark.parametrize("text, expected", [
    ("韶关市人民政府印发《韶关市碳达峰实施方案》。根据方案，到2025年，全市非化石能源消费比重提高到30%以上。",
     [("Shaoguan", "renewable_share", 2025)]),
    ("2021年，南平市印发《南平市能源发展规划》。按照《规划》，到2030年，全市可再生能源消费比重达到40%左右。",
     [("Nanping", "renewable_share", 2030)]),
])
def test_targets_told_according_to_the_plan_are_the_issuers(text, expected):
    assert _pledges(text) == expected


@pytest.mark.parametrize("text", [
    "南平市统计局发布公报。根据公报，2022年全市可再生能源消费比重达到38%。",
    "南平市发布《南平市能源发展规划》。根据规划，截至2022年底，全市可再生能源消费比重已达到38%。",
])
def test_results_told_according_to_a_bulletin_or_plan_are_no_pledges(text):
    assert _pledges(text) == []
