"""A town named in a list of cities (issue 17, the ninety-second web): "Leuven, Umeå and Guimarães adhered to ...",
"Guimarães, Espoo and Leuven signed ...". The English tables read a city by its name alone only above a size (a bare
small-town name collides with ordinary words), so the smallest member of such a list was dropped and the record lost
a party. Where one to three capitalised words stand as an item of a list ("A, B and C": commas and a last "and" or
"or") whose other items hold at least two cities already read, and the gazetteer's rows hold those words as a city,
the item is that city (kept as the rows write it, in the country of its largest namesake). A word no row holds, or an
item in a list with fewer than two read cities, is left alone.

Cheap: only a sentence with two city entities or more and a comma or " and " is searched, with one precompiled
pattern."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entity_kinds import Entity

# one to three capitalised words (letters of any script with accents, apostrophes, dots and hyphens inside)
_ITEM = re.compile(r"(?<![\w’'-])[A-Z][^\W\d_]*(?:[’'.-][^\W\d_]+)*(?:\s[A-Z][^\W\d_]*(?:[’'.-][^\W\d_]+)*){0,2}"
                   r"(?![\w’'-])")
# what joins the items of a list: a comma, a comma and "and"/"or", or "and"/"or" alone
_SEP = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _chain(sentence: str, entities: list[Entity], start: int, end: int) -> int:
    """How many city entities the list around the item at [start, end) holds, walking from it both ways over
    separators and items that are cities."""
    by_end = {e.end: e for e in entities}
    by_start = {e.start: e for e in entities}
    count, pos = 0, start
    while True:  # leftwards
        m = next((m for m in _SEP.finditer(sentence, max(0, pos - 8), pos) if m.end() == pos), None)
        e = m and by_end.get(m.start())
        if not e or e.kind != "city":
            break
        count, pos = count + 1, e.start
    pos = end
    while True:  # rightwards
        m = _SEP.match(sentence, pos)
        e = m and by_start.get(m.end())
        if not e or e.kind != "city":
            break
        count, pos = count + 1, e.end
    return count


def listed_towns(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with a town added where an item of a list of two read cities or more is a city the gazetteer's
    rows hold by that name and no entity covers it."""
    if sum(e.kind == "city" for e in entities) < 2 or ("," not in sentence and " and " not in sentence):
        return entities
    gaz = gazetteer()
    added = []
    for m in _ITEM.finditer(sentence):
        if any(e.start < m.end() and m.start() < e.end for e in entities):
            continue
        place = gaz.place(m.group())
        if place is None or place.kind != "city" or _chain(sentence, entities, m.start(), m.end()) < 2:
            continue
        added.append(Entity(place.name, "city", place.country, m.start(), m.end(), m.group()))
    return sorted(entities + added, key=lambda e: e.start) if added else entities
