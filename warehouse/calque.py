"""A company's English trade name coined word for word from its Chinese name (Goldwind for 金风, "gold" + "wind"):
one Latin word of the English name spelled as the one-word English glosses of consecutive words of the Chinese
name (a character or a two-character word: 红太阳 / Redsun), two or three of them. Used by warehouse.crosslang only to say a Chinese-named side and an English one are the
same body when the two reports already agree on everything else; never to name anything.
"""
from __future__ import annotations

import re
from typing import Callable

_WORD = re.compile(r"^[a-z]{3,}$")


def one_word_glosses(definitions: list[str] | None) -> frozenset[str]:
    """The definitions of one character that are a single English word (金: gold, golden, money), case-folded."""
    out = set()
    for d in definitions or []:
        d = re.sub(r"\([^)]*\)", " ", d).strip().casefold()
        if _WORD.match(d):
            out.add(d)
    return frozenset(out)


def calqued(zh: str, en: str, glosses: Callable[[str], frozenset[str]]) -> bool:
    """A Latin word of `en` (six letters at least) is the glosses of two or three consecutive words of `zh` (one or
    two characters each) put together in order (`glosses(word)`: its one-word glosses): 金风科技 / Goldwind."""
    chars = list(zh)
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", en) if len(w) >= 6]

    def spell(w: str, pos: int, ci: int, parts: int) -> bool:
        if pos == len(w):
            return parts >= 2
        if ci >= len(chars) or parts == 3:
            return False
        return any(w.startswith(g, pos) and spell(w, pos + len(g), ci + k, parts + 1)
                   for k in (1, 2) if ci + k <= len(chars) for g in glosses("".join(chars[ci:ci + k])))

    return any(spell(w, 0, i, 0) for w in words for i in range(len(chars)))
