"""scrapers/extract/supported_goals.py: a target given as an example of goals a declaration's signers commit to
support is nobody's own pledge; a target an actor sets itself, before or without such a phrase, still is. Texts
written for this test."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.supported_goals import supported_goal
from story_records import records

DAY = date(2022, 6, 10)


def _pledges(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"], r.get("reduction_pct_min"))
            for r in records(text, "commitment", DAY)]


@pytest.mark.parametrize("text", [
    "Lisbon and Porto signed the Atlantic Mayors Charter on Thursday.\n\n"
    "The signatories commit to support ambitious goals such as a 70 percent cut in emissions by 2040.",
    "Lyon and Turin signed the Alpine Cities Declaration on Monday.\n\n"
    "Its signatories pledged to back long-term targets like climate neutrality by 2045 or a full shift to renewable "
    "power.",
    "里昂市与都灵市签署《阿尔卑斯城市宣言》，承诺支持到2045年实现碳中和或将温室气体排放减少70%等长远目标。",
    "里昂市與都靈市簽署《阿爾卑斯城市宣言》，承諾支持到2045年實現碳中和等長遠目標。",
])
def test_goals_to_support_are_no_ones_pledge(text):
    assert _pledges(text) == []


@pytest.mark.parametrize("text,expected", [
    # the actor's own target, then goals it supports: its own stays
    ("Lisbon pledged to cut emissions 55 percent below 2005 levels by 2030 and supports wider goals such as "
     "regional rail.", [("Lisbon", "emissions_reduction", 2030, 55.0)]),
    # "such as" names examples of actors, not of goals
    ("Cities such as Porto have pledged to reach climate neutrality by 2040.", [("Porto", "carbon_neutrality", 2040, None)]),
    # 支持 without 等…目标: the pledge is the actor's own
    ("里昂市承诺，到2040年实现碳中和，并支持周边城镇发展公共交通。", [("Lyon", "carbon_neutrality", 2040, None)]),
])
def test_own_targets_stay(text, expected):
    assert _pledges(text) == expected


def test_the_span_is_between_the_support_phrase_and_the_goal_noun():
    s = "承诺支持到2045年实现碳中和等长远目标，并于2030年前建成示范区。"
    assert supported_goal(s, s.index("2045"))
    assert not supported_goal(s, s.index("2030"))
    e = "They will support goals such as net zero by 2045; Porto will cut emissions 40 percent by 2030."
    assert supported_goal(e, e.index("2045"))
    assert not supported_goal(e, e.index("2030"))
