"""Provinces no table lists, read by the shape of their names: "Mongolia's Dornod Province", "Laos' Luang Namtha
Province", "Ninh Binh Province of Vietnam", "Hinggan League", "Kanagawa Prefecture". The regions tables know the
federal partners' states and provinces by name (regions_en); the provinces of other countries sign too, with
Chinese provinces and cities, and were read as nothing or as their country (a wrong, broader party).

A run of one to three capitalised words before Province, Prefecture, Oblast, Governorate, Voivodeship or League is a
province named as written (kind "province"), its country the one the text gives ("Mongolia's ...", "... of
Vietnam"), where no entity covers the run and the gazetteer knows no place of that name. "Province of X", a run
that opens with a compass word alone ("Eastern Province" stays: a region's own name), and a body named after the
province ("Dornod Province Government Office") are left as they are. "District" and "County" are not read so: school,
water and air-quality districts are bodies, and US counties have their own reader (us_counties); a district or county
the text locates ("Yuanjiang County of Yuxi", "Laos' Xaysomboun District") is read by located_units_en.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from pactwatch.gazetteer import gazetteer
from scrapers.extract.entity_kinds import Entity

_HEADS = ("Province", "Prefecture", "Oblast", "Governorate", "Voivodeship", "League")
_RUN = re.compile(r"(?<![\w'’-])((?:[A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+)?\s+){1,3})"
                  r"(Province|Prefecture|Oblast|Governorate|Voivodeship|League)\b(?!\s+[A-Z])")
# "... Province of Vietnam": the country the province lies in, told after it ("Mongolia's ..." before it)
_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w ]{1,30}?)(?=[\s,.;:]|$)")
_NOT_NAMES = {"The", "A", "An", "This", "That", "Its", "Their", "Each", "Every", "Both", "Another", "Home", "Border",
              "Coastal", "Capital", "Neighbouring", "Neighboring", "Partner", "Sister", "Chinese", "Foreign"}


def foreign_provinces(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with each province the sentence names by its shape alone added (see the module)."""
    if not any(h in sentence for h in _HEADS) and not _LOWER_HEAD.search(sentence):
        return entities
    added, covered = [], []
    for m in _RUN.finditer(sentence):
        words = m.group(1).split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if not words:
            continue
        start = m.start(1) + m.group(1).index(words[0])
        name = " ".join(words + [m.group(2)])
        if any(e.start < m.end() and start < e.end and not (e.kind == "country" and e.end <= start + 1)
               for e in entities):
            continue  # a name read already (a known province, an organisation holding it)
        if gazetteer().find_en(" ".join(words)) is not None or gazetteer().find_en(name) is not None:
            continue  # a place the tables know by that name is read as such
        end, country = m.end(), None
        if before := next((e for e in entities if e.kind == "country" and e.end < start and
                           re.fullmatch(r"['’]s?\s+", sentence[e.end:start])), None):
            country = before.country
        elif (after := _COUNTRY_AFTER.match(sentence, m.end())) and \
                (p := gazetteer().find_en(after.group(1))) and p.kind == "country":
            country, end = p.country, after.end()
            covered += [e for e in entities if e.kind == "country" and after.start(1) <= e.start < end]
        added.append(Entity(name, "province", country, start, end, sentence[start:end]))
    told, told_covered = told_country_regions(sentence, entities + added)
    added, covered = added + told, covered + told_covered
    if not added:
        return entities
    return sorted([e for e in entities if e not in covered] + added, key=lambda e: e.start)


# a region named with a lower-case kind word (or "Region"; a city with "City"), read only where the text tells its
# country: "Belarus' Gomel region", "Kazakhstan's Almaty Region", "Gomel region of Belarus", "Addu City of Maldives".
# Without the country such a run ("the
# Asia-Pacific region", "the Bay Area region") is no actor.
_LOWER_HEAD = re.compile(r"[a-zà-ÿ]\s+(?:region|province|oblast|governorate|Region|City)\b")
_LOWER_RUN = re.compile(r"(?<![\w'’-])((?:[A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+)?\s+){1,2})"
                        r"(region|province|oblast|governorate|Region|City)\b(?!\s+[A-Z])")
# the country before it, possessive ("Belarus' ", "Kyrgyzstan's ")
_POSSESSOR = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s?\s+$")


def told_country_regions(sentence: str, entities: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Regions named "<Name> region/province/oblast/governorate" (and cities "<Name> City") whose country the text
    tells, before ("Belarus' Gomel region") or after ("Gomel region of Belarus"), as provinces named "<Name> Region"
    etc. (the kind word capitalised), and the country entities they cover. A name the gazetteer knows (a city: "Osh region") is left to
    it, and the country stays no party of its own."""
    added, covered = [], []
    for m in _LOWER_RUN.finditer(sentence):
        words = [w for w in m.group(1).split()]
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if not words:
            continue
        start = m.start(1) + m.group(1).index(words[0])
        if any(e.start < m.end() and start < e.end and e.kind != "country" for e in entities):
            continue
        if gazetteer().find_en(" ".join(words)) is not None:
            continue
        country, first, end = None, start, m.end()
        if (pm := _POSSESSOR.search(sentence[:start])) and (p := gazetteer().find_en(pm.group(1))) and \
                p.kind == "country":
            country = p.country
            covered += [e for e in entities if e.kind == "country" and pm.start(1) <= e.start < start]
        elif (after := _COUNTRY_AFTER.match(sentence, m.end())) and (p := gazetteer().find_en(after.group(1))) and \
                p.kind == "country":
            country, end = p.country, after.end()
            covered += [e for e in entities if e.kind == "country" and after.start(1) <= e.start < end]
        if country is None:
            continue
        name = " ".join(words + [m.group(2)[0].upper() + m.group(2)[1:]])
        kind = "city" if m.group(2) == "City" else "province"
        added.append(Entity(name, kind, country, first, end, sentence[first:end]))
    return added, covered
