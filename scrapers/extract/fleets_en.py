"""Fleet pledges in English: "BMTC has committed to run an all-electric bus fleet by 2030", "the city's public bus
fleet would be fully electric by 2030", "Gujarat will have 5,000 electric buses by 2025". Stored as commitments of kind `other` with the target year.

The actor is the body named before the pledge verb, or the owner of the fleet ("the city's", "Lagos's"), or the
place "the city"/"the state" stands for. A fleet said to be electric already, or one that ran electric by a past
year, is no pledge: the first form needs a pledge verb before the fleet, the second a "will"/"would be".
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.capacity import EN_PLEDGE, named_actor
from scrapers.extract.units_en import YEAR
from scrapers.extract.commitments import ACHIEVED, ANAPHORA_KIND, CommitmentMention
from scrapers.extract.entities import Entity
from scrapers.extract.pledges_en import ZERO_FLEET

_ALL = r"(?:all|fully|entirely|100\s*(?:percent|per\s+cent|%))[\s-]*"
_CLEAN = r"(?:electric|battery[\s-]electric|zero[\s-]emissions?)"
_FLEET = r"(?:public\s+|city\s+)?(?:bus|taxi|vehicle|car|truck|ferry)\s+fleets?"
# "to run an all-electric bus fleet by 2030", "to have a fully zero-emission vehicle fleet by 2035", "committed to a
# fully electric bus fleet by 2030"
# ("a fully electric CTA bus fleet": the operator's capitalised name or acronym before the fleet)
_OPERATOR = r"(?-i:(?:[A-Z][A-Za-z&]*\s+){0,3})"
RUN_FLEET = re.compile(rf"\b(?:run|operate|have|deploy|build|field|to|and)\s+(?:an?|its|their)\s+{_ALL}{_CLEAN}\s+"
                       rf"{_OPERATOR}{_FLEET}\b[^.;]{{0,20}}?\bby\s+({YEAR})\b|"
                       # "will transition its entire bus fleet to electric by 2040", "convert its whole taxi fleet to
                       # zero-emission vehicles by 2032": a whole fleet made clean by a year (exits_en.ELECTRIFY reads
                       # "electrify its entire fleet")
                       rf"\b(?:transition|convert|switch|transitioning|converting|switching)\s+"
                       rf"(?:its|their|the)\s+(?:entire|whole|full)\s+{_OPERATOR}{_FLEET}\s+"
                       rf"(?:to\s+(?:{_ALL})?{_CLEAN}(?:\s+(?:power|vehicles|buses|models))?\s+)?by\s+({YEAR})\b", re.I)
# "will have 5,000 electric buses by 2025", "plans to deploy 1,200 electric buses by 2027": a number of clean
# vehicles to have by a year (a number bought, "bought 300 electric buses", has no year and no pledge)
COUNT_BY = re.compile(rf"\b(?:have|deploy|run|operate|induct|procure|put)\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?"
                      rf"\d[\d,]*\s+(?:new\s+)?{_CLEAN}\s+(?:buses|taxis|vehicles|trucks|ferries)\b[^.;]{{0,30}}?"
                      rf"\bby\s+({YEAR})\b", re.I)
# "the city's public bus fleet would be fully electric by 2030", "Lagos's bus fleet will be all-electric by 2032"
FLEET_WILL_BE = re.compile(rf"(?:\b(?:the|this|its)\s+(city|state|province)['’]s|\b([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
                           rf"['’]s|\b(?:its|their))\s+{_FLEET}\s+(?:will|would|is\s+to|shall)\s+(?:be|become)\s+"
                           rf"{_ALL}{_CLEAN}\s+by\s+({YEAR})\b", re.I)


FLEET_WORDS = re.compile(r"fleet|buses|taxis|vehicles|trucks|ferries")


def may_pledge(sentence: str) -> bool:
    """Whether `fleet_pledges` can read a pledge in a sentence in some story: a fleet's target year is there."""
    return FLEET_WORDS.search(sentence) is not None and bool(
        RUN_FLEET.search(sentence) or COUNT_BY.search(sentence) or FLEET_WILL_BE.search(sentence))


def fleet_pledges(sentence: str, entities: list[Entity], recent: dict[str, str] | None = None
                  ) -> list[CommitmentMention]:
    """Pledges to make a bus, taxi or vehicle fleet electric by a year, one per actor (`recent`: the last city,
    state and province named, for "the city's fleet")."""
    if not FLEET_WORDS.search(sentence) or ACHIEVED.search(sentence):
        return []
    out = []
    told = {int(z.group(1)) for z in ZERO_FLEET.finditer(sentence)}  # "a zero-emission bus fleet by 2030": read there
    for m in [*RUN_FLEET.finditer(sentence), *COUNT_BY.finditer(sentence)]:
        year = int(m.group(m.lastindex))  # (the year of whichever form matched)
        if year in told:
            continue
        verbs = [v for v in EN_PLEDGE.finditer(sentence) if v.start() < m.start()]
        if verbs and (who := named_actor(sentence[:verbs[-1].start()], entities, verbs[-1].start(), sentence)):
            out.append(CommitmentMention(who, "other", year))
    for m in FLEET_WILL_BE.finditer(sentence):
        who = None
        if m.group(1):
            who = (recent or {}).get(ANAPHORA_KIND[m.group(1).lower()])
        elif m.group(2):
            who = next((e.name for e in entities if e.start <= m.start(2) < e.end), None)
        else:
            who = named_actor(sentence[:m.start()], entities, m.start(), sentence)
        if who and int(m.group(3)) not in told:
            out.append(CommitmentMention(who, "other", int(m.group(3))))
    return out
