"""Chinese pledges whose base year is stated apart from the cut: "在X年基础上减排", "以X年为基准年，…减少N%"; the base
year is never taken for the target, and a range written "26%-28%" keeps both ends. Two sentences of our own each."""
from __future__ import annotations

import pytest

from scrapers.extract.figures_zh import zh_pledges as _zh_pledges


def cuts(sentence: str) -> list[tuple]:
    return [(f["target_year"], f["base_year"], f["reduction_pct_min"], f["reduction_pct_max"])
            for _, kind, f in _zh_pledges(sentence) if kind == "emissions_reduction"]


@pytest.mark.parametrize("sentence,expected", [
    ("加拿大计划于2030年实现在2005年基础上减排40%-45%。", [(2030, 2005, 40.0, 45.0)]),
    ("该州承诺到2035年在1990年的基础上减少温室气体排放60%。", [(2035, 1990, 60.0, 60.0)]),
    ("高雄市以2005年为基准年，力拚2030年温室气体排放量减少30%。", [(2030, 2005, 30.0, 30.0)]),
    ("该省以2010年为基准，争取2025年碳排放降低20%至25%。", [(2025, 2010, 20.0, 25.0)]),
])
def test_base_year_stated_apart(sentence, expected):
    assert cuts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "美国计划于2025年实现在2005年基础上减排26%-28%。",
    "以2005年为基准年，该市力拚2030年排放量减少40%。",
])
def test_base_year_is_never_the_target(sentence):
    assert all(target != 2005 for target, *_ in cuts(sentence)) and cuts(sentence)
