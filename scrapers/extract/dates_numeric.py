"""Dates written in figures only: "04.06.2026", "15/09/2026", "3/12/24", "2026/3/12", "2026.03.12".

Which figure is the day is fixed by the form where the form fixes it: a dotted date is day-first (the European
convention: 04.06.2026 is 4 June), a date opening with its year is year-month-day (2026/3/12), a slashed date whose
first figure passes 12 is day-first (15/09/2026) and one whose second does is month-first (9/15/2026). A slashed date
both of whose first figures could be a month (12/03/2026, 3/12/24) is read only by the page's own convention
(`page_order`: another date on the page that fixes the order); where the page shows none it stays unread: a guessed
day is worse than none. See docs/date-formats.md.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.lead_chars import with_lead

# a figure-only date not inside a longer run of figures, dots or slashes (a version, an address, a fraction)
NUMERIC = with_lead(re.compile(r"(?<![\d./])(?:(?P<y1>(?:19|20)\d\d)(?P<s1>[/.])(?P<m1>1[0-2]|0?[1-9])(?P=s1)"
                                r"(?P<d1>3[01]|[12]\d|0?[1-9])|(?P<a>\d{1,2})(?P<s2>[/.])(?P<b>\d{1,2})(?P=s2)"
                                r"(?P<y2>(?:19|20)\d\d|\d\d))(?![\d/]|\.\d)"))  # (a digit leads: with_lead)


def may_hold(text: str) -> bool:
    """The cheap test before NUMERIC: a slash, or a dot before a four-figure year of this or the last century."""
    return "/" in text or ".20" in text or ".19" in text


def numeric_dates(text: str) -> list[tuple[int, int, int, int, int, bool]]:
    """Every figure-only date in a text as (start, end, year, month, day, open): `open` where the order of day and
    month is not fixed by the form (the day-first reading is given; `page_order` settles it)."""
    if not may_hold(text):
        return []
    out = []
    for m in NUMERIC.finditer(text):
        if m.group("y1"):
            out.append((m.start(), m.end(), int(m.group("y1")), int(m.group("m1")), int(m.group("d1")), False))
            continue
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y2"))
        if m.group("s2") == "." and len(m.group("y2")) == 2:
            continue  # "1.5.20": a figure list or a version, not a date
        y = y if y > 99 else 2000 + y
        if m.group("s2") == "." or a > 12:
            day, month, open_ = a, b, False
        elif b > 12:
            day, month, open_ = b, a, False
        else:
            day, month, open_ = a, b, True
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append((m.start(), m.end(), y, month, day, open_))
    return out


def page_order(text: str) -> str | None:
    """The order of day and month a page's figure-only dates follow, where one of them fixes it: 'dmy' (a dotted
    date, or a slashed one opening with a day past 12), 'mdy' (a slashed date whose second figure passes 12), else
    None (none shown, or both)."""
    seen = set()
    for m in NUMERIC.finditer(text) if may_hold(text) else ():
        if m.group("y1") or (m.group("s2") == "." and len(m.group("y2")) == 2):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if m.group("s2") == "." or (a > 12 >= b):
            seen.add("dmy")
        elif b > 12 >= a:
            seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None
