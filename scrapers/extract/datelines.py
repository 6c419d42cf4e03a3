"""Datelines: the city (and day) a story or release is filed from, before its first sentence ("OAKLAND, CA — ",
"WASHINGTON, Nov. 15 -- ", "TEMPE, Ariz., Sept. 8, 2009 /PRNewswire/ -- "). `extract_mentions` cuts it off the
sentence (the city is no side) and reads where "here" and "today" are from it. Pure functions."""
from __future__ import annotations

import re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.clauses_en import WIRE_DATELINE
from scrapers.extract.dates import DateContext, find_dates, settle

# "OAKLAND, CA — ", "BEIJING — ", "Oakland, Calif. — ": capitals or a state after the city (not "Shenzhen – a city ...");
# "DEARBORN, Mich., May 20, 2021 – ", "Glasgow, 13 November 2021 – ": a press room's or a UN page's city and date;
# a wire's "WASHINGTON, Nov. 15 -- ", "SEATTLE (Metro) -- ", "AUSTIN, Texas, May 2 /Newswire/ -- ": two ASCII hyphens
# for the dash, a day without its year, the agency in brackets or slashes (one hyphen stays no dash: "Xi'an - a city")
_DL_DATE = r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
_DL_WHEN = rf"(?:{_DL_DATE}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{{0,6}}\.?\s+\d{{1,2}}\b)"
_DL_DASH = r"(?:[—–]{1,2}|--)"
_DL_TAG = r"(?:\s*\([^()\n]{1,30}\)|\s*/[^/\n]{1,30}/)"
# "BEIJING, May 2 - ": after the dateline's day, one spaced hyphen is its dash (a copy that lost the dash's length)
_DL_DAY_DASH = rf"(?:{_DL_DASH}|(?<=\d\s)-(?=\s))"
DATELINE = re.compile(rf"^(?P<city>[A-Z][A-Z .'-]{{2,30}}?(?=\s*(?:[,—–(/]|--))"
                      rf"|[A-Z][A-Za-z .'-]{{2,30}}?(?=,\s*(?:[A-Z]{{2}}|[A-Z][a-z]+\.?)\s*{_DL_DASH})"
                      rf"|[A-Z][A-Za-z .'-]{{2,30}}?(?=,\s*{_DL_WHEN}{_DL_TAG}?\s*{_DL_DAY_DASH}))"
                      rf"(?:,\s*(?:[A-Z]{{2}}|[A-Z][a-z]+\.?))?(?:,\s*{_DL_WHEN})?{_DL_TAG}?\s*{_DL_DAY_DASH}\s*"
                      rf"(?:{_DL_DATE}\s*{_DL_DASH}\s*)?")
RELEASE_SERVICE = re.compile(r"/[A-Za-z][^/\n]{0,29}/")


def dateline(text: str, ctx: DateContext) -> tuple[str | None, str | None, object]:
    """City and date of a press release's dateline ("Oakland, CA — ...", a date line under the headline)."""
    city = country = day = None
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:6]:
        m = DATELINE.match(line) or WIRE_DATELINE.match(line)
        # "TEMPE, Ariz., Sept. 8, 2009 /PRNewswire/ -- ": a release service's dateline is the issuer's home, not
        # where what it announces happened; its day still counts
        if m and city is None and not RELEASE_SERVICE.search(m.group()):
            place = gazetteer().find_en(m.group("city").strip())
            if place and place.kind == "state":  # "NEW YORK, ..." / "New York, 20 September": a dateline names a city
                place = gazetteer().find_en(f"{m.group('city').strip()} City") or place
            if place and place.kind == "city":
                city, country = place.name, place.country
        dates = find_dates(line[:60])
        # a wire's dateline gives the day without a year ("TIANJIN, China, Sept 18 (MetroWire) -"): the page's year
        if day is None and dates and dates[0].start < 40 and (dates[0].year or (m and dates[0].start < m.end())):
            d, prec = settle(dates[0], ctx)
            if prec == "day":
                day = d
    return city, country, day
