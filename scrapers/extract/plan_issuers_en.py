"""Who an English plan's targets belong to: the government that released it ("The City of Hartford released its
Climate Action Plan", "X's Department of Public Works published the city's Clean Energy Roadmap").

A page summarising a plan names its issuer once and gives the targets in later sentences with the plan as subject
("The plan calls for a 45% cut ... by 2030, 100% renewable electricity by 2035 and net zero by 2050", "The framework
also sets ..."): they are the issuer's pledges. The English counterpart of plans_zh.plan_issuer; its caller keeps the
name as the last actor, which find_commitments gives a plan-subject sentence with no actor of its own.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity

# the plan's title, capitalised, ending in a plan word: "its Climate Action Plan", "the city's Clean Energy Roadmap"
ISSUED_EN = re.compile(r"\b(?:released|adopted|published|unveiled|issued|launched|approved|finali[sz]ed)\s+"
                       r"(?P<owner>its|their|the\s+(?P<kind>city|state|county|province)['’]s|a|an|the)\s+"
                       r"(?:(?:new|first|updated|revised|final)\s+)?(?:(?:[A-Z][\w-]*|and|of|for|to)\s+){0,6}"
                       r"(?:Plan|Roadmap|Framework|Strategy|Blueprint|Agenda)\b")
_PLAN_WORDS = ("Plan", "Roadmap", "Framework", "Strategy", "Blueprint", "Agenda")
_PLACES = {"city", "state", "province", "county", "country"}


def plan_issuer_en(sentence: str, entities: list[Entity]) -> str | None:
    """The government that issues a plan in this English sentence, or None: the one place named before the verb
    (or the place an office's name opens with, for "the city's ..."); an organisation alone before the verb issues
    its own plan. Two places before the verb ("A and B released a joint plan") give none."""
    if not any(w in sentence for w in _PLAN_WORDS) or not (m := ISSUED_EN.search(sentence)):
        return None
    before = [e for e in entities if e.end <= m.start()]
    places = {e.name for e in before if e.kind in _PLACES}
    if len(places) == 1:
        return places.pop()
    if places or len(before) != 1 or before[0].kind != "org":
        return None
    org = before[0]
    if m.group("kind"):
        # "Hartford's Department of Public Works ... published the city's Roadmap": the city the office belongs to
        head = org.surface.split("'")[0].split("’")[0]
        place = gazetteer().find_en(head) if head != org.surface else None
        return place.name if place and place.kind == m.group("kind") else None
    return org.name if m.group("owner") in ("its", "their") else None
