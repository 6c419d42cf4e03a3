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


@pytest.mark.parametrize("body,tail", [
    ("水務署今日（三月二十二日）與一間日本企業簽署諒解備忘錄，雙方將在海水化淡廠的節能減碳方面合作。\n"
     "水務署署長表示，合作有助推動香港邁向碳中和。\n", "2024年3月22日（星期五）\n香港時間15時20分\n"),
    ("環境及生態局局長今日出席一個減碳論壇並致辭，介紹政府推動綠色運輸的工作。\n"
     "他表示，政府會繼續與業界合作，推廣電動車及新能源渡輪。\n", "2024年5月8日（星期三）\n香港時間18時02分\n"),
])
def test_a_hong_kong_release_ends_at_its_end_line(body, tail):
    # a Hong Kong government release closes on a line "完", then its timestamp: neither is the article
    out = clean_lines(body + "完\n" + tail)
    assert out.startswith(body.split("\n")[0]) and "香港時間" not in out and "完" not in out.splitlines()


def test_a_line_of_完_early_in_the_text_is_no_end():
    out = clean_lines("完\n" + BODY)
    assert "cut climate pollution 40 per cent" in out
