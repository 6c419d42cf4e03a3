"""Places a story names by a description after it has introduced them (English): "the Midwestern state of Indiana"
... "the Midwestern state signed ...", "the southern Chinese province of Guangdong" ... "the southern Chinese
province", and "its sister province" where the story has named one province only.

Without this the description names no one and a signing told with it loses its party. Precision first:
* a description counts only as the story itself introduced it ("the <words> state of <a known state>"), with at least
  one word of its own (a bare "the state" is left to the rules that read it); one the story gave to two places is
  dropped;
* "its sister province/state/city" stands for the one place of that kind the story named before it, none if it named
  two or more;
* a description followed by "of" or by a name is the introduction itself (the place's own name is there), and one
  for a place the sentence names anyway ("Seattle and its sister city", Seattle the only city before) adds nothing.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity, find_entities
from scrapers.lead_chars import with_lead

# "the Midwestern state of Indiana", "the eastern Chinese province of Zhejiang", "the coastal city of Lishui"
DESCRIBED = with_lead(re.compile(r"\b[Tt]he\s+((?:[A-Za-z][\w-]*\s+){1,3}?(?:state|province|city))\s+of\s+"
                                 r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"))
SISTER = re.compile(r"\b[Ii]ts\s+sister\s+(state|province|city)\b")
_OF = re.compile(r"\s+of\s")
_NAMED = re.compile(r",?\s+[A-Z]")  # "its sister city Chongqing": the name is there


def described_places(text: str) -> dict[str, tuple[str, str, str | None]]:
    """Descriptions the story gives its places: surface ("the Midwestern state", "its sister province") -> (name,
    kind, country) of the place it stands for."""
    out: dict[str, tuple[str, str, str | None]] = {}
    if " of " in text and ("state of" in text or "province of" in text or "city of" in text):
        dropped = set()
        for m in DESCRIBED.finditer(text):
            kind = m.group(1).split()[-1]
            words = m.group(2).split()
            place = next((p for k in range(len(words), 0, -1) if (p := gazetteer().find_en(" ".join(words[:k])))), None)
            if place is None or place.kind != kind:
                continue
            for lead in ("the", "The"):
                key = f"{lead} {m.group(1)}"
                if out.get(key, (place.name,))[0] != place.name:
                    dropped.add(key)
                out[key] = (place.name, place.kind, place.country)
        for key in dropped:
            del out[key]
    if "sister" in text:
        for m in SISTER.finditer(text):
            kind = m.group(1)
            named = {(e.name, e.kind, e.country) for e in find_entities(text[:m.start()]) if e.kind == kind}
            if len(named) == 1:
                out[m.group()] = next(iter(named))
    return out


def described_entities(sentence: str, entities: list[Entity],
                       described: dict[str, tuple[str, str, str | None]]) -> list[Entity]:
    """The sentence's entities with the places its descriptions stand for ("the Midwestern state": Indiana)."""
    if not described:
        return entities
    added = []
    for surface, (name, kind, country) in described.items():
        if surface not in sentence:
            continue
        at = sentence.find(surface)
        while at >= 0:
            end = at + len(surface)
            if not (sentence[end:end + 1].isalnum() or _OF.match(sentence, end) or _NAMED.match(sentence, end) or
                    any(e.start < end and at < e.end or e.name == name for e in entities + added)):
                added.append(Entity(name, kind, country, at, end, surface))
            at = sentence.find(surface, end)
    return sorted(entities + added, key=lambda e: e.start) if added else entities
