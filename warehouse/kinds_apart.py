"""Which of two instruments a page keeps apart another report tells, by its kind.

"A and B signed a memorandum of understanding on clean energy on Tuesday." + "The same day, the two sides signed a
separate cooperation agreement on forest carbon." The page tells two instruments of one day and one pair (kept apart
by the reader's hint `further`). A Chinese report of that day (…签署清洁能源合作谅解备忘录) or an undated one ("Yichang
... signed a memorandum of understanding on clean energy with the State of Vermont") could join either: a generic
"agreement" agrees with every kind (resolve_common.types_agree). A report that names the specific kind of one of the
two (an MOU) is that one, never the generic other: it is kept apart from the generic one, so it joins the first.
"""
from __future__ import annotations

from pactwatch.models import Mention
from warehouse.resolve_common import UnionFind, jurisdiction


def _sides(m: Mention) -> frozenset[str]:
    return frozenset(jurisdiction(p) for p in m.fields["parties"])


def keep_generic_apart(ms: list[Mention], uf: UnionFind, kept: list[tuple[int, int]]) -> None:
    """For each pair of instruments one page keeps apart (`kept`) of which one is of a specific kind and the other a
    generic "agreement", both of the same sides: keep every other report of that specific kind and those sides apart
    from the generic one. One pass over the reports, and only where such a pair exists."""
    wanted: dict[tuple[str, frozenset[str]], list[tuple[int, int, int]]] = {}
    for a, b in kept:
        ka, kb = ms[a].fields["agreement_type"], ms[b].fields["agreement_type"]
        if "agreement" not in (ka, kb) or ka == kb:
            continue
        specific, generic = (a, b) if kb == "agreement" else (b, a)
        sides = _sides(ms[specific])
        if len(sides) >= 2 and _sides(ms[generic]) == sides:
            wanted.setdefault((ms[specific].fields["agreement_type"], sides), []).append((a, b, generic))
    if not wanted:
        return
    kinds = {k for k, _ in wanted}
    for i, m in enumerate(ms):
        if m.fields["agreement_type"] in kinds:
            for a, b, generic in wanted.get((m.fields["agreement_type"], _sides(m)), ()):
                if i not in (a, b):
                    uf.keep_apart(i, generic)
