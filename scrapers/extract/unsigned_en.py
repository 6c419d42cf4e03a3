"""Sentences and headlines that say an instrument was NOT signed (issue 17, the ninety-seventh web): "Hualien
delegation studies Nagano hydropower, no deal signed", "No agreement was signed between the two cities", "..., but
no formal memorandum has been inked". The names beside the negated instrument are those who met, not parties: no
agreement is read from such a sentence. A signing told before the negation in the same sentence ("A and B signed an
MOU, but no binding agreement was reached") is the sentence's own report and is kept. Pure function over one sentence.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_INSTRUMENT = r"(?:agreements?|deals?|MOUs?|MoUs?|memorand\w+|accords?|pacts?|treat(?:y|ies)|documents?)"
NO_SIGNING = re.compile(rf"\bno\s+(?:new\s+|formal\s+|other\s+|binding\s+|such\s+)?{_INSTRUMENT}\s+"
                        r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|got|being)\s+)?"
                        r"(?:signed|inked|sealed|concluded)\b", re.I)
_SIGNED_BEFORE = re.compile(r"\b(?:signed|inked|sealed|sign|signs|ink|inks)\b", re.I)


def says_unsigned(sentence: str) -> bool:
    """Whether the sentence says no instrument was signed, with no signing told before it (see the module
    docstring): its names are no parties."""
    if "no " not in sentence.lower():
        return False
    m = NO_SIGNING.search(sentence)
    return bool(m) and not _SIGNED_BEFORE.search(sentence, 0, m.start())
