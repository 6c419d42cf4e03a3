"""A renewable share told as power bought to match a body's whole use, as US universities, cities and companies put
it: "will buy enough renewable electricity to cover all of its purchased power by 2025", "plans to purchase enough
clean energy to match 100% of its electricity use by 2030". A share of 100 percent of the body's electricity, dated
by the year after it; a purchase told without a year ("bought enough ... last year") is no pledge.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import YEAR

MATCHED = re.compile(rf"\b(?:buy|purchase|procure|source)\s+enough\s+(?:renewable|clean|carbon-free|green)\s+"
                     rf"(?:electricity|energy|power)\s+to\s+(?:cover|match|offset|meet)\s+(?:all|100\s*(?:%|percent|"
                     rf"per\s+cent))\s+of\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:power|electricity)(?:\s+(?:use|"
                     rf"demand|needs|consumption))?\s+by\s+({YEAR})\b", re.I)


def matched_power(s: str) -> list[tuple[int, str, dict]]:
    """Renewable shares told as enough power bought to match all of the body's use by a year (start, kind, fields)."""
    if "enough" not in s:
        return []
    return [(m.start(), "renewable_share", {"target_year": int(m.group(1)), "share_pct": 100.0})
            for m in MATCHED.finditer(s)]
