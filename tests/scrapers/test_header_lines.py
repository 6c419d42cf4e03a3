"""A release's header block (issuing office, release label, place, date on lines of their own at the top of the text)
is chrome; a dateline opening a sentence, an office named in a sentence and a place line alone stay
(scrapers/header_lines.py, hooked into scrapers/chrome_lines.clean_lines)."""
from __future__ import annotations

from scrapers.chrome_lines import clean_lines
from scrapers.header_lines import drop_header_block
from scrapers.reader import read_page

LEAD = ("The Department of Energy and the Ministry of Ecology signed a memorandum on grid storage research in Denver "
        "on Tuesday.")
MORE = "The memorandum runs for five years and covers pilot projects in both countries."


def test_an_agency_media_note_loses_office_place_and_date():
    for header in (["Office of the Spokesperson", "Washington, DC", "July 10, 2014"],
                   ["Office of the Press Secretary", "Washington, D.C.", "Thursday, July 10, 2014"],
                   ["Bureau of Public Affairs", "Ottawa, Ontario", "10 July 2014"]):
        assert drop_header_block([*header, LEAD, MORE]) == [LEAD, MORE], header


def test_a_governor_release_loses_its_label_and_date_lines():
    for header in (["FOR IMMEDIATE RELEASE – March 4, 2026"], ["Press release", "November 4, 2021"],
                   ["Media Note", "BOISE, Idaho, March 4, 2026"], ["Office of the Governor"],
                   ["Communications Office", "2026-03-04 10:30"], ["Sept. 22, 2021 | 9:00 a.m. ET"]):
        assert drop_header_block([*header, LEAD, MORE]) == [LEAD, MORE], header


def test_a_dateline_opening_the_first_sentence_stays():
    lines = ["Office of the Spokesperson", "WASHINGTON, DC - The Department of State and the Ministry of Ecology "
             "signed a memorandum on grid storage on Tuesday.", MORE]
    assert drop_header_block(lines) == lines[1:]
    lines = ["WASHINGTON, DC - The Department of State and the Ministry of Ecology signed a memorandum.", MORE]
    assert drop_header_block(lines) == lines


def test_an_office_inside_a_sentence_and_a_place_line_alone_stay():
    closing = "For further information, please contact the Office of the Spokesperson."
    assert drop_header_block([LEAD, closing]) == [LEAD, closing]
    # a dateline printed on a line of its own over the first paragraph, with no header line beside it
    assert drop_header_block(["BAAR, SWITZERLAND", LEAD, MORE]) == ["BAAR, SWITZERLAND", LEAD, MORE]
    # two short subject words over the story are no place and no header
    assert drop_header_block(["Energy, Environment", LEAD]) == ["Energy, Environment", LEAD]


def test_header_lines_with_no_sentence_under_them_stay():
    # a listing page (dates and titles, no sentence) is no release: nothing is dropped
    lines = ["July 10, 2014", "Four new EcoPartnerships", "June 8, 2016", "Memorandum renewed"]
    assert drop_header_block(lines) == lines


def test_a_date_in_a_sentence_or_after_the_first_line_stays():
    lines = [LEAD, "July 10, 2014", MORE]
    assert drop_header_block(lines) == lines
    assert drop_header_block(["July 10, 2014 was the day the memorandum was signed in Denver by both sides.", MORE]) \
        == ["July 10, 2014 was the day the memorandum was signed in Denver by both sides.", MORE]


def test_clean_lines_drops_the_header_block():
    text = "\n".join(["Office of the Spokesperson", "Washington, DC", "June 8, 2016", LEAD, MORE])
    assert clean_lines(text) == f"{LEAD}\n{MORE}"


def _media_note(office_html: str) -> str:
    return ("<html lang='en'><head><title>Energy and Ecology Memorandum Signed</title></head><body>"
            "<header><a href='/'>Press Notes</a> <a href='/ps/'>Media Notes</a></header><main><div id='centerblock'>"
            "<p class='doc-type'>MEDIA NOTE</p><h1>Energy and Ecology Memorandum Signed</h1>"
            f"{office_html}<div class='doc-body'><p>{LEAD}</p><p>{MORE}</p>"
            "<p>For further information, please contact the Office of the Spokesperson.</p></div></div></main>"
            "</body></html>")


def test_two_templates_of_a_media_note_read_as_a_reader_reads_them():
    # a State-style note (office and "place<br>date" paragraphs) and a ministry's (one div of spans)
    for header in ("<p class='doc-office'>Office of the Spokesperson</p><p class='doc-date'>Washington, DC<br>"
                   "June 8, 2016</p>",
                   "<div class='release-head'><div>Press Office</div><div>Canberra, ACT</div>"
                   "<div>Wednesday, 8 June 2016</div></div>"):
        page = read_page(_media_note(header))
        assert page.text.split("\n")[0] == LEAD, page.text
        assert "please contact the Office of the Spokesperson" in page.text
