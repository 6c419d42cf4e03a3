"""How a page writes all-numeric days (3/5/2021) when its locale does not say (`<html lang="en">`, no region): the
page's own evidence, read only after the byline's day was left ambiguous.

- another all-numeric day on the page with one part over 12 (a "Related" list's 9/20/2018, a footer's update
  stamp): month first or day first as that day shows; days that disagree settle nothing;
- a weekday printed with an ambiguous day ("Friday, 3/5/2021", "3/5/2021 (Fri)") that fits one reading only;
- a US dateline opening the body ("BOSTON - ", "CHAMPAIGN, Ill. - ", "Columbus, Ohio — "): a US newsroom writes
  month first (a foreign dateline says nothing: US wires file from abroad too);
- a US government host (.gov, .mil, .us).
Evidence that points both ways settles nothing, and nothing is guessed: None. Pure functions over a parsed tree.
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from scrapers.bylines import valid_date

_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-])")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = r"(?P<wd>(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\.?"
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY},?\s+(\d{{1,2}})([/-])(\d{{1,2}})\3((?:19|20)\d{{2}})(?![\d/])", re.I)
_WEEKDAY_AFTER = re.compile(rf"(?<![\d/])(\d{{1,2}})([/-])(\d{{1,2}})\2((?:19|20)\d{{2}}),?\s*\(?{_WEEKDAY}\b", re.I)
_US_HOSTS = re.compile(r"\.(?:gov|mil|us)$")
_TEXT = "string()"
_TEXTS = "//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"


def _page_text(tree: HtmlElement) -> str:
    """The page's text with its elements' texts kept apart ("Editor" + "Friday" is no "EditorFriday")."""
    return " ".join(t for t in tree.xpath(_TEXTS) if t.strip())[:200_000]


def settle_order(tree: HtmlElement, headline: HtmlElement | None, url: str | None = None) -> str | None:
    """'mdy' or 'dmy' where the page's own evidence (see the module) settles how it writes numeric days, else None."""
    votes = {_other_days(tree), _weekday_fit(tree), _us_dateline(tree, headline), _us_host(url)} - {None}
    return votes.pop() if len(votes) == 1 else None


def _other_days(tree: HtmlElement) -> str | None:
    """The order the page's numeric days with a part over 12 show, if they agree."""
    seen = set()
    for m in _NUMERIC.finditer(_page_text(tree)):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 and b <= 12:
            seen.add("dmy")
        elif b > 12 and a <= 12:
            seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None


def _weekday_fit(tree: HtmlElement) -> str | None:
    """The order under which the weekdays printed beside numeric days are right, where one order alone fits."""
    text = _page_text(tree)
    fits = set()
    for pattern, (a_at, b_at, y_at) in ((_WEEKDAY_BEFORE, (2, 4, 5)), (_WEEKDAY_AFTER, (1, 3, 4))):
        for m in pattern.finditer(text):
            a, b, y = int(m.group(a_at)), int(m.group(b_at)), int(m.group(y_at))
            if a == b or a > 12 or b > 12:
                continue  # the day settles itself
            weekday = _WEEKDAYS.index(m.group("wd")[:3].lower())
            mdy, dmy = valid_date(y, a, b), valid_date(y, b, a)
            ok = {k for k, d in (("mdy", mdy), ("dmy", dmy)) if isinstance(d, date) and d.weekday() == weekday}
            if len(ok) == 1:
                fits |= ok
    return fits.pop() if len(fits) == 1 else None


def _us_dateline(tree: HtmlElement, headline: HtmlElement | None) -> str | None:
    """'mdy' when one of the first paragraphs after the headline opens with a dateline in the United States."""
    from scrapers.extract.datelines import DATELINE, dateline_city  # only on a page whose day is still open
    from pactwatch.gazetteer import gazetteer

    started = headline is None
    checked = 0
    for el in tree.iter("p", "div", "td", "h1", "h2", "h3"):
        if el is headline:
            started = True
            continue
        if not started or el.tag != "p":
            continue
        text = " ".join(el.xpath(_TEXT).split())
        if len(text) < 40:
            continue
        m = DATELINE.match(text)
        if m and dateline_city(m):
            place = gazetteer().find_en(m.group("city").strip())
            if place is None or place.country == "US":  # a town the tables miss is placed by its US state
                return "mdy"
            return None
        checked += 1
        if checked >= 3:
            return None
    return None


def _us_host(url: str | None) -> str | None:
    """'mdy' on a US government host (mass.gov, army.mil, ci.example.ca.us)."""
    host = (urlsplit(url).hostname or "") if url else ""
    return "mdy" if _US_HOSTS.search(host) else None
