"""Targets a law sets, told the way state and regional governments write them: "enshrines in law a 50 per cent cut
... by 2030", "legislates net zero by 2050" (a law that fixes the target), and the German officialese of a Land's
English releases, "the state is to become climate-neutral by 2040", "emissions are to fall by 65 per cent" (an
obligation, "is to" + verb). Neither carries one of the usual pledge verbs (will, aims, commits), so the pledge
reader passed over them.

A law's own name as the sentence's subject ("The Climate Change (Net Zero Future) Act 2023 ... enshrines ...") pledges
for the state or province the story is about (`law_subject`), as "The law ..." pledges for whoever pledged last.
Not read: "was to" (a past plan), "is to be held/hosted/discussed" (no target), a law only proposed (pledges_en).
"""
from __future__ import annotations

from scrapers import lazy_re as re

# "enshrines in law", "enshrined in legislation", "legislates", "writes into law", "puts into law", "sets in law"
LAW_FIXES = re.compile(r"\b(?:enshrin\w*|legislat(?:es|ed|ing)|(?:writ(?:es|ten|ing)|wrote|put(?:s|ting)?|"
                       r"set(?:s|ting)?)\s+(?:\w+\s+){0,3}?in(?:to)?\s+law)\b")
# "is to become", "are to fall", "is to be cut", "are to be reduced": an obligation told by "be to"
IS_TO = re.compile(r"\b(?:is|are)\s+(?:also\s+)?to\s+(?:become|fall|drop|decline|reach|achieve|halve|cut|reduce|"
                   r"be\s+(?:cut|reduced|halved|lowered|climate[- ]neutral|carbon[- ]neutral|net[- ]zero))\b")
# "The Climate Change (Net Zero Future) Act 2023", "The Climate Protection Act": a law named as the subject
NAMED_LAW = re.compile(r"^(?:The\s+)?(?:[A-Z][\w’'-]*\s+|\([A-Z][^()]{0,40}\)\s+|and\s+){1,10}(?:Act|Law|Bill)"
                       r"(?:\s+(?:19|20)\d\d)?\b")


# "emissions are to fall by 65 per cent": the obligation's verb, read as the cut it orders
_IS_TO_FALL = re.compile(r"\b((?:is|are)\s+(?:also\s+)?to\s+)(fall|drop|decline)\b")


def obligation_as_cut(s: str) -> str:
    """The sentence with an obligation to fall read as a cut, positions kept ("emissions are to fall by 65 per cent"
    -> "... are to cut  by 65 per cent"): "fell", "fall" alone stay results and forecasts."""
    if " to " not in s:
        return s
    return _IS_TO_FALL.sub(lambda m: m.group(1) + "cut".ljust(len(m.group(2))), s)


# "..., a 70 per cent cut by 2035", "and a 70 per cent reduction by 2035": a further cut listed after one with its
# base year, with a year of its own and no base of its own
_FURTHER_CUT = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:an?\s+)?(\d+(?:\.\d+)?)\s*(?:per\s+cent|percent|%)\s+"
                          r"(?:cut|reduction|decrease)\s+by\s+((?:19|20)\d\d)\b(?!\s+(?:levels?|baseline))")


def further_cuts(s: str, found: list[tuple[int, str, dict]]) -> list[tuple[int, str, dict]]:
    """Cuts listed after a cut with its base year that name no base of their own ("a 50 per cent cut ... on 2005
    levels by 2030, a 70 per cent cut by 2035 and net zero by 2050"): each against the same base year. Only a cut
    told as a noun ("a 70 per cent cut"), after the first cut in the same sentence."""
    cuts = [(at, f) for at, kind, f in found if kind == "emissions_reduction" and f.get("base_year")]
    if not cuts:
        return []
    out = []
    for m in _FURTHER_CUT.finditer(s, cuts[0][0]):
        pct, year = float(m.group(1)), int(m.group(2))
        if any(f.get("target_year") == year for _, f in cuts):
            continue  # (read already)
        base = [f for at, f in cuts if at < m.start()][-1]["base_year"]
        out.append((m.start(), "emissions_reduction", {"target_year": year, "base_year": base,
                                                       "reduction_pct_min": pct, "reduction_pct_max": pct}))
    return out


def statutory_target(sentence: str) -> bool:
    """Whether a sentence binds its actor to a target by a law's words or by "is/are to": "enshrines in law a 50
    per cent cut ... by 2030", "the state is to become climate-neutral by 2040"."""
    return bool(LAW_FIXES.search(sentence) or IS_TO.search(sentence))


def law_subject(sentence: str) -> bool:
    """Whether the sentence's subject is a law named in full ("The Climate Change (Net Zero Future) Act 2023,
    which ..., enshrines ..."), whose targets are the story's state's or province's."""
    return bool(NAMED_LAW.match(sentence))
