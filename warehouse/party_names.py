"""How resolution compares the names of an agreement's sides: a company's name with and without the comma before its
legal form is one name, and a country's government and a place in that country may be the one side two reports of a
company's signing name.

"First Solar, Inc." (a wire release), "First Solar Inc" (a paper's house style) and "First Solar Inc." are one
company: `name_key` compares them as one, while the stored name stays the form the text gives. A release naming "the
Chinese government" and a paper naming the city whose government signed are one side told at two levels
(`country_for_place`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from pactwatch.gazetteer import gazetteer
from pactwatch.legal_forms import LEGAL_FORMS
from warehouse.resolve_common import jurisdiction as _jurisdiction  # cached

# a legal form at the end of a company's name, with or without its comma and full stop ("Co., Ltd.", "Co. Ltd")
_TAIL = re.compile(r"(?:,\s*|\s+)(" + "|".join(LEGAL_FORMS) + r")\.?\s*$")


# one legal form spelled out or shortened ("NTPC Limited" / "NTPC Ltd"): one form
_SPELLED = {"Limited": "Ltd"}
# a Chinese group told by its registered name or by its name alone ("晋能控股集团有限公司" / "晋能控股集团"): one group
_ZH_GROUP_FORM = re.compile(r"(?<=集团)(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)$")


# a country's ministry named with its country before it: "Cambodia's Ministry of Environment", "Cambodia Ministry of
# Environment" (the key is the form "Ministry of Environment of Cambodia" that a Chinese report's 柬埔寨环境部 is built as)
_OWN_MINISTRY = re.compile(r"^([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})(?:['’]s)? (Ministry of [A-Z][\w ,&-]+)$")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The name two reports' sides are compared by: a company's name without the comma before its legal form(s) and
    their full stops ("First Solar, Inc." / "First Solar Inc" -> "First Solar Inc"; "X Co., Ltd." / "X Co. Ltd" ->
    "X Co"), a form spelled out and shortened as one ("Limited", "Ltd"), "Co., Ltd." as its short "Co."; other names
    as they are; a country's ministry named with its country first as "Ministry of X of <country>". A legal form is
    never dropped ("Tesla" and "Tesla Inc", "X Inc" and "X Ltd" stay two keys) but a
    Chinese group's: "X集团有限公司" is the group "X集团"."""
    if (m := _OWN_MINISTRY.match(name)) and (p := gazetteer().find_en(m.group(1))) and p.kind == "country":
        return f"{m.group(2)} of {p.name}"  # "Cambodia's Ministry of Environment" / "Ministry of Environment of Cambodia"
    if _ZH_GROUP_FORM.search(name):
        return _ZH_GROUP_FORM.sub("", name.strip())  # (a Chinese group's registered form: the group)
    forms: list[str] = []
    base = name.strip()
    while (m := _TAIL.search(base)) and m.start() > 0:
        forms.insert(0, _SPELLED.get(m.group(1), m.group(1)))
        base = base[:m.start()].rstrip()
    if forms[-2:] == ["Co", "Ltd"]:
        forms = forms[:-1]  # "TBEA Co., Ltd." / "TBEA Co.": a Chinese company limited, shortened
    if not forms and (acronym := _acronym_tail(base)):
        return acronym  # "Lahti Region Development LADEC" / "LADEC" (a gloss: 拉赫蒂地区发展公司（LADEC）): one body
    return " ".join([base, *forms]) if forms else name


# a body's name written with its own acronym after it, no brackets ("Helsinki Region Environmental Services HSY"): its
# place, capitalised words, the acronym opening with the place's initial (scrapers/extract/acronym_runs_en.py reads it)
_ACRONYM_TAIL = re.compile(r"([A-Z][a-z][\w-]*)(?:\s+[A-Z][a-z][\w-]*)+\s+([A-Z][A-Z0-9]{2,})")


def _acronym_tail(name: str) -> str | None:
    """The acronym a name written as "<Place> <Words> <ACRONYM>" ends with, where it opens with the place's initial
    (the key reports naming the body by its acronym alone share); else None."""
    m = _ACRONYM_TAIL.fullmatch(name)
    if not m or m.group(2)[0] != m.group(1)[0]:
        return None
    place = gazetteer().find_en(m.group(1))
    return m.group(2) if place is not None and place.kind != "org" else None


def country_for_place(a: str, b: str) -> str | None:
    """Of two sides' names, the country's, where one is a country and the other a place inside it that is not a
    country ("China" beside "Ordos" or "Inner Mongolia"); else None. Bodies named after a place ("Ministry of
    Commerce", "Ordos Municipal Bureau") are no such pair."""
    gaz = gazetteer()
    pa, pb = gaz.place(a), gaz.place(b)
    if pa is None or pb is None or (pa.kind == "country") == (pb.kind == "country") or pa.country != pb.country:
        return None
    return a if pa.kind == "country" else b


def level_blocks(keys: frozenset) -> list[tuple[frozenset, str, bool]]:
    """Where one party set (of name keys) may meet another naming its place side at another level: (the other
    sides, the place's country, whether the side is the country) per side that is a place, where the other sides
    name a body that is no place. The resolver's blocking and incremental.py's links both read these."""
    gaz = gazetteer()
    out = []
    for q in keys:
        p = gaz.place(q)
        rest = keys - {q}
        if p is not None and rest and any(gaz.place(_jurisdiction(r)) is None for r in rest):
            out.append((rest, p.country, p.kind == "country"))
    return out


def same_side_two_levels(sets: list[frozenset]) -> list[tuple[int, int]]:
    """Pairs (i < j) of party sets (of name keys) alike but for one side each, a country in one and a place inside
    it in the other, whose other sides (as many, one at least) name a body that is no place: a company's memorandum
    "with the Chinese government" and "with the government of Ordos". Whether the two reports tell one instrument
    (kind, day, pages) is the caller's to ask."""
    block: dict[tuple[frozenset, str], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, s in enumerate(sets):
        for rest, country, is_country in level_blocks(s):
            block[(rest, country)][0 if is_country else 1].append(i)
    return sorted({(min(i, j), max(i, j)) for countries, inside in block.values()
                   for i in countries for j in inside if i != j})
