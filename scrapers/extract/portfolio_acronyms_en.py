"""An acronym a story defines for a body named by its portfolios: "The Ministry of Environment, Climate Change,
Disaster Management and Meteorology (MECDM) and ..." defines MECDM, which the headline then uses ("MECDM and China
sign MOU ...").

The acronym reader (story_context.local_acronyms) takes the capitalised words right before the bracket, which stop at
the name's last comma ("Disaster Management and Meteorology"), so the acronym was left undefined and the headline's
signing became a second row. Where the words before the bracket end a name the entity reader reads across its
commas (scrapers/extract/portfolios_en.py), the acronym names that body when its letters are the initials of the
name's words in order (MECDM: Ministry, Environment, Climate, Disaster, Management ... ); never an acronym whose
letters the name does not hold.
"""
from __future__ import annotations

from scrapers.extract.entities import find_entities

REACH = 200  # characters before the bracket a portfolio body's name may take


def portfolio_acronym(text: str, bracket: int, abbr: str) -> str | None:
    """The name of the body a portfolio-named span ending before `bracket` (the "(" of "(MECDM)") stands for, when
    `abbr` is made of its words' initials in order; else None."""
    start = max(0, bracket - REACH)
    window = text[start:bracket].rstrip()
    for stop in (". ", "\n"):  # within the sentence
        if (k := window.rfind(stop)) >= 0:
            window = window[k + len(stop):]
    if "," not in window:
        return None
    ents = find_entities(window)
    if not ents or ents[-1].kind != "org" or ents[-1].end != len(window) or "," not in ents[-1].surface:
        return None
    initials = [w[0] for w in ents[-1].surface.replace(",", " ").split() if w[:1].isupper()]
    return ents[-1].name if _subsequence(abbr, initials) and abbr[0] == initials[0] else None


def _subsequence(abbr: str, initials: list[str]) -> bool:
    """Whether every letter of `abbr` is an initial, in order."""
    it = iter(initials)
    return all(any(ch == i for i in it) for ch in abbr)
