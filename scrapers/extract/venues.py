"""Where a gathering was held when the text names only its venue: "在南宁国际会展中心举行", "held at the Shanghai
International Convention Center". A venue named after its city is in that city; the venue itself stays an
organisation-shaped name everywhere else. A convention or exhibition centre is read by its city alone
(`venue_cities`, over one sentence's entities); an arena, racecourse or city hall only where the story names that
city itself (`venue_city_en`: "the Riverside Arena" in a story naming no Riverside is no city's)."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity

# the city opens the venue's name, a few words may follow it ("长春东北亚国际博览中心": Changchun; "银川国际交流中心": Yinchuan)
_VENUE_ZH = re.compile(r"^(.{2,4}?)[\u4e00-\u9fff]{0,6}?(?:国际)?(?:会展中心|会议中心|展览中心|博览中心|体育中心|国际会议中心|交流中心|宾馆|大酒店|"
                       r"酒店|饭店|大厦|市政厅)$")  # (拉赫蒂市政厅: the hall of the city its name opens with)
_VENUE_EN = re.compile(r"^(?:the\s+)?(.+?)\s+(?:International\s+)?(?:Convention|Conference|Exhibition|Expo|Congress)\s+"
                       r"(?:(?:&|and)\s+(?:Convention|Conference|Exhibition)\s+)?(?:Center|Centre|Hall)\.?$")


def venue_cities(entities: list[Entity]) -> list[Entity]:
    """The entities with each venue named after a city read as that city (for the event's place only)."""
    out = []
    for e in entities:
        m = (_VENUE_ZH if re.search(r"[\u4e00-\u9fff]", e.surface) else _VENUE_EN).match(e.surface.strip())
        place = None
        if e.kind == "org" and m:
            gaz = gazetteer()
            if re.search(r"[\u4e00-\u9fff]", m.group(1)):  # the longest city name opening it: 哈尔滨 over 哈尔
                surface = e.surface.strip()
                place = next((p for k in (4, 3, 2) if (p := gaz.find_zh(surface[:k])) and p.kind == "city"), None)
            else:
                place = gaz.find_en(m.group(1))
        if place is not None and place.kind == "city":
            out.append(Entity(place.name, place.kind, place.country, e.start, e.end, e.surface))
        else:
            out.append(e)
    return out


# a venue of a kind named after no one city ("Riverside Arena"): read only where the story names that city itself
_STORY_VENUE_EN = re.compile(r"\bat\s+the\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\s+(?:Racecourse|Arena|Stadium|"
                             r"Showgrounds?|Town\s+Hall|City\s+Hall|Guildhall|Civic\s+(?:Centre|Center|Hall)|"
                             r"Concert\s+Hall|Opera\s+House|Fairgrounds?|Expo\s+(?:Centre|Center))\b")


def venue_city_en(sentence: str, end: int, analysed: list) -> tuple[str, str] | None:
    """(city, country) of the city-named venue "at the <City> <venue>" after position `end`, where that city is among
    the story's entities (`analysed`: (quote, sentence, entities) per sentence), or None."""
    if " at the " not in sentence:
        return None
    m = _STORY_VENUE_EN.search(sentence, end)
    if m is None or m.start() - end > 40:
        return None
    place = gazetteer().find_en(m.group(1))
    if place is None or place.kind != "city":
        return None
    named = any(e.name == place.name and e.kind == "city" for _, _, ents in analysed for e in ents)
    return (place.name, place.country) if named else None
