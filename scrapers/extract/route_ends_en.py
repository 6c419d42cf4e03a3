"""The ends of a route are no parties: "a green shipping corridor between Sweden and Belgium", "routes between
Singapore and the Bohai Rim", "an interconnector between Norway and Britain".

A "between ..." list is where a signing's parties are often named ("an MOU between Tianjin and Singapore"); when the
list follows a corridor, route, line or link, it names the places that thing joins, not who signed for it.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

# the thing joining two places, then "between" and the places before the entity (at most five words)
ROUTE_BETWEEN = re.compile(r"\b(?:corridor|route|link|connection|interconnector|interconnection|pipeline|cable|"
                           r"crossing|lane|sea\s+lane|ferry\s+service|shipping\s+service|rail\s+line)s?\s+"
                           r"(?:(?:that\s+)?(?:runs?|running)\s+)?(?:between|linking|connecting|(?:that\s+)?(?:links|"
                           r"connects))\s+"
                           r"(?:the\s+)?(?:[\w.'’-]+,?\s+(?:(?:and|&)\s+(?:the\s+)?)?){0,5}$")


def route_end(sentence: str, e: Entity) -> bool:
    """Whether the place `e` is named as an end of a route in a "between ..." list ("a corridor between Sweden and
    Belgium"): what the route joins, not a party."""
    return e.kind != "org" and ROUTE_BETWEEN.search(sentence, 0, e.start) is not None
