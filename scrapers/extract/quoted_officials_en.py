"""Whose pledge a quoted "we" or "our city" is: the place of the official the attribution after the quote names.

'"Our city will be carbon neutral by 2040," Mayor Ana Ruiz of Tucson told reporters', '"We will reach 100 percent
clean electricity by 2040," said Oregon Gov. Tina Kotek', '"..., said Jane Roe, the premier of Manitoba': the quote
opens the sentence, its first person is the speaker's, and the speaker is an official named with the place he or
she leads, before the title or after the name. The title says what kind of place that is (a mayor's is a city, a
governor's a state or province, a premier's a province, a president's or prime minister's a country): a place of
another kind there (the governor "of the Central Bank") is no answer. Only the opening quote's first person: a
quote that names its own subject is read by the other rules.
"""
from __future__ import annotations

from functools import lru_cache

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

# the quote opens the sentence (after a dateline) with its first person
WE_OPENS = re.compile(r"^(?:[A-Z][A-Z .,'-]{2,40}\s+[-–—]\s+)?[“\"]\s*(?:We|Our\s+(?:city|town|state|province|"
                      r"country|nation|region))\b")
_PERSON = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"  # (a title and a surname: "Governor Kotek")
_TITLE = r"(?:Mayor|Governor|Gov\.|Premier|Prime\s+Minister|President)"
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_SAID = r"(?:said|says|added|told\s+\w+|announced)"
# after the closing quote: "said Oregon Gov. Tina Kotek", "Mayor Ana Ruiz of Tucson told reporters", "said Jane Roe,
# the premier of Manitoba"
_ATTRIBUTED = (
    rf"(?:{_SAID}\s+)?(?:(?P<before>{_PLACE})\s+(?P<t1>{_TITLE})\s+{_PERSON}|(?P<t2>{_TITLE})\s+{_PERSON}\s+of\s+"
    rf"(?:the\s+)?(?P<after>{_PLACE})|{_PERSON},\s+(?:the\s+)?(?P<low>mayor|governor|premier|president|prime\s+minister)"
    rf"\s+of\s+(?:the\s+)?(?P<of>{_PLACE}))(?:,|\s+{_SAID}\b|\.|$)")
ATTRIBUTION = re.compile(rf"[”\"]\s*,?\s*{_ATTRIBUTED}")
# reported speech: "The state has pledged to ..., Governor Jay Inslee of Washington said." (the attribution after a
# comma, the subject a place word that the speaker's own place is)
REPORTED = re.compile(rf",\s+{_ATTRIBUTED}")
_PLACE_SUBJECT = re.compile(r"^(?:The\s+(city|state|province)|It)\b")
KINDS = {"mayor": {"city"}, "governor": {"state", "province"}, "gov.": {"state", "province"},
         "premier": {"province", "state"}, "prime minister": {"country"}, "president": {"country"}}


def speaker_place(sentence: str, at: int, entities: list[Entity]) -> list[str]:
    """The place of the official whose opening quote pledges at `at` (its first person), as the attribution after
    the quote names it; [] when the sentence is no such quote or names no place of the title's kind there."""
    if not ("“" in sentence or '"' in sentence) or not WE_OPENS.match(sentence):
        return []
    m = ATTRIBUTION.search(sentence)
    if m is None or m.start() < at:
        return []
    title, (lo, hi) = _title_and_place(m)
    named = [e for e in entities if lo <= e.start < hi and e.kind in KINDS[title]]
    return [named[0].name] if named else []


def _title_and_place(m: re.Match) -> tuple[str, tuple[int, int]]:
    """An attribution's title (lower case) and the span of the place it names."""
    title = re.sub(r"\s+", " ", (m.group("t1") or m.group("t2") or m.group("low")).lower())
    return title, m.span(next(g for g in ("before", "after", "of") if m.group(g)))


def reported_place(sentence: str, at: int, entities: list[Entity]) -> list[str]:
    """The place of the official a sentence's closing attribution names ("..., Governor Jay Inslee of Washington
    said."), where the sentence's subject is "the state" / "the city" / "the province" (of that place's kind) or
    "It"; [] otherwise."""
    subject = _PLACE_SUBJECT.match(sentence)
    m = REPORTED.search(sentence) if subject else None
    if m is None or m.start() < at:
        return []
    title, (lo, hi) = _title_and_place(m)
    kinds = KINDS[title] & ({subject.group(1)} if subject.group(1) else KINDS[title])
    named = [e.name for e in entities if lo <= e.start < hi and e.kind in kinds]
    if not named and "state" in kinds:
        # "Governor Jay Inslee of Washington": the state, though the name alone reads as the capital city
        named = [e.surface for e in entities if lo <= e.start < hi and e.surface in _state_names()]
    return named[:1]


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    from pactwatch.gazetteer import us_states

    return frozenset(us_states())
