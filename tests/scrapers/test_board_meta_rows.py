"""A municipal board's post as Korean and Japanese city CMSs print it (issue 17, the hundred-eleventh web): the
"Date | … | Views | … | Writer | …" row above the text is furniture (scrapers/board_meta_rows.py), a data table of the
article is not; a <title> written as a trail, page to site ("Press Releases < News < Sapporo City"), names a section,
so the heading above the body is the headline (headline_elements). Texts of our own, not the web's."""
from __future__ import annotations

import lxml.html
import pytest

from scrapers.board_meta_rows import board_meta_row
from scrapers.chrome_lines import clean_lines
from scrapers.pagemeta import find_headline

BODY = ("Incheon and Tianjin agreed on Tuesday to share data on fine dust, the city said in a statement released to "
        "the press.")


@pytest.mark.parametrize("row", [
    "| Date | 2024.05.02 | Views | 88 | Writer | Climate Policy Division |",
    "| Posted | 2024-05-02 | Hits | 1043 |",
    "| Department | Environment Bureau | Date | May 2, 2024 |",
])
def test_a_board_row_is_furniture(row):
    assert board_meta_row(row)
    assert clean_lines(f"{row}\n|---|---|---|---|---|---|\n{BODY}") == BODY


@pytest.mark.parametrize("row", [
    "| Party | Incheon | Party | Tianjin |",
    "| City | Partner | Year |",
    "| Date | 2024.05.02 | Views |",
])
def test_an_article_table_keeps_its_rows(row):
    assert not board_meta_row(row)


def _page(title: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='lnb'>News</div>"
            "<div class='view'><h3 class='tit'>Incheon and Tianjin agree to share fine dust data</h3>"
            f"<p>{BODY} It is the first such arrangement between the two ports.</p></div>"
            "<aside><h4>Most viewed</h4></aside></body></html>")


def test_a_trail_title_names_a_section_the_heading_is_the_headline():
    assert find_headline(lxml.html.fromstring(_page("Press Releases &lt; News &lt; Incheon Metropolitan City")))[0] == \
        "Incheon and Tianjin agree to share fine dust data"


def test_a_headline_title_with_its_site_stays():
    title = "Incheon and Tianjin agree to share fine dust data | Incheon Metropolitan City"
    assert find_headline(lxml.html.fromstring(_page(title)))[0] == "Incheon and Tianjin agree to share fine dust data"
