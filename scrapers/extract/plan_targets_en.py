"""Target clauses of an English plan summary that the basic patterns miss (commitments._en_pledges and
pledges_en.more_pledges read the rest): a power share with its scope between figure and year ("50% renewable
electricity for city facilities by 2030"), all of a place's power from renewables ("drawing all of the city's
electricity from renewable sources by 2030": 100), and a cut named as the plan's goal with no "emissions" in the
sentence ("sets a goal of a 65 percent cut below 2005 levels by 2035").

Each is gated by a plain `in` check before its pattern; `plan_target_clauses` is called from `_en_pledges` with what
it found so far, and adds only a kind (with its figures) not already read.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import PCT, YEAR

_POWER = r"(?:electricity|energy|power)"
# "50% renewable electricity for city facilities by 2030" (a scope of one to four words; never a past "in 2020")
SCOPED_SHARE = re.compile(rf"{PCT}\s+(?:clean|renewable|carbon-free|zero-carbon)\s+{_POWER}\s+(?:for|in|across|at)\s+"
                          rf"(?:(?:the\s+)?[\w’'-]+\s+){{1,4}}?by\s+({YEAR})\b", re.I)
# "drawing all of the city's electricity from renewable sources by 2030", "get all its power from renewables by 2035"
ALL_RENEWABLE = re.compile(rf"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|the\s+(?:city|state|county|province|"
                           rf"country)['’]s\s+)?{_POWER}\s+from\s+(?:renewables|renewable\s+(?:sources|energy|power))\s+"
                           rf"by\s+({YEAR})\b", re.I)
# "a goal of a 65 percent cut below 2005 levels by 2035": the plan's goal, its base year and its target year
GOAL_CUT = re.compile(rf"\b(?:goal|target)\s+of\s+(?:an?\s+)?{PCT}\s+(?:cut|reduction|decrease)\s+(?:below|from)\s+"
                      rf"(?:the\s+)?({YEAR})\s+levels?\s+by\s+({YEAR})\b", re.I)

# "met its goal of ...", "missed the target of ...": a past goal's outcome, no pledge
MET = re.compile(r"\b(?:met|achieved|reached|exceeded|surpassed|missed|hit)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?$", re.I)


def plan_target_clauses(s: str, found: list[tuple[int, str, dict]]) -> list[tuple[int, str, dict]]:
    """The plan-summary target clauses of an English sentence not among `found` (start, kind, fields)."""
    out: list[tuple[int, str, dict]] = []
    told = {(k, f.get("target_year")) for _, k, f in found}
    if ("renewable" in s or "clean" in s or "carbon-free" in s or "zero-carbon" in s) and ("% " in s or " percent " in s) and (m := SCOPED_SHARE.search(s)):
        out.append((m.start(), "renewable_share", {"target_year": int(m.group(3)),
                                                   "share_pct": float(m.group(2) or m.group(1))}))
    if "all " in s and "renewable" in s and (m := ALL_RENEWABLE.search(s)):
        out.append((m.start(), "renewable_share", {"target_year": int(m.group(1)), "share_pct": 100.0}))
    if " of " in s and ("goal" in s or "target" in s) and (m := GOAL_CUT.search(s)) and \
            not MET.search(s, max(0, m.start() - 30), m.start()):
        lo = float(m.group(1))
        out.append((m.start(), "emissions_reduction", {"target_year": int(m.group(4)), "base_year": int(m.group(3)),
                                                       "reduction_pct_min": lo,
                                                       "reduction_pct_max": float(m.group(2) or lo)}))
    return [p for p in out if (p[1], p[2]["target_year"]) not in told]
