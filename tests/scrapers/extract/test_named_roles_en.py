"""A body told by its country's possessive and role, then by its own name (scrapers/extract/named_roles_en.py), and
a company's unit told by the company's possessive (scrapers/extract/unit_possessives_en.py)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2024, 6, 7))]


@pytest.mark.parametrize("text,want", [
    ("Sweden's energy agency signed a memorandum of understanding on Tuesday with the Jiangsu Provincial Energy "
     "Administration. The Swedish Energy Agency said the memorandum covers offshore wind and district heating.",
     ["Swedish Energy Agency"]),
    ("STOCKHOLM, June 7 - Norway's water resources and energy directorate signed a cooperation agreement with "
     "Zhejiang province on Thursday. Officials of the Norwegian Water Resources and Energy Directorate said grid "
     "planning would come first.", ["Norwegian Water Resources and Energy Directorate"]),
])
def test_role_read_as_the_name_the_story_gives(text, want):
    got = _parties(text)
    assert got and all(w in got[0] for w in want) and not any("'s" in p for p in got[0])


def test_role_without_a_name_stays():
    """No body of those words is named in the story: the phrase is left as the reader took it."""
    text = ("Norway's energy ministry signed a memorandum with Jiangsu province on Monday. The Norwegian Ministry of "
            "Petroleum and Energy said it was pleased.")
    assert not any("Norwegian Energy Ministry" in p for ps in _parties(text) for p in ps)


@pytest.mark.parametrize("text,want", [
    ("Siemens' Chinese subsidiary signed a strategic cooperation agreement with Sinopec on Friday.", "Siemens"),
    ("BP's India arm signed a power purchase agreement with Tata Power on Friday.", "BP"),
    ("Hyundai Motor Group's hydrogen unit signed an agreement with Guangzhou on Friday.", "Hyundai Motor Group"),
])
def test_unit_read_as_its_company(text, want):
    got = _parties(text)
    assert got and want in got[0] and not any("'s" in p or "’s" in p for p in got[0])


@pytest.mark.parametrize("text", [
    "The city's business community signed a climate pledge on Friday.",
    "Maria's business partner signed an agreement with Sinopec on Friday.",
])
def test_other_possessives_unchanged(text):
    assert not any(p in ("Maria", "The city") for ps in _parties(text) for p in ps)
