"""A gathering told by its opening day and then its closing day in one sentence ("opened in Santa Fe on June 4 and
closed on June 5, 2024", "opened on Monday ... and concluded on Wednesday", "... and ran through Wednesday, April 16"):
the closing day is its last day. Only a day named right after the closing verb counts, and only one after the opening
day and at most two weeks later."""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date

from scrapers.extract.dates import DateContext, find_dates, settle

# "and closed on", "and concluded on": the closing verb after the opening one, its day right after it
CLOSED_ON = re.compile(r"\band\s+(?:(?:closed|concluded|ended|wrapped\s+up)\s+(?:on\s+)?|ran\s+(?:through|until)\s+)")
OPENED = re.compile(r"\b(?:opened|kicked\s+off|began)\b")


def closing_after_opening(sentence: str, start_on: date, ctx: DateContext) -> date | None:
    """The last day of a gathering whose sentence opened it on `start_on` and then names its closing day; else None."""
    if "and c" not in sentence and "and e" not in sentence and "and w" not in sentence and "and r" not in sentence:
        return None
    if (m := CLOSED_ON.search(sentence)) is None or not OPENED.search(sentence, 0, m.start()):
        return None
    for dm in find_dates(sentence):
        if dm.start == m.end():
            d, prec = settle(dm, ctx)
            if prec == "day" and 0 < (d - start_on).days <= 14:
                return d
    return None
