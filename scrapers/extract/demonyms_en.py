"""The country an English demonym names, from the gazetteer: a leaf module, so the entity readers (located_units_en)
and the pledge readers (pledge_subjects, capacity) share it without an import cycle."""
from __future__ import annotations

from pactwatch.gazetteer import gazetteer


def demonym_country(word: str) -> str | None:
    """The country an English demonym names ("Indian" -> India, "Chinese" -> China), from the gazetteer."""
    gaz = gazetteer()
    for cand in (word, word[:-1], word[:-2], word[:-3] + "a", word[:-2] + "a", word[:-3], word[:-1] + "y"):
        p = gaz.find_en(cand) if len(cand) >= 4 else None
        if p and p.kind == "country":
            return p.name
    return None
