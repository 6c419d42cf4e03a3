"""A small town named as its government, "the City of Twin Falls", "the Town of Vail" (issue 17, the seventy-third
web): a town too small for the English tables to read by its name alone (a bare "Twin Falls" could be anything) is
read where "City of"/"Town of" stands right before a name the gazetteer's rows hold as a city. The name is kept as
the rows write it, in the country of its largest namesake; a name the tables already read is left to them.

Cheap: only a sentence holding "ity of " or "own of " is searched, with one precompiled pattern."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entity_kinds import Entity

# "City of" / "Town of" and one to three capitalised words (the whole run must be a city's name)
_CITY_OF = re.compile(r"(?:City|Town)\s+of\s+([A-Z][a-z’'.-]+(?:\s[A-Z][a-z’'.-]+){0,2})")


def towns_after_city_of(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with a town added where "City of <name>" names a city the gazetteer's rows hold and no entity
    already covers that name."""
    if "ity of " not in sentence and "own of " not in sentence:
        return entities
    gaz = gazetteer()
    added = []
    for m in _CITY_OF.finditer(sentence):
        if any(e.start < m.end(1) and m.start(1) < e.end for e in entities):
            continue
        place = gaz.place(m.group(1))  # the whole capitalised run: "City of Hope National ..." names no town
        if place is not None and place.kind == "city":
            added.append(Entity(place.name, "city", place.country, m.start(1), m.end(1), m.group(1)))
    return sorted(entities + added, key=lambda e: e.start) if added else entities
