"""A signing placed at a venue that names no city ("at the State Capitol", "at City Hall", "at CARB's headquarters"),
under a release's dateline: the dateline's city is where the signing was, where that city is a party's own or lies in
a party's state ("ST. PAUL, Minn. — Minnesota and Shaanxi signed ... at the State Capitol"; "SACRAMENTO – The
California Air Resources Board ... signed ... at CARB's headquarters"). A dateline alone says where a release was
issued, not where anything was signed (docs/extraction.md): only the venue, a party's own building, ties the two."""
from __future__ import annotations

from scrapers import lazy_re as re
from pactwatch.gazetteer import gazetteer

# a party's own building, named without its city: a state's capitol, a city's hall, an office's residence, a body's
# headquarters
VENUE = re.compile(
    r"\bat\s+(?:the\s+)?(?:(?:State\s+)?Capitol|[Ss]tatehouse|State\s+House|City\s+Hall|Town\s+Hall|"
    r"(?:[Gg]overnor|[Mm]ayor)['’]s\s+(?:[Mm]ansion|[Rr]esidence|[Oo]ffices?)|"
    r"(?:[A-Z][\w&.-]*\s+){0,4}?[A-Z][\w&.-]*['’]s?\s+(?:headquarters|head\s+office|offices)|"
    r"(?:agency|department|board|commission|company|university)['’]s\s+(?:headquarters|head\s+office|offices))(?!\s+in\b)")


def dateline_venue(sentence: str, parties: list[str], dateline: tuple) -> tuple[str, str | None] | None:
    """The dateline's city and country where the sentence places its signing at a party's own building named without
    a city, and that city is a party or lies in a party's state; else None."""
    city, country = dateline[0], dateline[1]
    if not city or not VENUE.search(sentence):
        return None
    place = gazetteer().find_en(city)
    state = place.region if place is not None and place.country == "US" else None
    for party in parties:
        if party == city or (state and (party == state or party.startswith(state + " "))):
            return city, country
    return None
