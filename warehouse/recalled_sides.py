"""A signing recalled by its month with its sides named loosely, beside the report of its day (warehouse.
resolve_agreements): "... the memorandum of understanding signed with the Ministry of Water and Environment in March"
(a Ugandan agency's page; China the other side) is the memorandum that "Uganda's Ministry of Water and Environment and
China's Ministry of Ecology and Environment on Tuesday signed" on March 18. The two party sets share no name, so the
resolver's blocking never compared them: a duplicate row.

A month-dated report and a day-dated one are compared here when each side of the month's report is a distinct side
of the day's: the same name; a public body named bare and the same body with a country written in its name where the
month report's story names that country and its other sides are not of it ("Ministry of Water and Environment" /
"Uganda's ..." in a story naming Uganda); or a country and a body of that country ("China" / "Ministry of Ecology and
Environment", CN). One side at least must be the bare body: the name the two reports share. The hints are the
extractor's (scrapers/extract/side_homes.py). Whether the two tell one instrument (kinds, titles, the day in the
month) is the resolver's _one_instrument; which of several signings of one month the recall tells is
warehouse.coarse_dates' (none where it cannot tell), so two signings of the same sides in two months, or two in one
month, never fold into one.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import permutations

from pactwatch.models import Mention
from warehouse.event_scope import SEP
from warehouse.resolve_common import reported_after

LINK = "r" + SEP  # the blocking key of a bare body's name (warehouse.incremental.links)


def _bare_key(name: str) -> str:
    return name.removeprefix("the ").removeprefix("The ").casefold()


def _qualified(m: Mention) -> dict[str, str]:
    """The sides of a day-dated report written with their country: side -> its bare name's key."""
    return {p: _bare_key(h[1]) for p, h in (m.hints.get("side_homes") or {}).items()
            if h[1] and _bare_key(h[1]) != _bare_key(p)}


def _month_recall(m: Mention) -> bool:
    return m.fields.get("signed_on_precision") == "month" and bool(m.hints.get("bare_homes"))


def side_map(coarse: Mention, day: Mention) -> dict[str, str] | None:
    """How each side of the month-dated `coarse` names a side of the day-dated `day` (side -> side), as the module
    says; None where they cannot be one signing's sides."""
    cp, dp = list(dict.fromkeys(coarse.fields["parties"])), list(dict.fromkeys(day.fields["parties"]))
    if len(cp) < 2 or len(cp) > len(dp) or len(dp) > 6:
        return None
    homes, bare = coarse.hints.get("side_homes") or {}, coarse.hints.get("bare_homes") or {}
    d_homes, qualified = day.hints.get("side_homes") or {}, _qualified(day)

    def fits(p: str, q: str, others: set[str]) -> str | None:
        if _bare_key(p) == _bare_key(q):
            return "same"
        if p in bare and qualified.get(q) == _bare_key(p) and (code := d_homes[q][0]) in bare[p] and \
                code not in others:
            return "bare"
        if (h := homes.get(p)) and h[1] is None and (d := d_homes.get(q)) and d[1] and d[0] == h[0]:
            return "country"
        return None

    for chosen in permutations(dp, len(cp)):
        ways = []
        for p, q in zip(cp, chosen):
            others = {homes[o][0] for o in cp if o != p and o in homes}
            ways.append(fits(p, q, others))
        if all(ways) and "bare" in ways:
            return dict(zip(cp, chosen))
    return None


def recalled_pairs(ms: list[Mention]) -> list[tuple[int, int]]:
    """Pairs (month-dated recall, day-dated report) whose sides side_map ties, on two pages, the recall's not
    published before that day (module docstring)."""
    by_bare: dict[str, list[int]] = defaultdict(list)
    for j, m in enumerate(ms):
        if m.fields.get("signed_on_precision") == "day":
            for key in set(_qualified(m).values()):
                by_bare[key].append(j)
    out = []
    for i, m in enumerate(ms):
        if not _month_recall(m):
            continue
        cands = {j for p in m.hints["bare_homes"] for j in by_bare.get(_bare_key(p), ())}
        out += [(i, j) for j in sorted(cands) if ms[j].url != m.url and reported_after(m, ms[j]) and
                side_map(m, ms[j]) is not None]
    return out


def recall_links(m: Mention) -> list[str]:
    """The blocking keys this rule adds to a mention: the bare names of a month recall's bare sides and of a
    day-dated report's sides written with their country (warehouse.incremental.links)."""
    if _month_recall(m):
        return sorted({LINK + _bare_key(p) for p in m.hints["bare_homes"]})
    if m.fields.get("signed_on_precision") == "day":
        return sorted({LINK + k for k in _qualified(m).values()})
    return []


def loose_names(ms: list[Mention]) -> set[str]:
    """The names a month recall of an agreement gave its sides where a day-dated report of it names them in full
    ("China" beside "Ministry of Ecology and Environment", the bare ministry beside "Uganda's ..."): the record keeps
    the full names (warehouse.resolve_agreements.agreement_fields)."""
    out: set[str] = set()
    for m in ms:
        if not _month_recall(m):
            continue
        for n in ms:
            if n.fields.get("signed_on_precision") == "day" and (sides := side_map(m, n)):
                out |= {p for p, q in sides.items() if p != q and not any(
                    p in o.fields["parties"] and q in o.fields["parties"] for o in ms)}
    return out
