"""What resolution and its cross-language joins share: a union-find, the place a name stands for, the page date,
and when two reports of an agreement agree on instrument and date."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from functools import lru_cache

from pactwatch.jurisdictions import jurisdiction as _jurisdiction
from pactwatch.models import Mention

jurisdiction = lru_cache(maxsize=1 << 16)(_jurisdiction)  # names repeat across mentions; the gazetteer is fixed
# words any gathering's name may hold: they say nothing of which gathering it is
EVENT_WORDS = {"summit", "conference", "forum", "meeting", "dialogue", "congress", "symposium", "expo", "roundtable",
               "convention", "assembly", "workshop", "international", "global", "world", "city", "cities", "climate",
               "green", "development", "high", "level", "annual", "china", "energy"}


class UnionFind:
    """Disjoint sets over 0..n-1 (mentions or groups): union, find, the groups; two members kept apart
    (`keep_apart`) never end in one set, whatever third member would bridge them."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self._apart: dict[int, set[int]] = {}  # root -> members its set must not join

    def keep_apart(self, a: int, b: int) -> None:
        """Never put `a` and `b` (and what joins them) in one set: a page tells two instruments."""
        ra, rb = self.find(a), self.find(b)
        self._apart.setdefault(ra, set()).add(b)
        self._apart.setdefault(rb, set()).add(a)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def apart(self, a: int, b: int) -> bool:
        """The sets of `a` and `b` are kept apart (keep_apart)."""
        ra, rb = self.find(a), self.find(b)
        return any(self.find(x) == rb for x in self._apart.get(ra, ())) or \
            any(self.find(x) == ra for x in self._apart.get(rb, ()))

    def union(self, a: int, b: int) -> bool:
        """Join the sets of `a` and `b`, unless they are kept apart; whether they are one set now."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self._apart and (any(self.find(x) == rb for x in self._apart.get(ra, ())) or
                            any(self.find(x) == ra for x in self._apart.get(rb, ()))):
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        if gone in self._apart:
            self._apart.setdefault(keep, set()).update(self._apart.pop(gone))
        return True

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


def page_date(m: Mention) -> date | None:
    """The date of the page a mention was read from, if the page gives one."""
    v = m.hints.get("page_date")
    return date.fromisoformat(v) if v else None


def types_agree(a: str, b: str) -> bool:
    """Two reports may name one instrument: the same kind, a generic "agreement", or an MOU called a declaration."""
    return a == b or "agreement" in (a, b) or {a, b} == {"mou", "declaration"}


def dates_agree(a: Mention, b: Mention) -> bool:
    """Two reports' signing dates allow one agreement: days within 3, else the same year; either undated, where
    neither page was published before the other report's signing (reported_after)."""
    da, db = a.fields.get("signed_on"), b.fields.get("signed_on")
    if not da or not db:
        return reported_after(a, b) and reported_after(b, a)
    pa, pb = a.fields.get("signed_on_precision"), b.fields.get("signed_on_precision")
    if pa == "day" and pb == "day":
        return abs((da - db).days) <= 3
    if "month" in (pa, pb) and "year" not in (pa, pb):
        # "since the two cities inked an MOU in May" beside the agreement they signed on October 21: a month stated
        # is no other month's signing (a day's grace at its ends, for the time zones)
        return _in_month(da, pa, db, pb)
    return da.year == db.year


def _in_month(da, pa: str | None, db, pb: str | None) -> bool:
    """Whether two dates, one or both given to the month only, may be one signing: the same month, or a day within
    one day of that month."""
    if pa != "month":
        da, pa, db, pb = db, pb, da, pa
    if pb == "month":
        return (da.year, da.month) == (db.year, db.month)
    return any((d.year, d.month) == (da.year, da.month) for d in (db, db - timedelta(days=1), db + timedelta(days=1)))


def reported_after(a: Mention, b: Mention) -> bool:
    """`a`'s page may report `b`'s signing: it was not published before `b` was signed (a day's grace for the time
    zones: a Washington release of the 14th is Beijing's 15th). A page of April 2021 cannot tell of a statement of
    November 2023, however alike the two statements' sides. True where either date is unknown."""
    pd, signed = page_date(a), b.fields.get("signed_on")
    if pd is None or signed is None:
        return True
    precision = b.fields.get("signed_on_precision")
    if precision == "year":
        return signed.year <= pd.year
    if precision == "month":
        return (signed.year, signed.month) <= (pd.year, pd.month)
    return (signed - pd).days <= 1


def most_common(values, key=None):
    """The value most often given (None, "" and [] are none), ties to the greatest `key`, then the greatest text."""
    vals = [v for v in values if v not in (None, "", [])]
    if not vals:
        return None
    counts = Counter(vals)
    return max(counts, key=lambda v: (counts[v], key(v) if key else 0, str(v)))


def singular(word: str) -> str:
    """An English word of a name without its plural ending (cities -> city, leaders -> leader), so "Sustainable City
    Summit" (a Chinese name's gloss) and "Sustainable Cities Summit" are one name; other words as they are."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.isascii():
        return word[:-1]
    return word


def name_tokens(key: str) -> list[str]:
    """The words of an event's name key, singular (resolution and its incremental blocking compare these)."""
    return [singular(w) for w in key.split()]
