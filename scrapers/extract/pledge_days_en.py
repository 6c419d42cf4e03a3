"""A pledge whose day is told between its verb and its infinitive: "Topeka pledged on April 16, 2024 to make city
operations carbon neutral by 2045", "Ithaca vowed on Tuesday to cut ...". The day says when the pledge was made; the
commitment readers look for "pledged to", so the day is blanked (with spaces: positions stay) before they read.

Cheap: a literal check for " on " after a pledge verb gates the one anchored pattern.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_GATE = ("pledged on ", "vowed on ", "promised on ", "committed on ", "resolved on ", "voted on ")
_DAY = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|"
        r"\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)")
_DAY_APART = re.compile(rf"\b(?:pledged|vowed|promised|committed|resolved|voted)\s(on\s+{_DAY},?\s+)(?=to\s)")


def day_apart(sentence: str) -> str:
    """The sentence with a day told between a pledge verb and its "to" blanked ("pledged on April 16, 2024 to" reads
    as "pledged to"); the sentence itself where it tells none."""
    if not any(g in sentence for g in _GATE):
        return sentence
    return _DAY_APART.sub(lambda m: m.group()[:m.start(1) - m.start()] + " " * len(m.group(1)), sentence)
