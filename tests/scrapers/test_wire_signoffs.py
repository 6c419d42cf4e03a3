"""A wire's furniture around its story (scrapers/wire_signoffs.py, issue 17, the ninety-seventh web): the sign-off,
the bracketed reporter credit and a bare day-and-time stamp are dropped from the text; the story's own lines stay."""
from __future__ import annotations

import pytest

from scrapers.chrome_lines import clean_lines
from scrapers.wire_signoffs import wire_signoff


@pytest.mark.parametrize("line,drop", [
    ("Enditem/ls", True), ("ENDITEM/AW", True), ("Enditem", True), ("Enditem/kb/ll", True),
    ("(By Lin Chia-hui)", True), ("(By Chen Yu-hsuan and Wu Kuan-ting)", True),
    ("04/21/2026 05:21 PM", True), ("2026/04/21 17:21", True),
    ("(By 2030, the city will cut emissions in half.)", False),  # a bracketed sentence of the story
    ("By 2030 the county aims to source half its power from wind.", False),
    ("The forum closed on 04/22/2026 after two days of talks.", False),
])
def test_wire_signoff_lines(line, drop):
    assert wire_signoff(line) is drop


def test_the_story_keeps_its_lines_and_loses_the_signoff():
    text = ("04/21/2026 05:21 PM\nTAIPEI, April 21 (TNA) - Penghu County on Tuesday signed a memorandum with Aalborg "
            "on offshore wind, the county government said.\nThe memorandum runs for five years.\n(By Lin Chia-hui)\n"
            "Enditem/ls")
    assert clean_lines(text) == ("TAIPEI, April 21 (TNA) - Penghu County on Tuesday signed a memorandum with Aalborg on "
                                 "offshore wind, the county government said.\nThe memorandum runs for five years.")
