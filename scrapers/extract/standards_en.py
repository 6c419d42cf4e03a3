"""Renewable portfolio standards as an English sentence states them: a state's standard raised to a share by a year
("raise the state's renewable portfolio standard to 15 percent by 2021", "the renewable energy standard rises to 50
percent by 2030 and 60 percent by 2035", "a renewable portfolio standard of 40 percent by 2030"). A standard is the
share of a jurisdiction's electricity its utilities must draw from renewables: a renewable_share, one per year named
(the figures chained after the first: "and 60 percent by 2035"). A standard met or reached ("met its renewable
portfolio standard of 10 percent by 2015") is a result, not a pledge. A pure function over the sentence."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import PCT, YEAR

# the standard's name: "renewable portfolio standard", "renewable energy standard", "clean energy standard", "RPS"
_STD = (r"(?:(?:renewable|clean)\s+(?:(?:portfolio|energy|electricity|power)\s+){1,2}standard|renewable\s+standard)"
        r"(?:\s+\((?:RPS|RES|CES)\))?")
_OWNER = r"(?:(?:the|its|their)\s+|the\s+state['’]s\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?"
_RAISE = re.compile(rf"\b(?:raises?|raised|raising|increases?|increased|increasing|lifts?|lifting|boosts?|boosted|"
                    rf"boosting|brings?|bringing|expands?|expanded|expanding)\s+{_OWNER}{_STD}\s+to\s+{PCT}\s+"
                    rf"by\s+({YEAR})\b", re.I)
_RISES = re.compile(rf"\b{_STD}\s+(?:(?:will|would|is\s+set\s+to)\s+)?(?:rises?|climbs?|increases?|grows?|goes\s+up|"
                    rf"steps\s+up|(?:is|will\s+be)\s+raised)\s+to\s+{PCT}\s+by\s+({YEAR})\b", re.I)
_OF = re.compile(rf"\b{_STD}\s+of\s+{PCT}\s+by\s+({YEAR})\b", re.I)
# "..., and 60 percent by 2035", ", then 60 percent by 2035": a further step of the same standard
_MORE = re.compile(rf"\s*(?:,\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+)(?:to\s+)?{PCT}\s+by\s+({YEAR})\b", re.I)
# "Michigan's renewable energy standard", "raise Nevada's ...": the owner named before the standard
_NAMED_OWNER = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?=(?:renewable|clean)\b)")
# "met its renewable portfolio standard of 10 percent by 2015": reached, a result
_MET = re.compile(r"\b(?:met|meets|meeting|reached|achieved|exceeded|surpassed|hit)\s+(?:\w+\s+){0,2}$", re.I)


def standard_shares(s: str) -> list[tuple[int, str, dict]]:
    """The renewable shares an English sentence's renewable portfolio standard sets, as (position, kind, fields)."""
    if "tandard" not in s:
        return []
    out: list[tuple[int, str, dict]] = []
    for pattern in (_RAISE, _RISES, _OF):
        for m in pattern.finditer(s):
            if _MET.search(s, max(0, m.start() - 30), m.start()):
                continue
            steps, end = [(m.group(1), m.group(2), m.group(3))], m.end()
            while more := _MORE.match(s, end):
                steps.append((more.group(1), more.group(2), more.group(3)))
                end = more.end()
            owner = _NAMED_OWNER.search(s, max(0, m.start() - 40), m.end())
            own = {"_actor": owner.group(1)} if owner and owner.group(1) not in ("The", "State") else {}
            out += [(m.start(), "renewable_share", {"target_year": int(year), "share_pct": float(hi or lo), **own})
                    for lo, hi, year in steps if not any(f["target_year"] == int(year) for _, _, f in out)]
    return out
