"""Instruments named by their titles (issue 17, the sixty-ninth web; docs/instrument-titles.md), each rule shown on two
texts of our own: the US states' Chinese names that hold a shorter one (阿拉斯加州 is no 加州), ..."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402


def parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2025, 12, 1))]


@pytest.mark.parametrize("text,expected", [
    ("10月15日，秦皇岛市与美国阿拉斯加州签署了港口合作协议。", ["Qinhuangdao", "Alaska"]),
    ("4月2日，唐山市与美国西弗吉尼亚州签署了煤矿瓦斯利用合作备忘录。", ["Tangshan", "West Virginia"]),
    ("4月2日，邯郸市与美国内布拉斯加州签署了农业节能合作协议。", ["Handan", "Nebraska"]),
])
def test_a_state_whose_chinese_name_holds_a_shorter_one_is_itself(text, expected):
    assert parties(text) == [expected]  # not California (加州) nor Virginia (弗吉尼亚州), no made-up 阿拉
