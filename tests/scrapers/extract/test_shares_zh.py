"""Chinese renewable shares told as a part of a whole ("可再生能源消费量占终端能源消费总量的30%") and a later step told by
"这一比例" after a "；" (scrapers/extract/shares_zh.py, hooked into figures_zh.zh_pledges and the commitments loop of
scrapers/extract/__init__.py). Negatives: a share reached in a past year, a share of installed capacity, "这一比例"
with no share before it. Texts of our own, a plan's and a news report's style."""
from __future__ import annotations

from datetime import date

from story_records import records


def _shares(text: str) -> list[tuple]:
    return sorted((r["actor"], r["target_year"], r["share_pct"]) for r in records(text, "commitment", date(2022, 6, 1))
                  if r["commitment_type"] == "renewable_share")


def test_a_plan_states_a_part_of_a_whole_and_a_later_step():
    text = ("近日，省政府印发《承德市绿色能源发展规划》。规划提出，到2025年，承德市可再生能源消费量占终端能源消费总量的"
            "35%；到2030年，这一比例提高到45%。")
    assert _shares(text) == [("Chengde", 2025, 35.0), ("Chengde", 2030, 45.0)]


def test_a_report_states_a_non_fossil_part():
    text = "会议提出，到2030年，宜宾市非化石能源占一次能源消费总量的40%以上。"
    assert _shares(text) == [("Yibin", 2030, 40.0)]


def test_a_share_reached_or_of_capacity_is_no_pledge():
    assert _shares("2021年，承德市可再生能源消费量占终端能源消费总量的28%。") == []
    assert _shares("截至2021年底，宜宾市风电装机占全市电力装机的35%。") == []
    assert _shares("会议指出，到2030年，这一比例达到50%。") == []
