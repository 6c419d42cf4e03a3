"""Who "the state" (the city, the province) is when it signs: "Vermont lawmakers are weighing ... a trade office,
weeks after the state signed a memorandum of understanding with the Yichang Municipal People's Government last
December." The subject of the signing names no place; the state is the one the sentence named before it (Vermont),
and only where the sentence named one place of that kind before it: otherwise no party is guessed.

Where the sentence names none, the story may: "At the opening ceremony, Sichuan signed ... with A and B." + "The
province also signed a memorandum ... with C": the province is the one province the story named as a signer before
(`StorySigners`), only where it named exactly one place of that kind at all; a story naming two provinces, or none
that signed, names no one.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity
from scrapers.extract.regions_en import place_kind
from scrapers.lead_chars import with_lead

THE_PLACE_SIGNS = with_lead(re.compile(r"\b[Tt]he\s+(state|city|province)\s+(?:has\s+|had\s+|also\s+|jointly\s+|later\s+){0,2}"
                                       r"(?:signed|inked|renewed)\b"))


class StorySigners:
    """The places of each kind (city, state, province) a story named before the sentence read, and those of them that
    signed an agreement the story told: whom "the province" of a later signing may stand for."""

    def __init__(self) -> None:
        self.named: dict[str, set[tuple[str, str | None]]] = {}
        self.signed: dict[str, set[tuple[str, str | None]]] = {}
        self.parties: dict[str, None] = {}  # (in the order told)

    def add(self, entities: list[Entity], parties: list[list[str]]) -> None:
        """Note a sentence's places (`entities`) and which of them are parties of the agreements it told."""
        party_names = {name for ps in parties for name in ps}
        self.parties.update((name, None) for ps in parties for name in ps)
        for e in entities:
            if (kind := place_kind(e.kind, e.name)) is None:
                continue
            self.named.setdefault(kind, set()).add((e.name, e.country))
            if e.name in party_names:
                self.signed.setdefault(kind, set()).add((e.name, e.country))

    def pair(self) -> list[str]:
        """The two parties of every agreement the story told, where they were two in all ("the two sides" of a later
        signing); else none."""
        return list(self.parties) if len(self.parties) == 2 else []

    def one(self, kind: str, besides: frozenset = frozenset()) -> tuple[str, str | None] | None:
        """The one place of `kind` the story named, where it named exactly one and that one signed; else None. Places
        `besides` (the sentence's own counterparts: "the city signed ... with the Guangzhou Municipal People's
        Government") are not it: of Ulsan and Guangzhou, both told signing, "the city" is then Ulsan."""
        named, signed = self.named.get(kind, set()) - besides, self.signed.get(kind, set()) - besides
        return next(iter(signed)) if len(named) == 1 and named == signed else None


def the_place_signs(sentence: str, entities: list[Entity], story: StorySigners | None = None) -> list[Entity]:
    """The entities, with "the state" (city, province) that signs read as the one place of its kind the sentence
    named before it, or where it names none, as the one the story named and told signing (`story`); unchanged where
    it names several, or neither the sentence nor the story names one."""
    if "he state " not in sentence and "he city " not in sentence and "he province " not in sentence:
        return entities
    m = THE_PLACE_SIGNS.search(sentence)
    if m is None:
        return entities
    kind = m.group(1)
    before = {(e.name, e.country) for e in entities if e.end <= m.start() and place_kind(e.kind, e.name) == kind}
    after = frozenset((e.name, e.country) for e in entities if e.start >= m.end() and place_kind(e.kind, e.name) == kind)
    if not before and story is not None and (told := story.one(kind, after)) is not None:
        before = {told}  # "The province also signed ...": the one province the story told signing (not a counterpart)
    if len(before) != 1:
        return entities
    name, country = next(iter(before))
    end = m.start(1) + len(kind)
    return sorted([*entities, Entity(name, kind, country, m.start(), end, sentence[m.start():end])],
                  key=lambda e: e.start)
