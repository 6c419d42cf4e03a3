"""Dates written with a Japanese era year in English: "Reiwa 6 (2024) October 23", "October 23, Reiwa 6",
"Reiwa 7 February 5", "Heisei 31 April 30". Japanese prefectures and cities print their English press releases so
(Reiwa 1 is 2019, Heisei 1 is 1989); the year in brackets, where given, is the Western one. Read where a byline's date
is read (scrapers/pagemeta.date_in_text), as a Republic-of-China year is.
"""
from __future__ import annotations

import re
from datetime import date

_ERAS = {"reiwa": 2018, "heisei": 1988}
_MONTH = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_ERA = r"(Reiwa|Heisei)\s+(\d{1,2})(?:\s*\(\s*((?:19|20)\d\d)\s*\))?"
_ERA_FIRST = re.compile(rf"\b{_ERA},?\s+{_MONTH}\s+(\d{{1,2}})\b", re.I)   # Reiwa 6 (2024) October 23
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),?\s+{_ERA}", re.I)   # October 23, Reiwa 6
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def era_date(text: str) -> date | None:
    """The first date `text` writes with a Japanese era year (see the module docstring), in the Western calendar; None
    where there is none, or where its bracketed Western year disagrees with the era year."""
    hits = []
    if m := _ERA_FIRST.search(text):
        hits.append((m.start(), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)))
    if m := _MONTH_FIRST.search(text):
        hits.append((m.start(), m.group(3), m.group(4), m.group(5), m.group(1), m.group(2)))
    if not hits:
        return None
    _, era, n, western, month, day = min(hits)
    year = _ERAS[era.lower()] + int(n)
    if western and int(western) != year:
        return None
    try:
        return date(year, _MONTHS.index(month.lower()[:3]) + 1, int(day))
    except ValueError:
        return None
