"""Companies a report introduces by what they are: "Nevada utility NV Energy", "Danish ferry and logistics operator
DFDS", "French container line CMA CGM", "Indian developer ReNew".

A place or a country's adjective before a lower-case description of a trade (utility, operator, line, carrier,
developer ...) says where the company named next is from: the place is no party. The name after the trade is a
company even when its shape says nothing (an all-capital "DFDS"), and a run of names must not swallow the adjective
("Port of Antwerp-Bruges and Danish ferry operator DFDS": the port, then DFDS).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity
from scrapers.extract.place_references import DEMONYMS

TRADES = (r"(?:utility|utilities|operator|line|liner|carrier|airline|developer|company|firm|giant|major|producer|"
          r"maker|manufacturer|supplier|provider|shipowner|shipping\s+group|energy\s+group|miner|refiner|conglomerate|"
          r"shipbuilder|port\s+operator|terminal\s+operator|group)")
# the description after the place: up to four lower-case words ("ferry and logistics"), then the trade
DESCRIPTION = re.compile(rf"\s+(?:[a-z][\w-]*\s+(?:(?:and|&)\s+)?){{0,4}}?{TRADES}\s+(?=[A-Z])")
# the company's name after the trade: capitalised words (one to four), not a sentence's next clause
_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?!(?:and|or|has|have|said|says|will|is|are|was|were)\b)[A-Z][\w&'’.-]*){0,3}")
_DEMONYM = "|".join(sorted((re.escape(d) for d in DEMONYMS if " " not in d and "." not in d), key=len, reverse=True))
_DEMONYM_TRADE = re.compile(rf"\b({_DEMONYM})\b(?={DESCRIPTION.pattern})")


def describes_company(sentence: str, e: Entity) -> bool:
    """Whether the place `e` stands before a trade and a company's name ("Nevada utility NV Energy"): where the company
    is from, not a party."""
    return e.kind != "org" and DESCRIPTION.match(sentence, e.end) is not None


def demonym_cut(sentence: str, start: int, end: int) -> int:
    """The end of a run of names that swallowed a country's adjective opening a trade's description ("Port of
    Antwerp-Bruges and Danish" before "ferry ... operator DFDS"): the run ends before " and Danish"."""
    m = re.search(rf"\s+(?:and|&)\s+(?:{_DEMONYM})$", sentence[start:end])
    if m and DESCRIPTION.match(sentence, end):
        return start + m.start()
    return end


def trade_named(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with the company named after "<adjective or place> <trade>" added where no entity names it, or
    where a shorter known name only opened it ("CMA" of "CMA CGM"), and the place before the trade dropped."""
    out = [e for e in entities if not describes_company(sentence, e)]
    for m in _DEMONYM_TRADE.finditer(sentence):
        d = DESCRIPTION.match(sentence, m.end())
        n = _NAME.match(sentence, d.end())
        if not n:
            continue
        name = n.group().rstrip(".,")
        start, end = n.start(), n.start() + len(name)
        over = [e for e in out if e.start < end and start < e.end]
        if over and not all(e.start == start and e.end < end and e.kind == "org" for e in over):
            continue  # already named ("French energy group Engie": its alias)
        out = [e for e in out if e not in over] + [Entity(name, "org", None, start, end, name)]
    return sorted(out, key=lambda e: e.start)
