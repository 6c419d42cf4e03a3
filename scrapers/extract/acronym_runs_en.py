"""Names written as a run of capitals ("CMA CGM", "MSC SA", "TotalEnergies ENGIE"-style brands): a known acronym at
the head of such a run is not that acronym's body.

The alias file knows short acronyms ("CMA" for the China Meteorological Administration); a container line, a bank or
a utility whose name is two all-capital words ("CMA CGM") opens with one of them. An acronym followed, after one
space, by another all-capital word that is no connector and no known name itself is the first word of a longer name:
the run is that name, as written.
"""
from __future__ import annotations

from pactwatch.gazetteer import gazetteer
from scrapers import lazy_re as re

# one all-capital word of two letters or more (an ampersand inside: "AT&T"), digits allowed after the first letter
_CAPS = re.compile(r"[A-Z][A-Z0-9&]{1,}$")
# words in capitals that do not continue a name: a unit, a currency, a document's kind, a month's short form
_NOT_NAME = {"MOU", "MOA", "MW", "GW", "KW", "MWH", "GWH", "TWH", "USD", "EUR", "CEO", "CFO", "EPC", "PPA", "LNG",
             "CO2", "GHG", "ESG", "TEU", "AND", "OF", "THE", "FOR", "IN", "TO", "ON", "AT", "BY", "SA", "AG", "PLC",
             "LLC", "INC", "LTD", "NV", "BV", "AS", "AB", "ASA", "SE", "SPA", "JV",
             # a scheme, a goal or a technology a body's acronym qualifies ("EU ETS", "UN SDG", "IEA CCUS")
             "ETS", "CBAM", "SDG", "SDGS", "NDC", "NDCS", "COP", "CCUS", "CCS", "EV", "EVS", "GDP", "PV", "BESS",
             "SAF", "IPO", "IRA", "GHGS", "HQ", "DG", "TV", "AI", "API", "FAQ", "PDF"}


def acronym_run_end(toks: list[tuple[str, int, int]], i: int, known) -> int | None:
    """The token end of a name of all-capital words opened by the known acronym at token i ("CMA CGM"), or None when
    the acronym stands alone ("CMA said", "CMA and NDRC", "CMA's", "WWF HK": a place after it says where).
    `known(surface)` tells a known name."""
    if not _CAPS.match(toks[i][0]):
        return None
    j = i + 1
    while j < len(toks) and toks[j][1] == toks[j - 1][2] + 1 and _CAPS.match(toks[j][0]) and \
            toks[j][0] not in _NOT_NAME and not known(toks[j][0]) and not gazetteer().find_en(toks[j][0]):
        j += 1
    return j if j > i + 1 else None


def acronym_tail_end(toks: list[tuple[str, int, int]], i: int, j: int, known) -> int | None:
    """The token end of a body named by its place, some capitalised words and then its own acronym, without brackets
    ("Helsinki Region Environmental Services HSY", "<Town> Region Development <ACRONYM>": the Nordic way of writing a
    municipal company or authority), for the run of capitalised words toks[i:j]; None when the run does not open with
    a place or holds no such acronym (a connector, a unit or a known name in capitals ends the search; the acronym opens
    with the place's initial: "Beijing Time CCTV" is no name)."""
    if not gazetteer().find_en(toks[i][0]) or _CAPS.match(toks[i][0]):
        return None
    for k in range(i + 1, j):
        word = toks[k][0]
        if word in CONNECTORS_EN or toks[k][1] != toks[k - 1][2] + 1:
            return None
        if _CAPS.match(word):
            if k < i + 2 or len(word) < 3 or word[0] != toks[i][0][0] or word in _NOT_NAME or known(word) or \
                    gazetteer().find_en(word):  # (the acronym opens with the place's initial, as such brands do)
                return None
            return k + 1
    return None


# words that join names ("of", "and"): a run with one is no name of this shape
CONNECTORS_EN = {"of", "for", "and", "on", "the", "de", "&", "–", "-"}
