"""Chinese state media in English (Xinhua-, China Daily-, CGTN-like wires and provincial English portals): the
shapes of their names and ledes that general English rules read wrongly.

* "North China's Shanxi Province", "South China's Guangdong Province": the compass word qualifies China, not the
  province; the province acts (a "North Carolina"-like region reading would drop it).
* "Shaanxi Yanchang Petroleum (Group) Co., Ltd.": a Chinese company's registered English name keeps "(Group)" or
  "(Holdings)" before its legal form; the bracket is part of the name, not an aside that ends it.
* A plan's figures told as what will happen: "the share of non-fossil energy ... will reach 12 percent", "CO2 emissions
  per unit of GDP will drop by 16 percent from the 2020 level" (a renewable share, an emissions reduction).
* "inked a memorandum of understanding on A, B and C (X) with Y": a long topic before "with" keeps Y the counterpart.
* "During the forum, A signed ..." in a story filed on the forum's opening day: that day; "A and B also signed ...":
  the day and place of the signing just told.

Cheap: each rule is gated by a literal ("percent", "per unit", "share of") or runs only where an older reading found
nothing (a "with" beyond reach, a signing with no day, a place after a compass word).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.units_en import YEAR



def qualifies_country(surface: str) -> bool:
    """Whether a place's surface opens with a country's possessive ("China's Shanxi Province"): a compass word just
    before it ("North China's ...") belongs to the country, so the place is still an actor."""
    return ("'s " in surface or "’s " in surface) and surface[:1].isupper()


# --- a plan's figures told in the calqued English of Chinese plans ------------------------------------------------
_PCT = r"(?:about\s+|around\s+|roughly\s+|more\s+than\s+|over\s+|at\s+least\s+)?(\d+(?:\.\d+)?)\s*(?:percent|per\s+cent|%)"
_YEAR = rf"({YEAR})"
_CLEAN = (r"(?:renewables|(?:renewable|clean|non-fossil|green)\s+(?:[\w-]+\s+){0,2}?(?:energy|power|electricity|"
          r"fuels?))\b")
# "the share of non-fossil energy in the province's total energy consumption will reach 12 percent"
SHARE_WILL = re.compile(rf"\b(?:share|proportion)\s+of\s+{_CLEAN}(?:\s+(?:in|of)\s+(?:[\w’'-]+\s+){{0,5}}?"
                        rf"(?:consumption|mix|supply|use|capacity|generation))?\s+(?:will|is\s+to|should)\s+(?:reach|"
                        rf"rise\s+to|increase\s+to|climb\s+to|hit|be\s+raised\s+to|exceed|be)\s+{_PCT}", re.I)
# "non-fossil energy will account for about 25 percent of total energy consumption"
ACCOUNT_WILL = re.compile(rf"\bnon-fossil\s+(?:energy|fuels?)\s+(?:will|is\s+to|should)\s+(?:account\s+for|make\s+up)\s+"
                          rf"{_PCT}\s+of\b", re.I)
# "carbon dioxide emissions per unit of GDP will drop by 16 percent from the 2020 level"
UNIT_DROP = re.compile(rf"\b(?:carbon\s+dioxide|CO2|carbon|greenhouse\s+gas)\s+emissions\s+per\s+unit\s+of\s+(?:GDP|"
                       rf"gross\s+domestic\s+product|regional\s+GDP|(?:industrial\s+)?(?:output|added)\s+value|output)\s+"
                       rf"(?:in\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+)?(?:will|is\s+to|should)\s+(?:drop|fall|decline|decrease|go\s+down|be\s+(?:cut|reduced|"
                       rf"lowered))\s+by\s+{_PCT}\s+(?:from|below|compared\s+(?:with|to))\s+(?:the\s+|its\s+)?{_YEAR}"
                       rf"\s+levels?", re.I)
# the figure's year: "by 2025" after it, within its clause ("... of total energy consumption by 2030")
_BY_YEAR = re.compile(rf"[^,.;]{{0,60}}?\b(?:by|before)\s+(?:the\s+end\s+of\s+)?{_YEAR}\b")


def plan_figures(s: str, found: list[tuple[int, str, dict]]) -> list[tuple[int, str, dict]]:
    """A plan's shares and intensity cuts told as what "will reach" or "will drop" (start, kind, fields) beside the
    pledges `found`: the year follows the figure ("by 2025") or fronts the sentence (left to the caller)."""
    if "percent" not in s and "%" not in s and "per cent" not in s:
        return []
    out: list[tuple[int, str, dict]] = []
    have = {k for _, k, _ in found}
    if "renewable_share" not in have and ("share of" in s or "proportion of" in s or "on-fossil" in s):
        for m in [*SHARE_WILL.finditer(s), *ACCOUNT_WILL.finditer(s)]:
            year = _BY_YEAR.match(s, m.end())
            out.append((m.start(), "renewable_share", {"target_year": int(year.group(1)) if year else None,
                                                       "share_pct": float(m.group(1))}))
    if "emissions_reduction" not in have and "per unit" in s:
        for m in UNIT_DROP.finditer(s):
            year = _BY_YEAR.match(s, m.end())
            out.append((m.start(), "emissions_reduction", {"target_year": int(year.group(1)) if year else None,
                                                           "base_year": int(m.group(2)),
                                                           "reduction_pct_min": float(m.group(1)),
                                                           "reduction_pct_max": float(m.group(1))}))
    return out


# --- a long topic between the instrument and its counterpart ------------------------------------------------------
# "inked a memorandum of understanding on carbon capture, utilization and storage (CCUS) with the University of
# Kansas": words, commas and a bracketed short form only, no verb or relative word; or the relations it establishes
# ("an agreement establishing friendly province relations with", "a memorandum to establish sister-city ties with")
_TOPIC_GAP = re.compile(r"\s+(?:on|for|concerning|regarding|covering|establishing|to\s+establish)\s+"
                        r"(?:[\w'’()/-]+,?\s+){1,24}")
_GAP_VERB = re.compile(r"\b(?:which|that|who|whom|signed|inked|will|would|was|were|is|are|has|have|had)\b")


def topic_gap(sentence: str, inst_end: int, with_at: int) -> bool:
    """Whether only the instrument's topic stands between it and a "with" (`with_at`): the "with" names the
    counterpart however long the topic ("a memorandum of understanding on A, B and C with X")."""
    gap = sentence[inst_end:with_at]
    return 0 < len(gap) <= 170 and bool(_TOPIC_GAP.fullmatch(gap)) and not _GAP_VERB.search(gap)


# --- signings during a gathering the story opens with ----------------------------------------------------------
# "During the forum, A signed ...", "On the sidelines of the expo, ...": at the gathering the lede reported
DURING_EVENT = re.compile(r"^(?:During|At|On\s+the\s+sidelines\s+of)\s+the\s+(?:[\w-]+\s+){0,3}?(?:forum|summit|"
                          r"conference|expo|exposition|fair|symposium|congress|dialogue|meeting)\b", re.I)
# "A and B also signed a memorandum ...": another signing of the same occasion (not one recalled with its own date)
ALSO_SIGNED = re.compile(r"\balso\s+(?:signed|inked)\b")


def occasion_signing(s: str, event_days: set, filed_on, last: dict | None, gap: int) -> tuple | None:
    """The day and place (day, precision, city, country) of an English signing told without its own day: "During the
    forum, ..." in a story filed on the day the forum opened (a signing it reports happened that day), or "A and B
    also signed ..." right after a signing with its day (that occasion's day and place). None when neither holds."""
    if filed_on and filed_on in event_days and DURING_EVENT.match(s):
        return filed_on, "day", None, None
    if last and gap <= 2 and last.get("signed_on") and ALSO_SIGNED.search(s):
        return last["signed_on"], last["signed_on_precision"], last.get("city"), last.get("country")
    return None
