"""One agreement told in Chinese and in English in one month, outside any event (warehouse.resolve_agreements): the
Chinese report names one side in English (the reader put it into English: 江西省生态环境厅 -> "Jiangxi Provincial
Department of Ecology and Environment") and keeps the other as written (a foreign body's Chinese calque:
萨克森州能源、气候保护、环境和农业部), the English report names the first side the same (in either English word order:
"Department of Ecology and Environment of Jiangxi Province") and the other in English. They join where their dates
fall in one month and agree, their kinds agree, each has two sides, and that shared body signs once in each language
that month: nothing else tells which report is which. The shared side must be a body of a place, not the place
(a city beside two different firms the same day is two agreements).
"""
from __future__ import annotations

import re
from collections import defaultdict

from pactwatch.gazetteer import CJK
from pactwatch.models import Mention
from warehouse.party_names import name_key
from warehouse.resolve_common import UnionFind, dates_agree, jurisdiction, types_agree

# "Department of Ecology and Environment of Jiangxi Province": the body's kind and field before its place
_OF_PLACE = re.compile(r"^(Department|Bureau|Commission|Administration|Office) of (.+?) of ([A-Z][\w'-]*(?: [A-Z][\w'-]*)?)"
                       r" (Province|Municipality)$")


def body_key(name: str) -> str:
    """A body's name in one English word order: "Department of X of Y Province" as "Y Provincial Department of X"
    ("... of Y Municipality" as "Y Municipal ..."), case-folded, compared by name_key."""
    m = _OF_PLACE.match(name.strip())
    if m:
        adj = "Provincial" if m.group(4) == "Province" else "Municipal"
        name = f"{m.group(3)} {adj} {m.group(1)} of {m.group(2)}"
    return name_key(name).casefold()


def same_month_other_language(ms: list[Mention], uf: UnionFind) -> None:
    """Union a Chinese and an English report of one agreement dated in one month (see the module's docstring)."""
    by_month: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        d = m.fields.get("signed_on")
        if d and m.fields.get("signed_on_precision") in ("day", "month") and len(m.fields["parties"]) == 2:
            by_month[(d.year, d.month)].append(i)
    for idx in by_month.values():
        zh, en = [], []
        for i in idx:
            latin = [p for p in ms[i].fields["parties"] if not CJK.search(p)]
            if len(latin) == 1 and jurisdiction(latin[0]) != latin[0]:  # a body of a place, not the bare place
                zh.append((i, body_key(latin[0])))
            elif len(latin) == 2:
                en.append((i, {body_key(p) for p in latin}))
        signs_zh = defaultdict(set)
        signs_en = defaultdict(set)
        for i, k in zh:
            signs_zh[k].add(frozenset(ms[i].fields["parties"]))
        for i, ks in en:
            for k in ks:
                signs_en[k].add(frozenset(ms[i].fields["parties"]))
        for i, k in zh:
            for j, ks in en:
                if k in ks and len(signs_zh[k]) == 1 and len(signs_en[k]) == 1 and ms[i].url != ms[j].url and \
                        types_agree(ms[i].fields["agreement_type"], ms[j].fields["agreement_type"]) and \
                        dates_agree(ms[i], ms[j]):
                    uf.union(i, j)
