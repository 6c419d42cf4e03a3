"""A city government named "<Name> City" that the tables do not know ("Shunan City", "Rongcheng City"): Japanese,
Korean and Chinese local governments' English releases write their cities so. Kept as written, the name read only
where the sentence itself marks it a city government: its mayor ("Mayor Fujii Ritsuko of Shunan City", "the Mayor of
Rongcheng"), its city hall ("at Shunan City Hall"), or where it lies right after it ("Rongcheng City in Weihai",
"Tono City, Iwate Prefecture"). A "<Name> City" the tables read whole is theirs; one whose <Name> they read as an East
Asian city is that city wherever it stands ("at the Prefectural Office in Yamaguchi City."); "Smart City", "Forbidden
City" with no such mark are no governments.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entity_kinds import Entity

_NAMED_CITY = re.compile(r"\b([A-Z][a-z]{2,}(?:-[a-z]+)?)\s+City\b(?!\s+(?:Hall|Council|Government|Office)\b)")
_EAST_ASIA = {"JP", "KR", "CN", "TW"}  # whose governments write their cities "<Name> City" in English
_MAYOR_OF = re.compile(r"\bMayor\s+(?:[A-Z][a-z]+\s+){0,3}of\s+$")


def mayor_cities(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with "<Name> City" added as written where the sentence marks it a city government (its mayor, its
    city hall, a place it lies in written right after it) and no entity or table reads the name."""
    if " City" not in sentence:
        return entities
    added = []
    for m in _NAMED_CITY.finditer(sentence):
        name = m.group(1)
        if any(e.start < m.end() and m.start() < e.end for e in entities) or gazetteer().find_en(m.group()):
            continue
        if (known := gazetteer().find_en(name)) is not None:
            if known.kind == "city" and known.country in _EAST_ASIA:  # "... in Yamaguchi City.": the tables' city
                added.append(Entity(known.name, "city", known.country, m.start(1), m.end(1), name))
            continue
        marked = _MAYOR_OF.search(sentence[max(0, m.start() - 40):m.start()]) or \
            f"{name} City Hall" in sentence or f"Mayor of {name}" in sentence or \
            any(e.kind in {"city", "province", "state"} and
                re.fullmatch(r"\s+in\s+|\s*,\s*", sentence[m.end():e.start]) for e in entities if e.start >= m.end())
        if marked:
            added.append(Entity(m.group(), "org", None, m.start(), m.end(), m.group()))
    return sorted(entities + added, key=lambda e: e.start) if added else entities
