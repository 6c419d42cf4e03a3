"""One summit series told by many pages (issue 17): the joins warehouse.resolve needs so that each EDITION of a
series is one event row, with every page that tells it as evidence, and records made there linked to it.

* plural_glossed: a gathering's Chinese name glossed word for word as its English name where the English name says
  a word in the plural (中美绿色港湾城市峰会 / "U.S.-China Green Harbor Cities Summit": CC-CEDICT glosses 城市 "city"),
  or names a plenary gathering by another of its words (大会, glossed "general assembly; convention", is the
  "Conference" of 中国国际友好城市大会 / "China International Friendship Cities Conference").
* nearest_edition_first: an undated, placeless short name ("last week's Green Harbor Cities Summit") that is a variant
  of the names of several editions joins the edition its page is about (the latest held by the page's day, else the
  nearest), as undated mentions of one name already do (warehouse.resolve._split_by_date), not whichever edition
  comes first.
* events_on_page: the edition a record's page tells under a name, so a record made "at the summit" is linked to the
  edition its own page reports, when two editions share the name.

See docs/summit-editions.md.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable

_WORD = re.compile(r"[a-z]+")
# the words of a plenary gathering, one as good as another in a gloss (大会: "general assembly; convention")
_PLENARY = {"confe", "conve", "assem", "congr"}


def singular(word: str) -> str:
    """An English word's singular by the regular endings (cities -> city, summits -> summit; glass stays)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def plural_glossed(zh: str, en: str, gloss: Callable[[str], frozenset], event_stems: set[str],
                   stop: set[str]) -> bool:
    """The Chinese name glosses every content word of the English name (three at least, one no gathering word),
    each word taken as written or in its singular (`gloss`: the five-letter stems of the Chinese name's
    dictionary glosses, warehouse.crosslang.gloss)."""
    words = [w for w in _WORD.findall(en.casefold().replace("'s", "").replace("’s", "")) if len(w) >= 3
             and w not in stop]
    stems = {w[:5] for w in words}
    if len(stems) < 3 or not stems - event_stems:
        return False
    g = gloss(zh)
    return all(w[:5] in g or singular(w)[:5] in g or (w[:5] in _PLENARY and g & _PLENARY) for w in words)


def nearest_edition_first(pairs: list[tuple[int, int]], when: list[date | None], cities: list[str | None],
                          page_days: list[date | None]) -> list[tuple[int, int]]:
    """`pairs` (group ids) reordered so that each undated, placeless group meets the edition its page is about
    first: pairs of two dated groups keep their order ahead; a pair of an undated, placeless group and a dated one
    follows, the dated side held on or before the undated group's page day first, nearest first."""
    def loose(i: int) -> bool:
        return when[i] is None and not cities[i] and page_days[i] is not None

    def rank(p: tuple[int, int]) -> tuple:
        a, b = p
        u, d = (a, b) if loose(a) and when[b] else (b, a)
        if not (loose(u) and when[d]):
            return (0,)
        gap = (page_days[u] - when[d]).days
        return (1, u, 0 if gap >= 0 else 1, abs(gap))

    return sorted(pairs, key=rank)  # stable: the other pairs keep their order


def events_on_page(clusters: list[list]) -> dict[tuple[str, str], int]:
    """(page URL, event key) -> the event cluster holding that page's mention under that key (one only: a page
    telling two editions under one key settles nothing)."""
    seen: dict[tuple[str, str], set[int]] = {}
    for i, c in enumerate(clusters):
        for m in c:
            k = m.hints.get("key")
            if k:
                seen.setdefault((m.url, k), set()).add(i)
    return {pk: next(iter(ids)) for pk, ids in seen.items() if len(ids) == 1}
