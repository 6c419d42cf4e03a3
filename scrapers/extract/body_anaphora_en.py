"""Who "the county" and "the university" are when they pledge, as US local news tells it: "The Montgomery County
Council voted ... . The resolution calls for the county to cut its greenhouse gas emissions 80% below 2005 levels by
2027", "The University of Notre Dame and the City of South Bend signed ... . The university has pledged to cut ...".
Like "the city" and "the state" (commitments.PLACE_ANAPHORA), the noun stands for the body of that kind the story
named last: a county is an organisation named "... County" (Parish, Borough: us_counties), or that county's own
council, commission, board or government (the county itself is meant); a university is an organisation whose name
holds University or College. No body of the kind named before: no actor is guessed. A national body named with its
country's possessive ("Oman's Ministry of Energy and Minerals signed ...") names that country for "the country" and
"the sultanate" of the sentences after it ("... part of the sultanate's plan to reach net zero by 2050").
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entity_kinds import Entity

# "Montgomery County", "Montgomery County Council", "Dane County Board of Supervisors": the county named
COUNTY_NAME = re.compile(r"^(.+?\s(?:County|Parish|Borough))(?:\s+(?:Council|Commission|Commissioners|Government|"
                         r"Board(?:\s+of\s+(?:Supervisors|Commissioners))?))?$")
UNIVERSITY_NAME = re.compile(r"\b(?:University|College)\b")
# "Oman's Ministry of ...", "Malaysia's Energy Commission": a body named after its country's possessive
COUNTRYS_BODY = re.compile(r"^((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*)['’]s?\s+(?:Ministry|Department|Agency|Authority|"
                           r"Commission|Council|Office)\b")


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
        elif (m := COUNTRYS_BODY.match(e.name)) and (c := gazetteer().find_en(m.group(1))) and c.kind == "country":
            out["country"] = c.name
    return out
