"""A clean-energy goal told with its parts (issue 17, the hundred-first web): "the state aims to meet 70 percent of its
energy needs with clean energy by 2030, with 40 percent coming from local renewable sources and 30 percent from
efficiency gains", "to get 80% of its power from clean sources by 2035, 50% of it from renewables". The renewable part
is the renewable_share pledged for the goal's year; the whole "clean" figure (with efficiency or nuclear in it) is not
a renewable share and is left to the other rules.

Not: "with 40 percent already coming from renewables" (a part reached), a part without the goal's year before it.
Cheap: "renewable" gates it."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import PCT, YEAR

# the goal: "<N> percent of its energy needs with clean energy by 2030", "80% of its power from clean sources by 2035"
_GOAL = (rf"\b\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s+of\s+(?:its|their|the\s+(?:state|city|province)['’]s)\s+"
         rf"(?:[\w-]+\s+){{0,2}}?(?:energy|electricity|power)(?:\s+(?:needs|demand|use|supply|consumption))?\s+"
         rf"(?:with|from)\s+clean\s+(?:energy|sources|power|electricity)\s+by\s+({YEAR})\b")
# its renewable part: ", with 40 percent coming from local renewable sources", ", 50% of it from renewables"
BREAKDOWN = re.compile(_GOAL + rf",?\s+(?:with\s+)?{PCT}\s+(?:of\s+(?:it|that|this)\s+)?(?:coming\s+|to\s+come\s+)?"
                       rf"from\s+(?:local\s+|in-state\s+|indigenous\s+)?(?:renewables|renewable\s+(?:sources|energy|"
                       rf"resources|power))\b", re.I)


def clean_breakdowns(s: str) -> list[tuple[int, str, dict]]:
    """The renewable part of a clean-energy goal the sentence states (start, "renewable_share", fields)."""
    if "renewable" not in s.lower():
        return []
    return [(m.start(), "renewable_share", {"target_year": int(m.group(1)), "share_pct": float(m.group(2))})
            for m in BREAKDOWN.finditer(s)]
