"""English days a signing sentence names relative to the page's date, beyond what dates.relative_day reads: "last
Thursday" ("Busan and Tianjin last Thursday signed ...", "Last Tuesday, Hubei Province joined ...").

"last <weekday>" is read only where it is unambiguous: the weekday falls later in the week (weeks start on Monday) than
the page's own day, or on the same weekday, so the day meant is in the week before (a Monday page's "last Thursday"
is four days back; a Thursday page's is seven). From a page dated later in the week than the weekday ("last Thursday"
on a Friday: yesterday, or eight days back?) nothing is read.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date, timedelta

LAST_WEEKDAY = re.compile(r"\b[Ll]ast\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def last_weekday(sentence: str, page: date | None) -> date | None:
    """The day "last <weekday>" names, counted back from the page's date, where that is unambiguous; else None."""
    if page is None or "ast " not in sentence:
        return None
    m = LAST_WEEKDAY.search(sentence)
    if not m:
        return None
    wd = _DAYS.index(m.group(1).lower())
    if wd < page.weekday():
        return None  # "last Thursday" on a Friday: yesterday or the week before
    back = (page.weekday() - wd) % 7 or 7
    return page - timedelta(days=back)
