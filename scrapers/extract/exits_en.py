"""English pledges to stop something by a year, of kind `other`: a coal exit ("phase out coal-fired power no later than
2040", "close its last coal power plant by 2035", "brought forward its coal exit date from 2030 to 2023": the new date)
an end to fossil-fuelled car sales ("100% of new cars sold to be zero-emission by 2040", "a ban on new petrol and
diesel car sales from 2030"), a fleet electrified ("electrify all public buses by 2028") and an end to fossil heating
("phase out fossil-fuel heating by 2030").

`pledges_en.more_pledges` calls `exit_pledges` on a sentence the pledge gate let through; who pledged is decided there.
Cheap: each pattern is tried only when its literal word ("coal", "new") is in the sentence.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import YEAR

# the words before a target year; "from 2030 to 2023" skips the old date ("to" the new one)
_BY = rf"(?:by|no\s+later\s+than|before|to)\s+(?:the\s+end\s+of\s+)?({YEAR})\b"
# "phase out coal-fired power no later than 2040", "close its last coal power plant by 2035", "end unabated coal power
# by 2030": a verb of ending, then coal power or its plants (never a coal mine, a mining matter; never "coal units since
# 2017": no target year)
COAL_VERB = re.compile(rf"\b(?:phas\w*\s+out|exit|exiting|end|ending|quit|quitting|close|closing|shut\s+down|"
                       rf"shutting\s+down|retire|retiring|stop\s+(?:burning|using)|eliminate|eliminating)\s+"
                       rf"(?:[\w-]+\s+){{0,3}}?coal(?:[\s-]+fired)?(?:\s+(?:power|electricity))?(?:\s+(?:power\s+)?"
                       rf"(?:plants?|stations?|units?|generation))?\s+{_BY}", re.I)
# "its coal exit date from 2030 to 2023", "a coal phase-out by 2029"
COAL_NOUN = re.compile(rf"\bcoal[\s-]+(?:exit|phase[\s-]?out)\b(?:\s+(?:date|deadline|target))?(?:\s+from\s+{YEAR})?\s+"
                       rf"{_BY}", re.I)
# "be coal-free by 2028", "become coal free no later than 2032": an end to coal told as the state reached
COAL_FREE = re.compile(rf"\b(?:be|become|becoming|go|going|being|stay)\s+coal[\s-]free\s+{_BY}", re.I)
# "100% of new cars sold to be zero-emission by 2040", "all new vehicles sold will be zero-emission from 2035"
ZERO_SALES = re.compile(rf"\b(?:all|100\s*(?:%|percent|per\s+cent)\s+of)\s+new\s+(?:passenger\s+|light-duty\s+)?"
                        rf"(?:cars?|vehicles?)\s+(?:sold\s+)?(?:(?:in\s+\w+\s+)?(?:to|will|would|must|should)\s+)?be\s+"
                        rf"zero[\s-]emissions?(?:\s+vehicles?)?\s+(?:by|from|no\s+later\s+than)\s+({YEAR})\b", re.I)
# "a ban on new petrol and diesel car sales from 2030", "end the sale of new petrol and diesel cars by 2035"
COMBUSTION_SALES = re.compile(rf"\b(?:ban\w*|end\w*|phas\w*\s+out|stop\w*)\s+(?:on\s+)?(?:the\s+)?(?:sales?\s+of\s+)?"
                              rf"(?:all\s+)?new\s+(?:petrol|gasoline|diesel|fossil[\s-]fuel|combustion[\s-]engine)"
                              rf"(?:\s+and\s+(?:petrol|gasoline|diesel|hybrid))?\s+(?:cars?|vehicles?)(?:\s+sales)?"
                              rf"\s+(?:by|from|in|after|no\s+later\s+than)\s+({YEAR})\b", re.I)

# "electrify all public buses by 2028", "fully electrify its bus and taxi fleets by 2030": a fleet made electric by a year
ELECTRIFY = re.compile(rf"\b(?:fully\s+)?electrif(?:y|ying)\s+(?:all\s+(?:of\s+)?)?(?:(?:its|their|the)\s+)?"
                       rf"(?:(?:city|city['’]s|state['’]s|public|municipal|urban|entire|whole)\s+)?(?:bus|buses|taxis?|"
                       rf"public\s+(?:transport|transit)|(?:bus|taxi|vehicle|car)(?:\s+and\s+(?:bus|taxi|truck))?\s+"
                       rf"fleets?|fleets?)\s+{_BY}", re.I)
# "phase out fossil-fuel heating by 2030", "ban gas boilers in new buildings from 2025": an end to fossil heat
FOSSIL_HEAT = re.compile(rf"\b(?:phas\w*\s+out|end\w*|ban\w*|stop\w*)\s+(?:the\s+use\s+of\s+)?(?:fossil[\s-]fuel|"
                         rf"fossil|oil|gas|oil\s+and\s+gas)(?:[\s-]fired)?\s+(?:heating|boilers?|furnaces?)"
                         rf"(?:\s+in\s+(?:all\s+)?(?:new\s+)?(?:buildings|homes))?\s+(?:by|from|no\s+later\s+than|"
                         rf"before)\s+({YEAR})\b", re.I)


def exit_pledges(s: str) -> list[tuple[int, str, dict]]:
    """Coal exits and ends to fossil-fuelled car sales in one sentence (start, "other", fields), one per kind."""
    out: list[tuple[int, str, dict]] = []
    if "coal" in s.lower():
        m = COAL_VERB.search(s) or COAL_NOUN.search(s) or COAL_FREE.search(s)
        if m:
            out.append((m.start(), "other", {"target_year": int(m.group(1))}))
    if "new " in s.lower():
        m = ZERO_SALES.search(s) or COMBUSTION_SALES.search(s)
        if m and not any(f["target_year"] == int(m.group(1)) for _, _, f in out):
            out.append((m.start(), "other", {"target_year": int(m.group(1))}))
    low = s.lower()
    for rx, present in ((ELECTRIFY, "electrif" in low), (FOSSIL_HEAT, "heat" in low or "boiler" in low)):
        if present and (m := rx.search(s)) and not any(f["target_year"] == int(m.group(1)) for _, _, f in out):
            out.append((m.start(), "other", {"target_year": int(m.group(1))}))
    return out
