"""Where a signing happened, told by the sentence's opening "In <place> on <day>," (English): "In Hangzhou on June 17,
2024, the state's Department of Environmental Management renewed its agreement with ...". The place rules of
agreements._find_en read a place after a lower-case "in"/"at" only; a sentence that opens with its setting said
where as plainly.

Precision first: the place must be the sentence's first entity, a city, right after the opening "In"/"At", and the
opening phrase must close with a comma within a few words (a day, a state: "In Tulsa, Oklahoma, on May 3,"), so that
"In Hangzhou's plan ..." or "In Beijing and Shanghai ..." give nothing.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity

# after the place: ", Oklahoma" and/or " on June 17, 2024" / " last week" / " this month", then the comma
_OPENING_TAIL = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
                           r"(?:\s+(?:on|last|this|earlier)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|[\w.]+(?:\s+\d{1,2})?))?,")


def opening_place(sentence: str, entities: list[Entity]) -> Entity | None:
    """The city a sentence opens with ("In Hangzhou on June 17, 2024, ..."), or None."""
    if not (sentence.startswith("In ") or sentence.startswith("At ")) or not entities:
        return None
    e = entities[0]
    if e.kind != "city" or e.start != 3 or not _OPENING_TAIL.match(sentence, e.end):
        return None
    return e
