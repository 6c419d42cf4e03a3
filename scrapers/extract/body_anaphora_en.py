"""Who "the county" and "the university" are when they pledge, as US local news tells it: "The Montgomery County
Council voted ... . The resolution calls for the county to cut its greenhouse gas emissions 80% below 2005 levels by
2027", "The University of Notre Dame and the City of South Bend signed ... . The university has pledged to cut ...".
Like "the city" and "the state" (commitments.PLACE_ANAPHORA), the noun stands for the body of that kind the story
named last: a county is an organisation named "... County" (Parish, Borough: us_counties), or that county's own
council, commission, board or government (the county itself is meant); a university is an organisation whose name
holds University or College. No body of the kind named before: no actor is guessed.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

# "Montgomery County", "Montgomery County Council", "Dane County Board of Supervisors": the county named
COUNTY_NAME = re.compile(r"^(.+?\s(?:County|Parish|Borough))(?:\s+(?:Council|Commission|Commissioners|Government|"
                         r"Board(?:\s+of\s+(?:Supervisors|Commissioners))?))?$")
UNIVERSITY_NAME = re.compile(r"\b(?:University|College)\b")


def body_anaphors(entities: list[Entity]) -> dict[str, str]:
    """The bodies a sentence names that "the county" and "the university" may stand for later: anaphor kind -> name
    (the last of each kind); organisations only."""
    out: dict[str, str] = {}
    for e in entities:
        if e.kind != "org":
            continue
        if m := COUNTY_NAME.match(e.name):
            out["county"] = m.group(1)
        elif UNIVERSITY_NAME.search(e.name):
            out["university"] = e.name
    return out
