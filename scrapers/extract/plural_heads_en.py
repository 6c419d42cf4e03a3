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


# what may stand between two places of one list, read towards the body word ("Shanghai, Ningbo and Los Angeles")
_JOIN_FORWARD = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?")
_JOIN_BACK = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")


def _listed(sentence: str, entities: list, at: int, forward: bool) -> list[int]:
    """Indexes of the places listed from `at` on (forward) or up to it (backward), joined by commas and "and" only;
    a list before the body word needs two places ("the Shanghai and Los Angeles ports", not "the Shanghai ports")."""
    found: list[int] = []
    pos = at
    for i in (range(len(entities)) if forward else range(len(entities) - 1, -1, -1)):
        e = entities[i]
        if e is None or (forward and e.start < pos) or (not forward and e.end > pos):
            continue
        gap = sentence[pos:e.start] if forward else sentence[e.end:pos]
        if e.kind not in _PLACES or not (_JOIN_FORWARD if forward else _JOIN_BACK).fullmatch(gap):
            break
        found.append(i)
        pos = e.end if forward else e.start
    return found if forward or len(found) >= 2 else []


def _replace(out: list, idx: list[int], head: str) -> None:
    """Each listed place made its port, or left out (None) where the body word names no body's name."""
    for i in idx:
        e = out[i]
        if head == "ports":
            out[i] = Entity(f"Port of {e.name}", "org", e.country, e.start, e.end, e.surface)
        else:
            out[i] = None
