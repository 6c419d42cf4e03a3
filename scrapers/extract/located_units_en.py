"""Local units no table lists, read by their kind word where the text says where they lie (English): "Yuanjiang
County of Yuxi", "the Vang Vieng District of Laos' Vientiane Province", "Colombia's Boyaca Department", "Hwaseong
District in South Korea", and places named by a description with their country's demonym, "the Chilean city of
Chillan", "the Mongolian province of Dornod".

foreign_provinces_en reads a run before Province, Prefecture, Oblast, Governorate, Voivodeship or League alone; a run
before District, County or Department is no actor by its shape alone (school, water and business districts, a
ministry's department). It is one here only with a locator right after it or a country's possessive right before it:
" of <a place or country>", " in <a place or country>" (a compass word and a country's possessive may open it: "in
north China's ..."), "<Country>'s ". The country is the locator's. A Department is a territorial unit only in the
countries whose units are so named (a general fact, by kind), never a body's department ("Energy Department of ...").
A run holding a word of a non-territorial district ("Business", "School", "Water", ...) is left out, and so is a run
an entity covers already or the gazetteer knows. A unit is an actor of kind "org" (as us_counties' counties): never an
event's city; a place it is "of" is covered by it ("Yuanjiang County of Yuxi" is one actor, not Yuxi too).

The description "the <Demonym> city|town|province|region|district|county of <Name>" names a place of that country
(the demonym settled by the gazetteer) even where no table knows the name as written ("Chillan" for Chillán); a name
an entity covers already is left to it. Pure functions; hooked in entities.find_entities after foreign_provinces.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from pactwatch.gazetteer import gazetteer
from scrapers.extract.demonyms_en import demonym_country
from scrapers.extract.entity_kinds import Entity

_HEADS = ("District", "County", "Department", "district", "county")
_RUN = re.compile(r"(?<![\w'’-])((?:[A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+)?\s+){1,3})"
                  r"(District|County|Department|district|county)\b(?!\s+[A-Z])(?!['’])")
# words of districts that are no territorial unit, and of a run that is no name
_NOT_UNITS = {"Business", "Financial", "School", "Schools", "Water", "Historic", "Historical", "Industrial",
              "Congressional", "Electoral", "Legislative", "Economic", "Development", "Commercial", "Shopping",
              "Entertainment", "Cultural", "Innovation", "Technology", "Tech", "Trade", "Free", "Police", "Fire",
              "Health", "Hospital", "Sanitation", "Irrigation", "Utility", "Utilities", "Transit", "Port", "Court",
              "Judicial", "Military", "Energy", "Air", "Quality", "Management", "Conservation", "Park", "Parks",
              "Lighting", "Improvement", "Unified", "Independent", "Community", "Federal", "Special", "Administrative",
              "Central", "Downtown", "Old", "Home", "Border", "Coastal", "Capital", "Partner", "Sister", "Rural",
              "Urban", "Metropolitan", "Forest", "Forestry", "Environment", "Environmental", "State", "Public",
              "Emergency", "Waste", "Housing", "Transport", "Transportation", "Education", "Agriculture", "Finance",
              "Planning", "Land", "Resources", "Natural", "Marine", "Ecology", "Climate", "Sustainability"}
_LEAD_WORDS = {"The", "A", "An", "This", "That", "Its", "Their", "Each", "Every", "Both", "Another", "Among", "In",
               "Of", "And", "As", "With", "From", "For", "By", "On", "At", "Under"}
_COMPASS = r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central|northern|southern|eastern|" \
           r"western)(?:ern)?\s+)?"
# after the unit: " of " or " in ", "the" and a compass word maybe, then the place
_AFTER = re.compile(rf"\s+(of|in)\s+(?:the\s+)?{_COMPASS}")
# a country's possessive: "Laos' ", "Mongolia's ", "South Korea's "
_POSSESSIVE = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:['’]s|(?<=s)['’])(?=\s)")
_POSSESSOR_BEFORE = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:['’]s|(?<=s)['’])\s+$")
# the countries whose territorial units are named Department
_DEPARTMENT_COUNTRIES = {"FR", "CO", "UY", "PE", "BO", "PY", "GT", "HN", "SV", "NI", "HT", "BJ", "SN", "NE", "CG",
                         "GA", "TD", "CI"}
# "the Chilean city of Chillan", "the Mongolian province of Dornod"
_DESCRIBED = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(city|town|province|region|district|county)"
                        r"\s+of\s+([A-Z][a-zà-ÿ-]+(?:\s+[A-Z][a-zà-ÿ-]+){0,2})\b(?!['’])")


def _country(name: str) -> str | None:
    """The ISO code of the country `name` is, or None."""
    p = gazetteer().find_en(name)
    return p.country if p is not None and p.kind == "country" else None


def _locator(sentence: str, end: int, entities: list[Entity]) -> tuple[str | None, list[Entity], int]:
    """The country the words after a unit ending at `end` locate it in (" of Yuxi", " in north China's ...", " of
    Laos' ..."), the entities an " of" locator covers, and the end of that locator; (None, [], end) where none."""
    m = _AFTER.match(sentence, end)
    if m is None:
        return None, [], end
    if (pos := _POSSESSIVE.match(sentence, m.end())) and (cc := _country(pos.group(1))):
        return cc, [], end
    place = next((e for e in entities if e.start == m.end() and e.kind in {"city", "province", "state", "country"}
                  and e.country), None)
    if place is None:
        return None, [], end
    if m.group(1) == "of":
        return place.country, [place], place.end
    return place.country, [], end


def located_units(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with each unit named by its kind word and located by the text added, and each place named by its
    country's demonym and kind ("the Chilean city of Chillan") that no entity reads (see the module)."""
    entities = [_located(sentence, e, entities) for e in _described(sentence, entities)]
    if not any(h in sentence for h in _HEADS):
        return entities
    added, covered = [], []
    for m in _RUN.finditer(sentence):
        words = m.group(1).split()
        while words and words[0] in _LEAD_WORDS:
            words = words[1:]
        if not words or any(w in _NOT_UNITS for w in words) or _country(" ".join(words)):
            continue
        start = m.start(1) + m.group(1).index(words[0])
        head = m.group(2)[0].upper() + m.group(2)[1:]
        name = " ".join(words + [head])
        if any(e.start < m.end() and start < e.end for e in entities + added):
            continue  # a name read already (a known place, a body holding it)
        if gazetteer().find_en(name) is not None:
            continue
        country, inside, end = _locator(sentence, m.end(), entities)
        if country is None and (pm := _POSSESSOR_BEFORE.search(sentence[:start])):
            country = _country(pm.group(1))
        if country is None or (head == "Department" and country not in _DEPARTMENT_COUNTRIES):
            continue
        added.append(Entity(name, "org", country, start, end, sentence[start:end]))
        covered += inside
    if not added:
        return entities
    return sorted([e for e in entities if e not in covered] + added, key=lambda e: e.start)


def _located(sentence: str, e: Entity, entities: list[Entity]) -> Entity:
    """A province read by its shape whose country no possessive told, with the country its locator tells ("Hinggan
    League in north China's ..."); any other entity as it is."""
    if e.kind != "province" or e.country or not (country := _locator(sentence, e.end, entities)[0]):
        return e
    return Entity(e.name, e.kind, country, e.start, e.end, e.surface)


def _described(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with each place named "the <Demonym> <kind> of <Name>" that no entity reads added, of the country
    the demonym names (see the module)."""
    if " of " not in sentence:
        return entities
    added = []
    for m in _DESCRIBED.finditer(sentence):
        start, end = m.start(3), m.end(3)
        if any(e.start < end and start < e.end for e in entities):
            continue
        country = (name := demonym_country(m.group(1))) and _country(name)
        if not country or gazetteer().find_en(m.group(3)) is not None:
            continue
        kind = m.group(2)
        if kind in {"city", "town"}:
            added.append(Entity(m.group(3), "city", country, start, end, m.group(3)))
        elif kind in {"province", "region"}:
            added.append(Entity(m.group(3), "province", country, start, end, m.group(3)))
        else:
            added.append(Entity(f"{m.group(3)} {kind.title()}", "org", country, start, end, m.group(3)))
    if not added:
        return entities
    return sorted(entities + added, key=lambda e: e.start)
