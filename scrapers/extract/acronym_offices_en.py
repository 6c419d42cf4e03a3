"""An office, bureau or department named by its agency's acronym and its field: "the DENR River Basin Control Office",
"the NOAA Climate Program Office", "the EPA Water Security Division Office". A run ending in "Office" reads as an
organisation only with "of" after the head ("Office of ...") or a place before its field (orgs.jurisdiction_body), so
these units were lost and a signing of three parties lost one or all of them. The acronym in front names the agency
the unit belongs to, which makes the run a body's name (a bare "Climate Program Office" stays unread).
"""
from __future__ import annotations

from scrapers import lazy_re as re

# the agency's acronym (two to six capitals), one to four capitalised words of the field, the head
ACRONYM_OFFICE = re.compile(r"(?:the\s+)?[A-Z]{2,6}\s+(?:[A-Z][a-z][\w-]*\s+){1,4}(?:Office|Bureau|Department)\.?$")


def acronym_office(name: str) -> bool:
    """Whether a capitalised run is an agency's unit named by the agency's acronym and its field ("DENR River Basin
    Control Office"), an organisation although its head word is one that needs "of" after it."""
    return bool(ACRONYM_OFFICE.match(name))
