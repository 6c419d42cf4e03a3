"""English carbon-intensity targets told as a noun after a verb of aiming, with no verb of cutting (issue 17, the
hundred-second web): "aims for carbon intensity 65% below 2005 levels by 2030", "It aims for a non-fossil share of
... by 2025, and for carbon intensity 65% below 2005 levels by 2030", "targets CO2 intensity of about 70 percent below
2005 levels by 2035". An emissions_reduction against the base year the sentence names, as "cut its carbon intensity
by 65% from 2005 levels by 2030" is read (the development webs record a CO2-intensity cut below a base year so); an
intensity cut with no base year is not read here.

A verb of aiming before "for" (never "carbon intensity was 20% below 2005 levels by 2020", a result) and a target
year after "by". Cheap: the literal "intensity" gates the pattern.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import PCT, YEAR

_AIM = r"(?:aims?|aiming|targets?|targeting|plans?|planning|strives?|striving|seeks?|seeking)"
_ABOUT = r"(?:(?:about|around|roughly|some|nearly|approximately|more\s+than|over|at\s+least)\s+)?"
AIMED_INTENSITY = re.compile(rf"\b{_AIM}\s+(?:[^.;]{{0,160}}?,?\s+and\s+)?(?:for\s+)?(?:its\s+|a\s+)?(?:carbon|CO2|"
                             rf"carbon\s+dioxide)\s+(?:emissions\s+)?intensity\s+(?:of\s+)?{_ABOUT}{PCT}\s+"
                             rf"(?:below|under|lower\s+than)\s+(?:its\s+|the\s+)?({YEAR})\s+levels?\s+by\s+"
                             rf"(?:the\s+end\s+of\s+)?({YEAR})\b", re.I)


def aimed_intensity(s: str) -> list[tuple[int, str, dict]]:
    """The carbon-intensity cuts below a base year the sentence aims for (start, "emissions_reduction", fields)."""
    if "intensity" not in s.lower():
        return []
    out = []
    for m in AIMED_INTENSITY.finditer(s):
        lo, hi = float(m.group(1)), float(m.group(2) or m.group(1))
        out.append((m.start(), "emissions_reduction", {"target_year": int(m.group(4)), "base_year": int(m.group(3)),
                                                       "reduction_pct_min": lo, "reduction_pct_max": hi}))
    return out
