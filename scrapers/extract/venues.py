"""Where a gathering was held when the text names only its venue: "在南宁国际会展中心举行", "held at the Shanghai
International Convention Center". A venue named after its city is in that city; the venue itself stays an
organisation-shaped name everywhere else. A pure function over one sentence's entities."""
from __future__ import annotations

import re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity

_VENUE_ZH = re.compile(r"^(.{2,4}?)(?:国际)?(?:会展中心|会议中心|展览中心|博览中心|体育中心|国际会议中心|宾馆|大酒店|酒店|饭店|大厦)$")
_VENUE_EN = re.compile(r"^(?:the\s+)?(.+?)\s+(?:International\s+)?(?:Convention|Conference|Exhibition|Expo|Congress)\s+"
                       r"(?:Center|Centre|Hall)$")


def venue_cities(entities: list[Entity]) -> list[Entity]:
    """The entities with each venue named after a city read as that city (for the event's place only)."""
    out = []
    for e in entities:
        m = (_VENUE_ZH if re.search(r"[\u4e00-\u9fff]", e.surface) else _VENUE_EN).match(e.surface.strip())
        place = None
        if e.kind == "org" and m:
            gaz = gazetteer()
            place = gaz.find_zh(m.group(1)) if re.search(r"[\u4e00-\u9fff]", m.group(1)) else gaz.find_en(m.group(1))
        if place is not None and place.kind == "city":
            out.append(Entity(place.name, place.kind, place.country, e.start, e.end, e.surface))
        else:
            out.append(e)
    return out
