"""English modality of pledges: a target a law binds its actor to is told with "must" ("Under state law, Vermont must
cut greenhouse gas emissions 40% below 1990 levels by 2030"), a word the pledge verbs leave out, as "must" alone is
mostly advice ("the world must cut emissions 45% by 2030"). It counts as a pledge word only where the sentence says a
law binds (under/by ... law, statute, legislation; "the law requires").

Cheap: searched only when the sentence holds "must" and one of the law words (plain `in` checks)."""
from __future__ import annotations

from scrapers import lazy_re as re

LAW_WORDS = ("law", "statute", "legislation", "Law", "Statute", "Legislation")
# "under state law", "Under California's climate law", "by law", "under the 2020 Global Warming Solutions Act" is no
# law word: the act's name is left out (a bill's name may be a proposal's)
LAW_BINDS = re.compile(r"\b(?:[Uu]nder|[Bb]y)\s+(?:[\w'’.-]+\s+){0,3}?(?:law|statute|legislation)s?\b|\b[Tt]he\s+law\s+"
                       r"requires\b")
MUST_ACT = re.compile(r"\bmust\s+(?:also\s+)?(?:cut|reduce|lower|reach|achieve|become|get\s+to|source|obtain|generate)\b")


def legal_must(sentence: str) -> bool:
    """True when the sentence binds its actor to a target by law with "must" ("Under state law, X must cut ...")."""
    if "must " not in sentence or not any(w in sentence for w in LAW_WORDS):
        return False
    return bool(MUST_ACT.search(sentence) and LAW_BINDS.search(sentence))
