"""Page reading on unseen templates, round 3 (issue 17), the thirty-fourth web's classes, each shown on two templates
written here (a Drupal-like government page, a Hugo-like blog):

* teaser cards of other stories (two or more sibling cards, each a linked heading with a date and a summary) are not
  article text, and their dates do not date the page; a card holding the page's own headline stays;
* a "Date:" field row (a label element and its value, or "Release date: ..." in one element) dates a page nothing
  else dates; an all-numeric value follows the locale or the page's own evidence, else it is not read; "Event date"
  is no label of the page's date;
* a field row the text reads as a bare label line and a short value ("Release type:" / "News release") is dropped.
"""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.field_dates import field_row_reading
from scrapers.html_tree import load_tree
from scrapers.reader import read_page

BODY = ("The memorandum covers heat pumps, building retrofits and grid storage, and the two agencies agreed to "
        "exchange staff and data every year under a joint working group.")
LEDE = "The city and its partner signed a memorandum of understanding on Monday to cooperate on solar energy."
CARDS = [("Mesa and Harbin sign water reuse agreement", "Friday, May 10, 2024",
          "Mesa and Harbin officials signed a water reuse agreement on Friday."),
         ("Council pledges carbon-free fleet by 2035", "Thursday, May 9, 2024",
          "The council pledged to make the fleet carbon-free by 2035.")]


def drupal(fields: str = "", cards: bool = True, lede: str = LEDE) -> str:
    """A Drupal-like page: a featured view of teasers above the h1, body field, field rows after it."""
    teasers = "".join(f'<div class="views-row"><article class="node-teaser"><h3><a href="/news/x/{n}">{t}</a></h3>'
                      f'<div class="date">{d}</div><p>{s}</p></article></div>' for n, (t, d, s) in enumerate(CARDS))
    view = f'<div class="view"><h2>Featured news</h2>{teasers}</div>' if cards else ""
    return (f'<!DOCTYPE html><html lang="en"><head><title>City signs memorandum | City</title></head><body>'
            f'<div class="region-header"><a href="/">City</a></div>{view}<main><article class="node">'
            f'<h1 class="page-title">City signs memorandum</h1><div class="field--name-body"><p>{lede}</p><p>{BODY}</p>'
            f'<p>{BODY}</p></div>{fields}</article></main><footer>City Hall</footer></body></html>')


def hugo(fields: str = "", cards: bool = True, lede: str = LEDE) -> str:
    """A Hugo-like blog post: cards of earlier posts above the post, post content, a meta list after it."""
    teasers = "".join(f'<li class="card"><h4><a href="/blog/x/{n}/">{t}</a></h4><small>{d}</small><p>{s}</p></li>'
                      for n, (t, d, s) in enumerate(CARDS))
    view = f'<section class="more"><ul>{teasers}</ul></section>' if cards else ""
    return (f'<!DOCTYPE html><html lang="en"><head><title>What the solar memorandum means for the city | Blog</title></head><body><header><a href="/">Blog'
            f'</a></header>{view}<div class="post"><h1>City signs memorandum</h1><div class="content"><p>{lede}</p>'
            f'<p>{BODY}</p><p>{BODY}</p></div><div class="meta">{fields}</div></div><footer>Blog</footer>'
            f'</body></html>')


TEMPLATES = [drupal, hugo]
URL = "http://news.test/node/12"


def row(label: str, value: str) -> str:
    return f'<div class="field"><div class="field__label">{label}</div><div class="field__item">{value}</div></div>'


@pytest.mark.parametrize("template", TEMPLATES)
def test_teaser_cards_are_not_text_and_do_not_date_the_page(template):
    page = read_page(template(), URL)
    assert LEDE in page.text and BODY in page.text
    for t, d, s in CARDS:
        assert t not in page.text and s not in page.text and d not in page.text
    assert page.published_on is None


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("fields, lede, expected", [
    (row("Date:", "Tuesday, May 14, 2024"), LEDE, date(2024, 5, 14)),
    (row("Date", "May 14, 2024"), LEDE, date(2024, 5, 14)),
    ('<p class="meta-date">Release date: 14 May 2024</p>', LEDE, date(2024, 5, 14)),
    (row("Date:", "09/05/2024"), f"TUCSON, Ariz. - {LEDE}", date(2024, 9, 5)),  # a US dateline: month first
    (row("Date:", "09/05/2024"), LEDE, None),  # nothing settles the order
    (row("Date:", "14/05/2024"), LEDE, date(2024, 5, 14)),
])
def test_a_date_field_row_dates_the_page(template, fields, lede, expected):
    page = read_page(template(fields, lede=lede), URL)
    assert page.published_on == expected
    assert "Date:" not in page.text and "Tuesday, May 14" not in page.text


@pytest.mark.parametrize("template", TEMPLATES)
def test_an_event_date_row_is_no_publication_date(template):
    tree = load_tree(template(row("Event date:", "May 30, 2024")))
    assert field_row_reading(tree, None, URL) == (None, False)


@pytest.mark.parametrize("template", TEMPLATES)
def test_field_rows_are_not_text(template):
    fields = row("Date:", "May 14, 2024") + row("Release type:", "News release") + row("Topics", "Climate")
    text = read_page(template(fields), URL).text
    assert BODY in text
    assert not [w for w in ("Release type", "News release", "Topics") if w in text]


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_subheading_with_a_colon_before_prose_stays(template):
    lede = f"{LEDE}</p><p>Next steps:</p><p>{BODY}"
    assert "Next steps:" in read_page(template(lede=lede), URL).text
