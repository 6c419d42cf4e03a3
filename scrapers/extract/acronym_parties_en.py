"""One party named twice in one sentence, by its acronym and by its full name ("signed a memorandum with NEDO, the
New Energy and Industrial Technology Development Organization"): the acronym spells the name's initials, so it is
the same body, kept once by its full name. Pure functions over a list of party names.
"""
from __future__ import annotations

from scrapers import lazy_re as re

ACRONYM = re.compile(r"[A-Z][A-Z&]{2,7}")
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def spells_out(acronym: str, full: str) -> bool:
    """Whether an all-capitals word of three to eight letters abbreviates a longer English name: its letters are,
    in order, initials of the name's capitalised words, the first of them the name's first."""
    if not ACRONYM.fullmatch(acronym) or len(full) <= len(acronym) or " " not in full:
        return False
    initials = [w[0] for w in CAPITALISED.findall(full)]
    if not initials or initials[0] != acronym[0]:
        return False
    it = iter(initials)
    return all(ch in it for ch in acronym.replace("&", ""))


def without_acronym_twins(names: list[str]) -> list[str]:
    """`names` without an acronym whose full name is also among them."""
    return [n for n in names if not any(m != n and spells_out(n, m) for m in names)]


def unique_parties(names: list[str]) -> list[str]:
    """Each name once, and a body named by its acronym and its full name once ("NEDO, the New Energy and ...")."""
    seen: set[str] = set()
    return without_acronym_twins([n for n in names if not (n in seen or seen.add(n))])
