"""A pledged cut restated by its upper figure alone ("cut emissions by up to 95% from 2006 levels by 2050", 最多减少
95%) beside the range another report gives ("80-95% below 2006 levels by 2050", 减少80%至95%): one pledge, kept with
its range (warehouse.resolve: a second row of one pledge is a duplicate). The reader stores "up to 95%" as the
point 95-95; the sentence says it is a ceiling. Only a report whose sentence puts "up to" (as much as, 最多, 至多,
最高) right before that figure is read so: a plain "95%" beside "80-95%" may be another pledge and stays apart.
"""
from __future__ import annotations

import re

from pactwatch.models import Mention

_NUM = r"(\d{1,3}(?:\.\d+)?)"
# "up to 95%", "as much as 95 percent", 最多减少95%, 至多下降95%, 最高降低95%: the ceiling word then the figure
_CEILING = re.compile(r"(?:\bup to|\bas much as|最多|至多|最高)\s*(?:减少|下降|降低|削减)?\s*" + _NUM + r"\s*(?:%|％|percent|per cent)",
                      re.IGNORECASE)
_WORDS = ("up to", "as much as", "最多", "至多", "最高")
_OTHER = ("base_year", "per_capita_t", "share_pct")  # figures besides the cut's that must not disagree


def ceiling_only(m: Mention) -> bool:
    """The report gives the cut's upper figure only: its stored cut is one figure (or no lower one) and its sentence
    puts a ceiling word right before that figure."""
    f = m.fields
    hi = f.get("reduction_pct_max")
    if hi is None or f.get("reduction_pct_min") not in (None, hi):
        return False
    low = m.quote.lower()
    if not any(w in low for w in _WORDS):  # cheap gate before the pattern
        return False
    return any(float(x) == float(hi) for x in _CEILING.findall(m.quote))


def _is_range(f: dict) -> bool:
    lo, hi = f.get("reduction_pct_min"), f.get("reduction_pct_max")
    return lo is not None and hi is not None and hi > lo


def ceiling_of_range(a: Mention, b: Mention) -> bool:
    """One report gives a range and the other its ceiling alone, the same upper figure, no other figure disagreeing
    (the base year the same or told once)."""
    for r, c in ((a, b), (b, a)):
        if _is_range(r.fields) and c.fields.get("reduction_pct_max") == r.fields["reduction_pct_max"] and \
                all(r.fields.get(k) is None or c.fields.get(k) is None or r.fields.get(k) == c.fields.get(k)
                    for k in _OTHER) and ceiling_only(c):
            return True
    return False


def stated_figures(ms: list[Mention]) -> list[Mention]:
    """The reports whose cut figures count for the record: all, except those giving only the ceiling of a range
    another report of the pledge gives (their lower figure is no floor)."""
    ranges = {m.fields["reduction_pct_max"] for m in ms if _is_range(m.fields)}
    if not ranges:
        return ms
    kept = [m for m in ms if not (m.fields.get("reduction_pct_max") in ranges and not _is_range(m.fields)
                                  and ceiling_only(m))]
    return kept or ms
