"""A bare day of the month written as an English ordinal, "signed an MOU ... in Jinan on the 12th": Korean newsrooms
write their English news so (the Korean "12일"), the month left to the story's date. Read as the latest such day up
to the story's date within a week of it, as a Chinese story's bare "12日" is (day_references.relative_day). "on the
12th of March", "on the 12th floor", "on the 50th anniversary" tell no day.
"""
from __future__ import annotations

from datetime import date

from scrapers import lazy_re as re

ORDINAL_DAY = re.compile(r"\bon\s+the\s+([1-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of|floor|anniversary|day|century|"
                         r"session|meeting|edition|round|plenary|annual|year|time|[A-Z]))")


def ordinal_day(sentence: str, ctx_date: date, latest_day) -> date | None:
    """The day "on the 12th" in an English sentence means, from the story's date (`latest_day`: the reader of a bare
    day of the month), or None where the sentence has no such day."""
    if "on the " not in sentence or not (m := ORDINAL_DAY.search(sentence)):
        return None
    n = int(m.group(1))
    return latest_day(n, ctx_date) if 1 <= n <= 31 else None
