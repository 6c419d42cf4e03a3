"""Reports dated to a month or a year only ("earlier this month", 本月早些时候, "in June") beside reports dated to the
day (warehouse.resolve_agreements): such a report agrees with every signing of its sides in its month (or year), so
joined at once it would bridge two instruments of the same sides signed days apart (a memorandum on low-carbon
cooperation on the 12th and one on water on the 26th: two facts folded into one). Its joins to day-dated reports are
held back until the day-dated groups are whole; then it joins the one signing it can tell of: the only one, or those
within three days of each other (one instrument told a day apart), or of several the one in its month, or the one
whose topics it shares. Where that leaves more than one, it joins none (a restatement left as its own row costs one
duplicate; folded, two facts would be one).
"""
from __future__ import annotations

from collections import defaultdict

from pactwatch.models import Mention
from warehouse.resolve_common import UnionFind

ONE_INSTRUMENT_DAYS = 3  # days apart two day-dated reports may be and still tell one signing (resolve_common)


def one_coarse(a: Mention, b: Mention) -> bool:
    """Of two dated reports, exactly one is dated to the day (the other to a month or a year only)."""
    return (a.fields.get("signed_on_precision") == "day") != (b.fields.get("signed_on_precision") == "day")


def join_coarse(ms: list[Mention], uf: UnionFind, pairs: list[tuple[int, int]]) -> None:
    """Join the held-back pairs (one report dated to the day, one coarser): each coarse group to the day-dated
    group(s) it can tell of, as the module says."""
    cands: dict[int, set[int]] = defaultdict(set)  # coarse root -> day-dated roots it agrees with
    for a, b in pairs:
        coarse, day = (a, b) if ms[b].fields.get("signed_on_precision") == "day" else (b, a)
        cands[uf.find(coarse)].add(uf.find(day))
    if not cands:
        return
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ms)):
        members[uf.find(i)].append(i)
    for root, roots in cands.items():
        roots.discard(root)
        # a coarse group already holding a day-dated report is that signing's: joined as before
        told = roots if _days(ms, members[root]) else _told(ms, members[root], roots, members)
        for r in told:
            uf.union(root, r)


def _days(ms: list[Mention], idx: list[int]) -> list:
    return [ms[i].fields["signed_on"] for i in idx if ms[i].fields.get("signed_on_precision") == "day"]


def _told(ms: list[Mention], coarse: list[int], roots: set[int], members: dict[int, list[int]]) -> set[int]:
    """The day-dated groups (roots) the coarse reports `coarse` tell of: all when they are one signing, else the one
    in the reports' month, else the one sharing their topics; none where several remain."""
    days = [d for r in roots for d in _days(ms, members[r])]
    if len(roots) <= 1 or (days and (max(days) - min(days)).days <= ONE_INSTRUMENT_DAYS):
        return roots
    months = {(ms[i].fields["signed_on"].year, ms[i].fields["signed_on"].month) for i in coarse
              if ms[i].fields.get("signed_on_precision") == "month"}
    left = roots
    if len(months) == 1:
        in_month = {r for r in roots if any((d.year, d.month) in months for d in _days(ms, members[r]))}
        left = in_month or roots
    if len(left) > 1:
        topics = {t for i in coarse for t in ms[i].fields.get("topics") or ()}
        shared = {r for r in left if topics & {t for i in members[r] for t in ms[i].fields.get("topics") or ()}}
        left = shared if len(shared) == 1 else left
    return left if len(left) == 1 else set()
