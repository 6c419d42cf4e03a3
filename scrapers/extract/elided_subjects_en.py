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


# "... told the plenary that Sweden would reach net zero by 2045 and that emissions ... would be cut by 63 percent":
# a second reported clause whose subject is what is cut; the pledge is the first clause's subject's
AND_THAT = re.compile(r"\band\s+that\s+")
THAT_SUBJECT_VERB = re.compile(r"\s+(?:would|will|shall|should|is\s+to|was\s+to|aims?\s+to|plans?\s+to)\b")


def that_clause_subject(sentence: str, entities: list, at: int) -> list[str]:
    """The subject of the first of two reported clauses ("that A would ... and that emissions would be cut ...") for
    a pledge at `at` in the second one, which names no actor of its own; else []."""
    joins = [m for m in AND_THAT.finditer(sentence, 0, at)]
    if not joins:
        return []
    join = joins[-1]
    if any(join.end() <= e.start < at for e in entities):
        return []
    subjects = [e for e in entities if e.end <= join.start() and
                re.search(r"\bthat\s+(?:the\s+)?$", sentence[max(0, e.start - 10):e.start]) and
                THAT_SUBJECT_VERB.match(sentence, e.end)]
    return [subjects[-1].name] if subjects else []
