"""A press release ends at its end mark ("###", "-30-", "– 30 –") and a "Media Contacts" heading opens a tail block:
what follows (contacts, the issuer's boilerplate "About ...") is not the article (scrapers/chrome_lines.clean_lines)."""
from __future__ import annotations

import pytest

from scrapers.chrome_lines import clean_lines

BODY = ("The Province has released a plan to reduce climate pollution while building a stronger economy.\n"
        "It will help the province cut climate pollution 40 per cent from 2007 levels by 2030, officials said.\n")


@pytest.mark.parametrize("mark", ["###", "-30-", "– 30 –", "- 30 -"])
def test_text_after_the_end_mark_is_dropped(mark):
    text = BODY + f"{mark}\nAbout Berkeley Lab\nFounded in 1931, the lab has won 16 Nobel Prizes.\n"
    out = clean_lines(text)
    assert "cut climate pollution 40 per cent" in out and "About Berkeley Lab" not in out and mark not in out


def test_media_contacts_opens_a_tail_block():
    out = clean_lines(BODY + "Media Contacts\nPress Secretary, Office of the Premier\n")
    assert "Media Contacts" not in out and "Press Secretary" not in out


def test_an_early_mark_is_no_end():
    # a "###" separator before most of the text is not the release's end
    out = clean_lines("Short lede.\n###\n" + BODY)
    assert "cut climate pollution 40 per cent" in out
