"""A carmaker named by its brand and "Automobile" is a company (scrapers/extract/orgs.EN_HEADS): "Haima Automobile",
"Jianghuai Automobile" signed nothing before, no alias table knowing them."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2024, 6, 7))]


@pytest.mark.parametrize("text,want", [
    ("Jianghuai Automobile signed a hydrogen fuel-cell cooperation agreement with Ballard Power on Monday.",
     "Jianghuai Automobile"),
    ("Shell signed a memorandum of understanding with Dongfang Automobile on Tuesday to build filling stations.",
     "Dongfang Automobile"),
])
def test_automobile_names_a_company(text, want):
    got = _parties(text)
    assert got and want in got[0]


@pytest.mark.parametrize("text", [
    "The Automobile Association signed nothing on Monday; the automobile show opened in Shanghai.",
    "Visitors to the Shanghai Automobile Exhibition signed a guest book on Tuesday.",
])
def test_no_signing_no_company(text):
    assert _parties(text) == []
