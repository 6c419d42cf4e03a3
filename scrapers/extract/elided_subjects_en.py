"""A second pledge whose clause leaves its subject out: "U-M will achieve carbon neutrality across its campuses in Ann
Arbor, Dearborn and Flint by 2040, and will buy enough renewable electricity ... by 2025". The verb right after "and"
has the first clause's subject, not the places named in between (Flint); commitments._actors reads the subject of
the pledge verb before it then.
"""
from __future__ import annotations

from scrapers import lazy_re as re

ELIDED = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+|then\s+)?$")


def elided_subject(sentence: str, verb_start: int) -> bool:
    """Whether the pledge verb at `verb_start` follows "and" directly ("..., and will buy"): its subject is left out."""
    return bool(ELIDED.search(sentence, max(0, verb_start - 16), verb_start))
