"""Who "the state" (the city, the province) is when it signs: "Vermont lawmakers are weighing ... a trade office,
weeks after the state signed a memorandum of understanding with the Yichang Municipal People's Government last
December." The subject of the signing names no place; the state is the one the sentence named before it (Vermont),
and only where the sentence named one place of that kind before it: otherwise no party is guessed.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity
from scrapers.extract.regions_en import place_kind
from scrapers.lead_chars import with_lead

THE_PLACE_SIGNS = with_lead(re.compile(r"\b[Tt]he\s+(state|city|province)\s+(?:has\s+|had\s+|also\s+|jointly\s+){0,2}"
                                       r"(?:signed|inked|renewed)\b"))


def the_place_signs(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities, with "the state" (city, province) that signs read as the one place of its kind the sentence
    named before it; unchanged where it names none or several."""
    if "he state " not in sentence and "he city " not in sentence and "he province " not in sentence:
        return entities
    m = THE_PLACE_SIGNS.search(sentence)
    if m is None:
        return entities
    kind = m.group(1)
    before = {(e.name, e.country) for e in entities if e.end <= m.start() and place_kind(e.kind, e.name) == kind}
    if len(before) != 1:
        return entities
    name, country = next(iter(before))
    end = m.start(1) + len(kind)
    return sorted([*entities, Entity(name, kind, country, m.start(), end, sentence[m.start():end])],
                  key=lambda e: e.start)
