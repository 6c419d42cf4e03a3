"""Datelines: the city (and day) a story or release is filed from, before its first sentence ("OAKLAND, CA — ",
"WASHINGTON, Nov. 15 -- ", "TEMPE, Ariz., Sept. 8, 2009 /PRNewswire/ -- "). `extract_mentions` cuts it off the
sentence (the city is no side) and reads where "here" and "today" are from it. Pure functions."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.clauses_en import WIRE_DATELINE
from scrapers.extract.dates import DateContext, find_dates, settle
from scrapers.extract.us_state_abbreviations import AP_STATE_NAMES

# "OAKLAND, CA — ", "BEIJING — ", "Oakland, Calif. — ": capitals or a state after the city (not "Shenzhen – a city ...");
# "DEARBORN, Mich., May 20, 2021 – ", "Glasgow, 13 November 2021 – ": a press room's or a UN page's city and date
# ("Nusa Dua, Bali, 15 November 2022 - ": a resort and its island or province before the date);
# a wire's "WASHINGTON, Nov. 15 -- ", "SEATTLE (Metro) -- ", "AUSTIN, Texas, May 2 /Newswire/ -- ": two ASCII hyphens
# for the dash, a day without its year, the agency in brackets or slashes (one hyphen stays no dash: "Xi'an - a city")
_DL_DATE = r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
_DL_WHEN = rf"(?:{_DL_DATE}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{{0,6}}\.?\s+\d{{1,2}}\b)"
_DL_DASH = r"(?:[—–]{1,2}|--)"
_DL_TAG = r"(?:\s*\([^()\n]{1,30}\)|\s*/[^/\n]{1,30}/)"
# "BEIJING, May 2 - ": after the dateline's day, one spaced hyphen is its dash (a copy that lost the dash's length);
# so after a city in capitals and its state ("BOSTON - ", "CHAMPAIGN, Ill. - ", "AMES, Iowa - "): only the
# capitals' branches reach it (a name in mixed case needs a real dash or a day: "Xi'an - a city" is no dateline)
_DL_DAY_DASH = rf"(?:{_DL_DASH}|(?<=\d\s)-(?=\s)|(?<=[A-Z]\s)-(?=\s)|(?<=[A-Za-z]\.\s)-(?=\s)|(?<=[a-z]\s)-(?=\s))"
# the Associated Press's abbreviations of the US states a dateline names after its city ("URBANA, Ill. -"), and the
# states' names: a town in mixed case takes a spaced hyphen only before one of these ("Columbus, Ohio - ")
AP_STATES = frozenset(a[:-1] for a in AP_STATE_NAMES if a.count(".") == 1)  # "Ill", "Calif" (N.Y., W.Va. apart)
US_STATE_NAMES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
                  "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
                  "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|"
                  "New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|"
                  "South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|"
                  "Wisconsin|Wyoming")
_US_STATE = rf"(?:(?:{'|'.join(sorted(AP_STATES))})\.|[A-Z]\.[A-Z]\.|W\.\s?Va\.|{US_STATE_NAMES})"
# a state after the city: "CA", "Calif.", "Ohio", "R.I.", "N.Y."
_DL_STATE_PART = r"(?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]+\.?)"
# capitals with their accents: "MALMÖ, Sweden – ", "SÃO PAULO – ", "BOGOTÁ -- " (a city in its own language)
_CAPS = "A-ZÀ-ÖØ-Þ"
DATELINE = re.compile(rf"^(?P<city>[{_CAPS}][{_CAPS} .'-]{{2,30}}?(?=\s*(?:[,—–(/]|--))"
                      rf"|[{_CAPS}]{{2}}[{_CAPS}.'-]+(?:\s[{_CAPS}]{{2}}[{_CAPS}.'-]*){{0,2}}(?=\s-\s)"
                      rf"|[A-Z][A-Za-z .'-]{{2,30}}?(?=,\s*(?:[A-Z]{{2}}|[A-Z][a-z]+\.?)\s*{_DL_DASH})"
                      rf"|[A-Z][A-Za-z .'-]{{2,30}}?(?=,\s*{_US_STATE}\s-\s)"
                      rf"|[A-Z][A-Za-z .'-]{{2,30}}?(?=(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?,\s*{_DL_WHEN}{_DL_TAG}?\s*"
                      rf"{_DL_DAY_DASH}))"
                      rf"(?:,\s*(?:{_US_STATE}|{_DL_STATE_PART}))?(?:,\s*{_DL_WHEN})?{_DL_TAG}?\s*{_DL_DAY_DASH}\s*"
                      rf"(?:{_DL_DATE}\s*{_DL_DASH}\s*)?")
FULL_DATE_DASH = re.compile(rf",\s*{_DL_DATE}\s*{_DL_DAY_DASH}\s*$")
RELEASE_SERVICE = re.compile(r"/[A-Za-z][^/\n]{0,29}/")
# a wire's day, its agency in brackets and the dash: "May 12 (FWN) - ", "March 3 (Reuters) -- "
WIRE_TAG_DASH = re.compile(r"\b\d{1,2}\s*\([A-Za-z][^()\n]{0,29}\)\s*(?:[-–—]{1,2})\s*$")
_DL_STATE = re.compile(rf",\s*(?:([A-Z]{{2}})|([A-Z][a-z]+)\.?|{_US_STATE})\s*(?:[—–-]|,)")


def dateline_city(m: re.Match) -> bool:
    """Whether a dateline match opens with a city: one the gazetteer knows ("CHAMPAIGN"), or any city its US state
    follows ("URBANA, Ill. -", "AMES, Iowa -"), whose line is a dateline though no table lists the town."""
    city = m.group("city").strip()
    if city.isupper() and WIRE_TAG_DASH.search(m.group()):
        return True  # "MIAOLI, May 12 (FWN) - ": a town in capitals, its day and the agency's tag: a wire's dateline
    if gazetteer().find_en(city) or FULL_DATE_DASH.search(m.group()):
        return True  # (a place no table lists before a whole date and a dash: "Labuan Bajo, 25 June 2022 - ")
    state = _DL_STATE.match(m.string, m.end("city"))
    if not state:
        return False
    if state.group(1):
        return state.group(1) in _postal_codes()
    if state.group(2) is None:
        return True  # "R.I.", "New York": a state's abbreviation or name
    return state.group(2) in AP_STATES or getattr(gazetteer().find_en(state.group(2)), "kind", None) == "state"


def _postal_codes() -> frozenset[str]:
    """The two-letter postal codes of the US states ("IL", "MA")."""
    return frozenset("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
                     "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())


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
