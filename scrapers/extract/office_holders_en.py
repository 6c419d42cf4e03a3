"""Parties told through the people who hold an office (English).

"Fort Wayne Mayor Ellen Varga inked an agreement with her counterpart from Huzhou, Mayor Shen Liwei": the counterpart
is the other side's office holder, so the place or body the counterpart comes from is the party, as it is for
"officials from Oregon" (agreement_words.ROLE_OF). The person is never a party; the office holder stands for a body
only where the text says whose office it is ("from Huzhou", "of the Zhejiang Provincial Government").

Precision first: only "his/her/their/its counterpart(s) from/of/in ..." counts; a bare "counterparts" (whose?) or "a
counterpart agency" names no one.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from typing import Iterator

from scrapers.extract.agreement_words import ROLE_OF
from scrapers.lead_chars import with_lead

# "with his counterpart from North Dakota", "their counterparts of the Jiangsu Provincial Government"
COUNTERPART_FROM = with_lead(re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[A-Z][\w-]*\s+)?counterparts?\s+"
                                        r"(?:from|of|in)\s+(?:the\s+)?"))


def people_of(sentence: str) -> Iterator[re.Match]:
    """Where a slot names people by whom they come from ("officials from Oregon", "her counterpart from Huzhou"):
    each match ends where the place or body they stand for begins."""
    yield from ROLE_OF.finditer(sentence)
    if "counterpart" in sentence:
        yield from COUNTERPART_FROM.finditer(sentence)
