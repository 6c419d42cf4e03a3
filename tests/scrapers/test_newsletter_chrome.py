"""A newsletter's own chrome lines in an archived issue (scrapers/newsletter_chrome.py, used by
scrapers/chrome_lines.clean_lines), in two lists' wordings, with article lines beside that stay."""
from __future__ import annotations

import pytest

from scrapers.chrome_lines import clean_lines
from scrapers.newsletter_chrome import is_newsletter_line


@pytest.mark.parametrize("line", [
    "View this issue in your browser · Forward to a colleague",
    "View this email in your browser | Forward this email to a friend",
    "Unsubscribe from Exchange Notes",
    "You are receiving this because you joined the Exchange.",
    "Read the newsletter on the web browser",
])
def test_newsletter_chrome(line):
    assert is_newsletter_line(line)


@pytest.mark.parametrize("line", [
    "Residents can view the new heat map in a browser, the city said.",
    "The council voted to forward the proposal to a committee of the state legislature.",
    "Fargo is studying a flood-data partnership with Changde, its planning office said.",
])
def test_article_lines_stay(line):
    assert not is_newsletter_line(line)


def test_clean_lines_drops_the_preheader():
    text = ("View this email in your browser · Forward to a colleague\n"
            "Reno signed a memorandum of understanding with Yichun on geothermal heating on May 2, 2024.\n"
            "The two cities will exchange engineers from next year, the mayor said in a statement on Friday.")
    out = clean_lines(text)
    assert out.splitlines()[0].startswith("Reno signed") and "browser" not in out
