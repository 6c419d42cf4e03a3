"""A title that names its two sides with a dash (scrapers/extract/instrument_titles_en.title_parties): signed by people
named only by their titles, its sides are the parties. Texts written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


@pytest.mark.parametrize("text,want", [
    ("President Ana Reyes and Premier Li Wen issued the Chile-China Joint Announcement on Climate Change in Beijing on "
     "November 12, 2024.", ("joint_statement", ["Chile", "China"])),
    ("Governor Ann Lee and Governor Wang Hua signed the Oregon-Fujian Climate Partnership Agreement in Fuzhou on "
     "November 12, 2024.", ("partnership", ["Oregon", "Fujian Province"])),
    ("The two leaders issued the Chile-China Joint Statement on Climate Change in Beijing on November 12, 2024.",
     ("joint_statement", ["Chile", "China"])),
])
def test_officials_signing_a_title_of_two_sides_sign_for_them(text, want):
    got = [(r["agreement_type"], r["parties"]) for r in records(text, "agreement", date(2024, 11, 14))]
    assert got == [want]


@pytest.mark.parametrize("text", [
    "Governor Ann Lee signed the Oregon Climate Action Plan in Salem on November 12, 2024.",  # one place's plan
    "Governor Ann Lee and Governor Wang Hua discussed the Oregon-Fujian Climate Partnership Agreement in Fuzhou on "
    "November 12, 2024.",  # not signed
])
def test_no_sides_from_a_title_that_names_one_or_is_not_signed(text):
    assert records(text, "agreement", date(2024, 11, 14)) == []
