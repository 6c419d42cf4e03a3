"""A body of a foreign place named with the place's country in the possessive inside the body's name (English): "the
Department of Natural Resources and Environment of Laos' Luang Prabang Province", "the Environment Office of
Thailand's Chiang Rai Province". The country only says where the place lies, as it does before a place alone
(possessive_places); it is no part of the body's name, which is "... of Luang Prabang Province". Pure function."""
from __future__ import annotations

from dataclasses import replace

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entity_kinds import Entity

# "<body> of <Country>'s <Place ...>": the country's possessive after the body's "of", a capitalised place after it
OF_COUNTRYS = re.compile(r"^(?P<body>.+?\bof\s+)(?:the\s+)?(?P<country>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?)"
                         r"(?:'s|’s|'|’)\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}?)$")
# a place named by its kind: "Luang Prabang Province", "Chiang Rai Province", "Nuble Region" ("Sydney Branch" is none)
PLACE_KIND = re.compile(r"\s(?:Province|State|Region|Prefecture|County|District|Municipality|City|Oblast|Governorate|"
                        r"Territory|Canton|Department)$")


def without_country_possessive(entities: list[Entity]) -> list[Entity]:
    """The entities with each English body "... of <Country>'s <Place>" named "... of <Place>" (see the module)."""
    out = []
    for e in entities:
        m = OF_COUNTRYS.match(e.name) if e.kind == "org" and ("'" in e.name or "’" in e.name) else None
        country = gazetteer().find_en(m.group("country")) if m else None
        inner = country is not None and country.kind == "country" and (
            PLACE_KIND.search(m.group("place")) or _place_of(m.group("place"), country.country))
        out.append(replace(e, name=m.group("body") + m.group("place")) if inner else e)
    return out


def _place_of(name: str, country: str | None) -> bool:
    """Whether the gazetteer knows `name` as a place inside `country` (not a country)."""
    place = gazetteer().find_en(name)
    return place is not None and place.kind != "country" and place.country == country


# state media's "of south China's Guangxi ...": the body's "of", a compass word, then the place after its country
COMPASS_OF = re.compile(r"^\s+of\s+(?:the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|"
                        r"north-east|north-west|south-east|south-west|central|northern|southern|eastern|western)\s+$")
POSSESSIVE_OPENING = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?(?:'s|’s|'|’)\s+")
BODY_HEAD = re.compile(r"\b(?:Department|Bureau|Office|Commission|Administration|Committee|Agency|Council|Authority)\b")


def compass_place_bodies(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with a body "<Department ...> of south China's <Place>" read as one body, "<Department ...> of
    <Place>" (the name the same body has where the compass word is missing), not a headless department and the
    place as two parties. Only a body no table knows, whose name opens with an office's head."""
    out: list[Entity] = []
    for e in entities:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "org" and e.kind != "org" and BODY_HEAD.match(prev.name) and \
                prev.name == prev.surface and COMPASS_OF.match(sentence[prev.end:e.start]) and \
                (own := POSSESSIVE_OPENING.match(e.surface)) and \
                (country := gazetteer().find_en(own.group().rstrip()[:-2].rstrip("'’"))) and country.kind == "country":
            name = f"{prev.name} of {e.surface[own.end():]}"
            out[-1] = Entity(name, "org", e.country, prev.start, e.end, sentence[prev.start:e.end])
            continue
        out.append(e)
    return out
