"""Where a signing just reported took place, told by the next sentence about its signers: "The governors of A and B
signed an agreement on Monday ..." + "Brown, Kitzhaber and Clark signed the plan at a ceremony at a San Francisco
hotel." The second sentence names people, not parties, so it reports no agreement of its own; the city it names for
the ceremony is the first signing's place, when that had none. Only a definite instrument ("the plan", "it", "the
pact") signed at a ceremony or event, one or two sentences after, and only a city the sentence names there.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity

NEAR = 2  # sentences
# "signed the plan at a ceremony at a San Francisco hotel", "signed it at a ceremony in Raleigh"
CEREMONY = re.compile(r"\bsigned\s+(?:it|(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:plan|pact|agreement|memorandum|"
                      r"compact|accord|deal|declaration|lease|charter))\s+(?:[\w-]+\s+){0,3}?at\s+(?:a|an|the)\s+"
                      r"(?:[\w-]+\s+)?(?:ceremony|event|signing)\s+(?:at|in)\s+(?:a|an|the\s+)?", re.I)


def signing_place_told(sentence: str, entities: list[Entity], last: object, position: int) -> None:
    """Set the city and country of the agreement mention `last` (reported at most NEAR sentences before, with no
    city) to the city this sentence names for the ceremony where "the plan" was signed; otherwise leave it."""
    if "signed" not in sentence or last.fields.get("city") or position - last.hints.get("_at", -99) > NEAR:
        return
    m = CEREMONY.search(sentence)
    if m is None:
        return
    city = next((e for e in entities if e.kind == "city" and m.end() <= e.start <= m.end() + 30), None)
    if city is not None:
        last.fields["city"], last.fields["country"] = city.name, city.country
