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


@pytest.mark.parametrize("line,drop", [
    ("Filed by Tom Eckhardt | Desk: Energy & Environment", True),
    ("Filed by Priya Nair · Bureau: Singapore", True),
    ("(Reporting by Will Dunham; Editing by Tom Brown)", False),
    ("(Reporting by Li Wen in Shanghai; Editing by the Asia Desk)", False),
    ("Reporting by Ana Ruiz; additional reporting by Sam Obi and Kate Lin; Editing by Nick Moore", False),
    ("(Reporting by Greg Ross, Joshua Fine, with reporting by Herb Lash, editing by Martin Howe.)", False),
    ("Additional reporting by Joseph Hudak", False),
    # (a story's closing credit is its text: the development webs' golds keep it) and a sentence opening with the
    # same words is the story's
    ("Filed by the city in 2020, the lawsuit seeks damages from five oil companies.", False),
    ("Reporting by the Guardian found that emissions rose 4 percent.", False),
    ("Edited by hand, the plan was signed by Mayor Tom Lee on Friday.", False),
    ("Desk: Energy & Environment", False),  # a label alone names no filer
    ("By Tom Eckhardt", False),
])
def test_wire_filing_lines(line, drop):
    assert wire_signoff(line) is drop


def test_a_filing_line_leaves_the_story_and_a_closing_credit_stays():
    # a filing line under the headline goes; a Reuters-style credit under the story is the story's last line
    story = ("XINING, China, June 13 (Northstar) - Milwaukee and Golmud signed a solar partnership agreement on "
             "Thursday.\nThe agreement covers rooftop solar on schools.")
    assert clean_lines(f"Filed by Tom Eckhardt | Desk: Energy & Environment\n{story}") == story
    credited = f"{story}\n(Reporting by Li Wen in Xining; Editing by Tom Ellis)"
    assert clean_lines(credited) == credited
