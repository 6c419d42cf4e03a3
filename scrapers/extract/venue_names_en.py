"""Where an English gathering was held when the text names only a venue called after its city that no entity rule
reads ("took place at the Galway Racecourse", "was held at the Leeds Arena", "met at the Cardiff City Hall"): the
venue's city. Read only after the gathering's name, and only where the venue's first words are a city the story
itself names as an actor or place elsewhere ("Riverside Arena" in a story naming no Riverside is no city's).
See docs/date-formats.md (the seventy-seventh web).
"""
from __future__ import annotations

from scrapers import lazy_re as re
from pactwatch.gazetteer import gazetteer

_VENUE = re.compile(r"\bat\s+the\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\s+(?:Racecourse|Arena|Stadium|Showgrounds?|"
                    r"Town\s+Hall|City\s+Hall|Guildhall|Civic\s+(?:Centre|Center|Hall)|Concert\s+Hall|Opera\s+House|"
                    r"Fairgrounds?|Expo\s+(?:Centre|Center))\b")


def venue_city_en(sentence: str, end: int, analysed: list) -> tuple[str, str] | None:
    """(city, country) of the city-named venue "at the <City> <venue>" after position `end`, where that city is among
    the story's entities (`analysed`: (quote, sentence, entities) per sentence), or None."""
    if " at the " not in sentence:
        return None
    m = _VENUE.search(sentence, end)
    if m is None or m.start() - end > 40:
        return None
    place = gazetteer().find_en(m.group(1))
    if place is None or place.kind != "city":
        return None
    named = any(e.name == place.name and e.kind == "city" for _, _, ents in analysed for e in ents)
    return (place.name, place.country) if named else None
