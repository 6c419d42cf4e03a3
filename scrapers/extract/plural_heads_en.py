"""Places named under one plural body word: "the ports of Shanghai and Los Angeles", "the Shanghai and Los Angeles
ports", "the universities of Tokyo and Beijing". Each place stands for its own body of that kind, not for the place
(the city did not sign). A port is named as ports are ("Port of Shanghai"); a body of another kind (a university,
an airport, a port authority) whose name the sentence does not give is left out: no made-up name, and no city in its
place.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.entity_kinds import Entity

_PLACES = {"city", "province", "state", "country"}
_HEADS = r"ports|port\s+authorities|universities|airports|chambers\s+of\s+commerce|utilities|zoos|museums"
# "the ports of A, B and C": the list right after
_OF = re.compile(rf"\b[Tt]he\s+({_HEADS})\s+of\s+")
# "the A and B ports": the list right before
_AFTER = re.compile(rf"\s+({_HEADS})\b")


def plural_bodies(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with each place of a list under a plural body word made that body ("Port of Shanghai"), or left
    out where the body's name is not given."""
    if not any(w in sentence for w in ("ports", "authorities", "universities", "chambers", "utilities", "zoos",
                                       "museums")):
        return entities
    out = list(entities)
    for m in _OF.finditer(sentence):
        _replace(out, _listed(sentence, out, m.end(), forward=True), m.group(1))
    for m in _AFTER.finditer(sentence):
        _replace(out, _listed(sentence, out, m.start(), forward=False), m.group(1))
    return [e for e in out if e is not None]


def _listed(sentence: str, entities: list, at: int, forward: bool) -> list[int]:
    """Indexes of the places listed from `at` on (or up to it), joined by commas and "and" only."""
    found: list[int] = []
    order = range(len(entities)) if forward else range(len(entities) - 1, -1, -1)
    pos = at
    for i in order:
        e = entities[i]
        if e is None:
            continue
        gap = sentence[pos:e.start] if forward else sentence[e.end:pos]
        if (forward and e.start < pos) or (not forward and e.end > pos):
            continue
        if e.kind not in _PLACES or not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?" if forward else
                                                     r"\s*(?:,\s*)?(?:and\s+)?", gap):
            break
        if found and not forward and not re.fullmatch(r"\s*(?:,|,?\s+and)\s*", gap):
            break
        found.append(i)
        pos = e.end if forward else e.start
    return found if len(found) >= 2 or (forward and found) else []


def _replace(out: list, idx: list[int], head: str) -> None:
    for i in idx:
        e = out[i]
        if re.fullmatch(r"ports", head):
            out[i] = Entity(f"Port of {e.name}", "org", e.country, e.start, e.end, e.surface)
        else:
            out[i] = None
