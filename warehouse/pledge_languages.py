"""One pledge reported in two languages: "Baosteel Zhanjiang Iron & Steel ... pledged to peak its carbon emissions by
2028" and "宝钢湛江钢铁有限公司表示，力争2028年实现碳达峰". The Chinese report keeps the company's Chinese name (no
alias file knows it), so the two reports' actors differ and the commitment clusters (warehouse.resolve, on actor,
type and target year) stay two rows. Here the two clusters join where everything else agrees and the names do too.

Precision first: the English name is a body's (three content words at least: never a bare place, which a company's
Chinese name also glosses: 湛江 in 宝钢湛江钢铁), the Chinese name's gloss covers three quarters of its words and
agrees on what says which body each is (crosslang.own_part_glossed), the type, target year and figures are the same,
and each cluster is the other's only such partner.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable

from pactwatch.gazetteer import CJK
from pactwatch.models import Mention
from warehouse.crosslang import _stems, own_part_glossed, same_body_score


def _same_pledge(a: dict, b: dict, figures_agree: Callable[[dict, dict], bool]) -> bool:
    return a.get("commitment_type") == b.get("commitment_type") and a.get("target_year") == b.get("target_year") and \
        figures_agree(a, b)


def _names(zh: str, en: str) -> bool:
    """A Chinese-named actor and an English-named one are the same body (see the module docstring)."""
    return len(_stems(en)) >= 3 and same_body_score(zh, en) >= 0.75 and own_part_glossed(zh, en)


def join_languages(clusters: list[list[Mention]], figures_agree: Callable[[dict, dict], bool]
                   ) -> list[list[Mention]]:
    """The commitment clusters with each Chinese-named one folded into the English-named cluster of the same pledge
    whose actor it names, where each is the other's only such partner; the English cluster's mentions come first
    (its actor is the record's). `figures_agree`: whether two reports' figures allow one pledge."""
    zh = [i for i, c in enumerate(clusters) if CJK.search(c[0].fields.get("actor") or "")]
    if not zh:
        return clusters
    en: dict[tuple, list[int]] = defaultdict(list)  # (type, target year) -> English-named clusters
    for i, c in enumerate(clusters):
        if not CJK.search(c[0].fields.get("actor") or ""):
            en[(c[0].fields.get("commitment_type"), c[0].fields.get("target_year"))].append(i)
    pairs = [(a, b) for a in zh
             for b in en.get((clusters[a][0].fields.get("commitment_type"),
                              clusters[a][0].fields.get("target_year")), ())
             if _same_pledge(clusters[a][0].fields, clusters[b][0].fields, figures_agree)
             and _names(clusters[a][0].fields["actor"], clusters[b][0].fields["actor"])]
    count_a: dict[int, int] = defaultdict(int)
    count_b: dict[int, int] = defaultdict(int)
    for a, b in pairs:
        count_a[a] += 1
        count_b[b] += 1
    joined = {a: b for a, b in pairs if count_a[a] == 1 and count_b[b] == 1}
    if not joined:
        return clusters
    out = []
    for i, c in enumerate(clusters):
        if i in joined:
            continue
        out.append(c + [m for a, b in joined.items() if b == i for m in clusters[a]])
    return out
