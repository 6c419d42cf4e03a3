"""A gathering's days told as a span the single-date patterns do not read: a span across two months ("from 30 November
to 2 December", "Nov 30 - Dec 2", 11月30日至12月2日), a span of weekdays ("Tuesday through Thursday") and a meeting
of N days that ended on a weekday ("the two-day meeting that ended on Friday").

Weekdays are counted back from the page's date: a news story tells of days of the week just past. A span still to
come ("will meet Tuesday through Thursday") or one that cannot have ended by the page's date is not read.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date, timedelta

from scrapers.extract.dates import MONTH_RE, MONTHS
from scrapers.lead_chars import with_lead

_ORD = r"(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b|\bthru\b)\s*"
# 30 November to 2 December / Nov 30 - Dec 2 / November 30-December 2
CROSS_EN = [with_lead(re.compile(rf"\b(?P<d1>\d{{1,2}}){_ORD}\s+(?P<m1>{MONTH_RE}){_TO}(?P<d2>\d{{1,2}}){_ORD}\s+"
                                 rf"(?P<m2>{MONTH_RE})")),
            with_lead(re.compile(rf"\b(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}}){_ORD}{_TO}(?P<m2>{MONTH_RE})\s+"
                                 rf"(?P<d2>\d{{1,2}})\b"))]
CROSS_ZH = re.compile(r"(?P<m1>1[0-2]|0?[1-9])月(?P<d1>[1-3]?\d)日\s*(?:至|到|-|—|~)\s*"
                      r"(?P<m2>1[0-2]|0?[1-9])月(?P<d2>[1-3]?\d)日")
_WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_SPAN = with_lead(re.compile(rf"\b{_WD}{_TO}{_WD}\b"))
ENDED_ON = with_lead(re.compile(rf"\b(?:ended|closed|concluded|wrapped\s+up)\s+(?:on\s+)?{_WD}\b"))
N_DAY = re.compile(r"\b(two|three|four|five|2|3|4|5)-day\b", re.I)
TO_COME = re.compile(r"\b(?:will|next|upcoming|to\s+be\s+held|is\s+set\s+to|are\s+set\s+to)\b", re.I)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5}


def _month(name: str) -> int | None:
    return MONTHS.get(name.rstrip(".").lower()) if not name.isdigit() else int(name)


def span_end(sentence: str, start_on: date) -> date | None:
    """The last day of a span across two months whose first day is `start_on` ("from 30 November to 2 December",
    "Nov 30 - Dec 2", 11月30日至12月2日); None where the sentence gives no such span."""
    if "月" in sentence and ("至" in sentence or "到" in sentence or "-" in sentence or "—" in sentence):
        matches = list(CROSS_ZH.finditer(sentence))
    elif any(w in sentence for w in ("-", "–", "—", " to ", "until", "through", "thru")):
        matches = [m for rx in CROSS_EN for m in rx.finditer(sentence)]
    else:
        return None
    for m in matches:
        m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
        if not (m1 and m2) or (m1, int(m.group("d1"))) != (start_on.month, start_on.day):
            continue
        year = start_on.year + (1 if m2 < m1 else 0)
        try:
            last = date(year, m2, int(m.group("d2")))
        except ValueError:
            continue
        if start_on < last <= start_on + timedelta(days=31):
            return last
    return None


def _latest(weekday: str, page: date) -> date:
    """The latest day on or before the page's date that falls on this weekday."""
    return page - timedelta(days=(page.weekday() - _DAYS.index(weekday.lower())) % 7)


def weekday_span(sentence: str, page: date | None) -> tuple[date | None, date | None]:
    """(first, last) day of a gathering told by weekdays, counted back from the page's date: "Tuesday through
    Thursday" (the latest Thursday on or before the page, and the Tuesday before it), "the two-day meeting that ended
    on Friday" (that Friday and the Thursday before); (None, None) where the sentence tells neither, or tells of days
    to come."""
    if page is None or "day" not in sentence or TO_COME.search(sentence):
        return None, None
    if (m := WEEKDAY_SPAN.search(sentence)) is not None:
        last = _latest(m.group(2), page)
        first = last - timedelta(days=(_DAYS.index(m.group(2).lower()) - _DAYS.index(m.group(1).lower())) % 7)
        return (first, last) if first < last else (None, None)
    if "-day" in sentence and (m := ENDED_ON.search(sentence)) and (n := N_DAY.search(sentence)):
        last = _latest(m.group(1), page)
        count = _COUNT.get(n.group(1).lower()) or int(n.group(1))
        return last - timedelta(days=count - 1), last
    return None, None
