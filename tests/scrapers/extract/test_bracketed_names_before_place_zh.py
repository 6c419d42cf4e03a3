"""A name no table knows, kept as written (or by the English name its bracket gives), when its bracket stands before
where the signing was ("韩国环境公团（K-eco）在海口签署"): the masked bracket's blanks no longer hide the name's shape, so
the party is the body, not the country its name opens with (scrapers/extract/parties_zh.py)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

DAY = date(2026, 5, 20)


def parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", DAY)]


@pytest.mark.parametrize("text,body", [
    ("5月18日，浙江省生态环境厅与韩国水质公团（KWQ）在杭州签署环境监测合作谅解备忘录。", ["韩国水质公团", "KWQ"]),
    ("5月18日，云南省与日本某某环境机构（JEA）于昆明签署合作备忘录。", ["日本某某环境机构", "JEA"]),
])
def test_a_body_glossed_before_the_place_is_the_party(text, body):
    got = parties(text)
    assert len(got) == 1 and len(got[0]) == 2 and got[0][1] in body
    assert "South Korea" not in got[0] and "Japan" not in got[0]


def test_a_country_with_a_bracket_is_still_the_country():
    assert parties("5月18日，浙江省与韩国（首尔）在杭州签署合作谅解备忘录。") in ([], [["Zhejiang Province", "South Korea"]])
