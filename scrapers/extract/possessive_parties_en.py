"""A place's body named by the place's possessive and the body's role in plain words (English): "Lishui's ecology and
environment bureau", "Shenzhen's transport bureau", "Kansas City's water services department".

The body signs, not the place: read as the place, the agreement gets a party that did not sign (and loses the one
that did). A role of one or two words already stood for its body ("Xiamen's housing commission", roles.actors); a
role with "and" in it ("ecology and environment bureau") or of three or four words left the place as the party.
The body is named as the text names it (the possessive with its role), as the shorter roles were.

Precision first: the place must be one the entity reader found (a city, province or state), the role lower-case words
ending in a head word of a public body, and the phrase must not follow "in"/"at" (where something happened).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity
from scrapers.extract.roles import EN_LOCATION_PREP

# "'s ecology and environment bureau": up to four lower-case words (one "and" among them) before a body's head word
ROLE_BODY = re.compile(r"['’]s\s+((?:(?!the\b|a\b|an\b|its\b|their\b|and\b)[a-z][a-z-]*\s+(?:and\s+)?){1,4}?)"
                       r"(?:bureau|office|department|commission|agency|administration|authority|ministry|committee)\b")
_PLACES = {"city", "province", "state"}


def place_role_bodies(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with each "<place>'s <role words> <head>" read as that body (one org entity over the phrase)."""
    if "'s " not in sentence and "’s " not in sentence:
        return entities
    out = []
    for e in entities:
        m = ROLE_BODY.match(sentence, e.end) if e.kind in _PLACES else None
        if m and " and " in m.group() or m and len(m.group(1).split()) > 2:
            if not EN_LOCATION_PREP.search(sentence[max(0, e.start - 30):e.start]):
                surface = sentence[e.start:m.end()]
                e = Entity(surface, "org", e.country, e.start, m.end(), surface)
        out.append(e)
    return out


# "the state's Department of Environmental Management": whose it is, the state the story named last
OWNER_POSSESSIVE = re.compile(r"\b[Tt]he\s+(state|province|city)['’]s\s+$")


def owned_by_place(sentence: str, entities: list[Entity], recent_places: dict[str, str]) -> list[Entity]:
    """The entities with a body told as "the state's <Name>" named as that state's ("Indiana Department of
    Environmental Management"), the state being the one of that kind the story named last (`recent_places`: kind ->
    name); a body whose name already holds the place, or no place of that kind named before: left as it is."""
    if not recent_places or ("'s " not in sentence and "’s " not in sentence):
        return entities
    out = []
    for e in entities:
        m = OWNER_POSSESSIVE.search(sentence, max(0, e.start - 20), e.start) if e.kind == "org" else None
        place = recent_places.get(m.group(1)) if m else None
        if place:
            short = place.removesuffix(" Province").removesuffix(" City")
            if short not in e.name and e.name[:1].isupper():
                e = Entity(f"{short} {e.name}", e.kind, e.country, e.start, e.end, e.surface)
        out.append(e)
    return out
