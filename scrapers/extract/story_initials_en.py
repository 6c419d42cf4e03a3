"""Initials a story uses for a body it named in full before, without ever glossing them: "The University of Michigan
will ..." + "Under the commitments, U-M will achieve carbon neutrality ... by 2040"; "the University of North Carolina
... UNC will ...". The initials (two to five capitals, hyphens allowed) must spell the capitalised words of a name the
story gave before them (of, and, for, the left out) and that name must read whole as one organisation; initials that
name a place, or that the entity reader already knows, are left alone.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import find_entities

INITIALS = re.compile(r"\b([A-Z](?:-?[A-Z]){1,4})\b(?![-\w])")
# a capitalised name of two to seven words, "of", "and", "for", "the" between them
FULL = re.compile(r"\b(?:The\s+)?([A-Z][\w'’.]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w'’.]*){1,6})")
SMALL = {"of", "and", "for", "the", "&"}


def story_initials(text: str, known: dict[str, str]) -> dict[str, str]:
    """Initials -> the full organisation name they spell, for initials the story uses after naming it in full."""
    if not INITIALS.search(text):
        return {}
    fulls: dict[str, tuple[int, str]] = {}
    for m in FULL.finditer(text):
        toks = m.group(1).split()
        for i in range(len(toks)):  # "Regents of the University of Minnesota": "University of Minnesota" too
            if toks[i] in SMALL:
                continue
            letters = "".join(w[0] for w in toks[i:] if w not in SMALL)
            if 2 <= len(letters) <= 5 and letters.isupper():
                fulls.setdefault(letters, (m.end(), " ".join(toks[i:])))
    out: dict[str, str] = {}
    for m in INITIALS.finditer(text):
        token = m.group(1)
        letters = token.replace("-", "")
        if token in known or token in out or letters not in fulls or fulls[letters][0] > m.start():
            continue
        if gazetteer().find_en(token) or find_entities(token):
            continue
        full = fulls[letters][1]
        ents = find_entities(full)
        if len(ents) == 1 and ents[0].kind == "org" and ents[0].start == 0 and ents[0].end == len(full):
            out[token] = ents[0].name
    return out
