"""A country's possessive before a place inside that country names the place, not the country: "China's Jiangsu
Province", "Germany's state of Bavaria", "Canada's province of Quebec". The country only says where the place is; read
as the country, the sentence gets a party that did not sign (and loses the one that did).

Precision first: the place must be one the gazetteer knows inside that very country, or be introduced by its kind
("state of", "province of"), and no capitalised word may follow it ("China's Shanghai Electric" is a company, "China's
Wang Yi" a person).
"""
from __future__ import annotations

from typing import Callable

from scrapers.extract.name_runs import CALENDAR, CONNECTORS, cap_run_end, is_cap

# "Germany's state of Bavaria": the kind of place the words before "of" say
_KINDS = {"state": "state", "province": "province", "city": "city", "municipality": "city", "prefecture": "city"}


def inner_place(s: str, toks, n: int, country: str, find_place: Callable) -> tuple[int, str, str, int] | None:
    """After a country's possessive (its token ends before token `n`; `country` its code): the place inside that
    country named next, as (token after it, its name, its kind, the character where it ends); None if none is."""
    kind = None
    if n + 2 < len(toks) and toks[n][0] in _KINDS and toks[n + 1][0] == "of":
        kind, n = _KINDS[toks[n][0]], n + 2
    if n >= len(toks) or not is_cap(toks[n][0]) or toks[n][0] in CALENDAR:
        return None
    run_end = min(cap_run_end(toks, n), n + 4)
    for k in range(run_end, n, -1):
        surface = s[toks[n][1]:toks[k - 1][2]]
        own = surface.endswith(("'s", "’s"))  # "China's Jiangsu Province's capital"
        surface = surface[:-2] if own else surface.rstrip(".")
        if not own and k < len(toks) and is_cap(toks[k][0]):
            continue  # a longer name goes on: a company's, a person's
        place = find_place(surface)
        if place is not None and place.kind != "country" and place.country == country:
            return k, place.name, place.kind, toks[n][1] + len(surface)
    # "state of Bavaria and Shandong": the kind's place ends at a connector
    run_end = next((k for k in range(n + 1, run_end) if toks[k][0] in CONNECTORS), run_end)
    if kind and (run_end >= len(toks) or not is_cap(toks[run_end][0])):
        # "Germany's state of Bavaria": a place the gazetteer does not know, named as one by its kind
        name = s[toks[n][1]:toks[run_end - 1][2]].rstrip(".").removesuffix("'s").removesuffix("’s")
        return run_end, name, kind, toks[n][1] + len(name)
    return None
