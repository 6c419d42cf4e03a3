"""A company release's forward-looking-statement notice is chrome, by its heading or its fixed wording; a story's
own sentence about forward-looking statements stays (scrapers/forward_looking.py, hooked into
scrapers/chrome_lines.clean_lines)."""
from __future__ import annotations

import pytest

from scrapers.chrome_lines import clean_lines
from scrapers.forward_looking import forward_looking
from scrapers.reader import read_page

BODY = ["AUSTIN, Texas, May 2, 2025 – Lonestar Motors and Kiruna Cells signed a supply agreement on Thursday for "
        "battery cells built with renewable power.",
        "The agreement covers deliveries from 2027 and a joint recycling line near Austin.",
        "Lonestar has committed to source 100 percent renewable electricity for its plants by 2030."]


@pytest.mark.parametrize("line", [
    "Cautionary Note on Forward-Looking Statements", "Cautionary Statement Regarding Forward-Looking Information",
    "Forward-looking statements", "FORWARD-LOOKING STATEMENTS", "Safe Harbor Statement",
    "Forward-Looking Statements: This press release contains forward-looking statements about the group's targets.",
    "Statements included herein may constitute forward-looking statements. Actual results may differ materially.",
    "This release may contain forward-looking statements. Actual future performance may differ.",
    "Certain statements contained in this news release are forward-looking statements.",
    "This announcement includes statements that are forward-looking information under securities laws.",
    "Such statements are forward-looking statements within the meaning of Section 27A of the Securities Act.",
])
def test_the_notice_by_its_heading_or_wording(line):
    assert forward_looking(line)


@pytest.mark.parametrize("line", [
    "Kestrel said the 2045 target and other forward-looking statements are subject to risks, including tax credits.",
    "Forward-looking investors welcomed the plan, the company said.",
    "The regulator published a note on forward-looking climate disclosures last year.",
    "Safe harbor rules for small ports were eased in 2024.",
])
def test_a_story_sentence_about_forward_looking_things_stays(line):
    assert not forward_looking(line)


def test_clean_lines_cuts_the_notice_and_what_follows_it():
    for tail in (["Forward-looking statements", "This release may contain forward-looking statements. Actual results "
                  "may differ materially.", "For media queries, please contact the press office."],
                 ["Statements included herein may constitute forward-looking statements. Actual results may differ "
                  "materially from those expressed or implied."]):
        assert clean_lines("\n".join(BODY + tail)) == "\n".join(BODY), tail


def _release(notice_html: str) -> str:
    return ("<html lang='en-US'><head><title>Lonestar and Kiruna Sign Cell Supply Agreement</title></head><body>"
            "<div class='nav'><a href='/'>Media Center</a> <a href='/releases/'>Releases</a></div>"
            "<div class='release'><h1>Lonestar and Kiruna Sign Cell Supply Agreement</h1><div class='copy'>"
            + "".join(f"<p>{p}</p>" for p in BODY) + f"</div></div>{notice_html}</body></html>")


def test_two_press_rooms_notices_are_not_article_text():
    # a notice box under the release (heading in h4) and a notice printed as a labelled paragraph of the body
    for notice in ("<div class='legal-notice'><h4>Cautionary Note on Forward-Looking Statements</h4><p>Statements "
                   "included herein may constitute forward-looking statements. Actual results may differ materially "
                   "from those expressed or implied.</p></div>",
                   "<div class='boiler'><p><b>Forward-Looking Statements:</b> This press release contains forward-"
                   "looking statements about Lonestar's climate goals. Lonestar assumes no obligation to update them."
                   "</p></div>"):
        text = read_page(_release(notice)).text
        assert "forward-looking" not in text.lower() and "Forward" not in text, text
        assert text.split("\n")[-1] == BODY[-1]
