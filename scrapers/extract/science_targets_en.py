"""Targets in the phrasing of science-based targets, as companies publish them (SBTi's target language):

- an intensity cut with its unit after the figure: "reduce scope 1 and 2 GHG emissions 70% per MWh by 2030 from a
  2022 base year" (an emissions reduction against its base year, as a cut per unit of GDP is);
- the figure first, as a share of the emissions: "reduce 50% of its combined scope 1, 2 and 3 absolute emissions by
  2030 against a 2019 base year";
- a second cut that takes its year and base from the one before: "... and to reduce absolute scope 3 GHG emissions
  from the use of sold products 25% within the same timeframe";
- a buyer's clean-power goal matched hour by hour: "aims to run on 24/7 carbon-free energy on every grid where it
  operates by 2030" (all of its power, every hour: a renewable share of 100%).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import YEAR

PCT = r"(\d+(?:\.\d+)?)\s*(?:percent|per\s+cent|%)"
# the unit of an intensity figure, right after it and before its year ("70% per MWh by 2030")
PER_UNIT = re.compile(rf"(?<=[%t])\s+per\s+(?:MWh|kWh|GWh|megawatt[- ]hours?|kilowatt[- ]hours?|tonnes?|tons?|TEU|"
                      rf"(?:revenue\s+)?(?:passenger|tonne)[- ]kilomet(?:er|re)s?|RTK|unit\s+of\s+[\w-]+)(?=\s+by\s+{YEAR}\b)",
                      re.I)
# "reduce 50% of its combined scope 1, 2 and 3 absolute emissions by 2030 against a 2019 base year"
SHARE_OF_EMISSIONS = re.compile(
    rf"\b(?:reduc\w*|cut\w*|lower\w*)\s+{PCT}\s+of\s+(?:its|their|the)\s+(?:[\w,-]+\s+){{0,9}}?emissions\s+by\s+"
    rf"({YEAR})\s+(?:against|from|compared\s+(?:to|with)|relative\s+to|versus|below)\s+(?:a\s+|the\s+)?({YEAR})\s+"
    rf"(?:base(?:\s+year)?|baseline|levels?)\b", re.I)
# "... 25% within the same timeframe": the year and base of the cut just told
SAME_TIMEFRAME = re.compile(rf"\b{PCT}\s+(?:within|over|in|by)\s+the\s+same\s+(?:time\s?frame|period|target\s+year)\b",
                            re.I)


# "run on 24/7 carbon-free energy", "operate on 24/7 clean power", "be powered by 24/7 carbon-free electricity"
ROUND_THE_CLOCK = re.compile(r"\b(?:run|running|operate|operating|powered|be\s+powered)\s+(?:on|by)\s+(?:24/7|"
                             r"round-the-clock|around-the-clock)\s+(?:carbon[- ]free|clean|renewable)\s+"
                             r"(?:energy|electricity|power)\b", re.I)
_BY_YEAR = re.compile(rf"[^.;]{{0,70}}?\bby\s+(?:the\s+end\s+of\s+)?({YEAR})\b")


def intensity_units(s: str) -> str:
    """The sentence with an intensity figure's unit blanked ("70% per MWh by 2030" read as "70% by 2030"), positions
    kept."""
    if " per " not in s:
        return s
    return PER_UNIT.sub(lambda m: " " * len(m.group()), s)


def science_targets(s: str, out: list[tuple[int, str, dict]]) -> list[tuple[int, str, dict]]:
    """The cuts told in science-based-target forms that the general readers left (`out`: what they read)."""
    found: list[tuple[int, str, dict]] = []
    for m in SHARE_OF_EMISSIONS.finditer(s):
        pct = float(m.group(1))
        fields = {"target_year": int(m.group(2)), "base_year": int(m.group(3)), "reduction_pct_min": pct,
                  "reduction_pct_max": pct}
        if not any(f == fields for _, _, f in out):
            found.append((m.start(), "emissions_reduction", fields))
    for m in SAME_TIMEFRAME.finditer(s):
        before = [(p, f) for p, k, f in out + found if k == "emissions_reduction" and p < m.start()
                  and f.get("target_year")]
        if not before:
            continue  # no cut told before it: the timeframe is not in the sentence
        last = max(before, key=lambda t: t[0])[1]
        pct = float(m.group(1))
        found.append((m.start(), "emissions_reduction", {"target_year": last["target_year"],
                                                         "base_year": last.get("base_year"),
                                                         "reduction_pct_min": pct, "reduction_pct_max": pct}))
    if "24/7" in s or "round-the-clock" in s or "around-the-clock" in s:
        for m in ROUND_THE_CLOCK.finditer(s):
            if (y := _BY_YEAR.match(s, m.end())) and not any(k == "renewable_share" for _, k, _ in out):
                found.append((m.start(), "renewable_share", {"target_year": int(y.group(1)), "share_pct": 100.0}))
    return found
