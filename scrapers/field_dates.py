"""The date a CMS prints only in a labelled field row ("Date:" | "Tuesday, May 14, 2024", Drupal's
field--label-inline; "Release date: 09/05/2024"), read when no byline, meta tag, URL or "Published" stamp dated the
page. The label must be the row's whole label (not "Event date", "Deadline"); an all-numeric day is read by the page's
locale or its own evidence (scrapers/day_evidence.py), else not at all. Pure functions over a parsed tree.
"""
from __future__ import annotations

import re
from datetime import date

from lxml.html import HtmlElement

from scrapers import bylines, day_evidence, pagemeta

_KIND = r"(?:(?:publication|published|release|press release|news|issue|posting)\s+)?"
_LABEL = re.compile(rf"^{_KIND}date\s*[:：]?$", re.I)
_LABELLED = re.compile(rf"^{_KIND}date\s*[:：]\s*(.{{6,60}})$", re.I)


def field_row_date(tree: HtmlElement, headline: HtmlElement | None, url: str | None = None) -> date | None:
    """The first date in a 'Date:' field row (see the module); None where there is none or its day is ambiguous."""
    return field_row_reading(tree, headline, url)[0]


def field_row_reading(tree: HtmlElement, headline: HtmlElement | None,
                      url: str | None = None) -> tuple[date | None, bool]:
    """(date, ambiguous): the first 'Date:' field row's date, and whether it held an all-numeric day nothing on the
    page settles (then no later guess may date the page from it)."""
    body = tree.find("body")
    for el in (body if body is not None else tree).iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "option", "label"):
            continue
        own = " ".join(el.text_content().split())
        if len(own) > 80:
            continue
        if _LABEL.match(own):
            value = el.getnext()
            text = " ".join(((el.tail or "") + " " + (value.text_content() if value is not None else "")).split())
        elif (m := _LABELLED.match(own)) and not len(el):
            text = m.group(1)
        else:
            continue
        found, ambiguous = _read(text[:60], tree, headline, url)
        if found or ambiguous:
            return found, ambiguous
    return None, False


def _read(text: str, tree: HtmlElement, headline: HtmlElement | None, url: str | None) -> tuple[date | None, bool]:
    found = pagemeta.date_in_text(text)
    if found:
        return found, False
    found, ambiguous = bylines.numeric_date(text, bylines.day_order(tree))
    if ambiguous and (order := day_evidence.settle_order(tree, headline, url)):
        found, ambiguous = bylines.numeric_date(text, order)
    return found, ambiguous
