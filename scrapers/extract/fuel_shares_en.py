"""Renewable shares told the way airlines, shippers and city bodies state them (commitments, round 5): a share of its
fuel from sustainable fuel ("a commitment by LATAM to use sustainable aviation fuel for 10% of its fuel consumption by
2030", "10% sustainable aviation fuel by 2030") and a share
of its electricity from its own solar or wind ("generating 20% of the electricity used in its buildings from rooftop
solar by 2030"). Each is a renewable_share with its figure and year; a share reached ("supplied 20% ... in 2023") has
no "by <year>" and is no match.

Cheap: a literal word ("fuel", "SAF", "solar", "wind") gates each pattern.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import PCT, YEAR
_FUEL = (r"(?:sustainable\s+aviation\s+fuels?|SAF|sustainable\s+(?:marine\s+)?fuels?|renewable\s+(?:fuels?|diesel)|"
         r"biofuels?|green\s+(?:methanol|ammonia|hydrogen)|e-?fuels?)(?:\s+\(SAF\))?")
# "use sustainable aviation fuel for 10% of its fuel consumption by 2030"
FUEL_FOR_SHARE = re.compile(rf"\b(?:use|using|blend\w*|source\w*|run\w*\s+on|replac\w+)\s+{_FUEL}\s+(?:for|to\s+meet|as)\s+"
                            rf"{PCT}\s+of\s+(?:its|their|the)\s+(?:[\w’'-]+\s+){{0,2}}?fuel(?:\s+(?:use|consumption|"
                            rf"needs|demand|supply))?\s+by\s+(?:the\s+end\s+of\s+)?({YEAR})\b", re.I)
# "10% sustainable aviation fuel by 2030", "use 10% SAF by 2030", "a 10% SAF blend by 2030"
SHARE_OF_FUEL = re.compile(rf"{PCT}\s+(?:of\s+(?:its|their)\s+(?:[\w-]+\s+)?fuel\s+(?:from|as)\s+)?{_FUEL}"
                           rf"(?:\s+(?:use|blend|share|usage))?\s+by\s+(?:the\s+end\s+of\s+)?({YEAR})\b", re.I)
# "generating 20% of the electricity used in its buildings from rooftop solar by 2030"
OWN_SOURCE = re.compile(rf"\b(?:generat\w*|produc\w*|sourc\w*|get\w*|draw\w*|obtain\w*|meet\w*)\s+{PCT}\s+of\s+"
                        rf"(?:the\s+|its\s+|their\s+)?(?:electricity|energy|power)\s+(?:[\w’'-]+\s+){{0,5}}?from\s+"
                        rf"(?:rooftop\s+|on-?site\s+|its\s+own\s+|their\s+own\s+|local\s+)?(?:solar|wind|renewables|"
                        rf"renewable\s+sources)(?:\s+[\w-]+){{0,3}}?\s+by\s+(?:the\s+end\s+of\s+)?({YEAR})\b", re.I)


def fuel_shares(s: str) -> list[tuple[int, str, dict]]:
    """The renewable shares of fuel or own power the sentence pledges (start, "renewable_share", fields)."""
    out: list[tuple[int, str, dict]] = []
    pats = []
    if re.search(r"fuel|SAF|methanol|ammonia|hydrogen", s, re.I):
        pats += [FUEL_FOR_SHARE, SHARE_OF_FUEL]
    if re.search(r"solar|wind|renewable", s, re.I):
        pats.append(OWN_SOURCE)
    for rx in pats:
        m = rx.search(s)
        if m and not any(abs(m.start() - o[0]) < 40 for o in out):
            out.append((m.start(), "renewable_share", {"target_year": int(m.group(3)),
                                                       "share_pct": float(m.group(2) or m.group(1))}))
    return out
