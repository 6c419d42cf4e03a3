"""Which stored events a batch can change: the components of event name keys that resolution may merge.

resolve._cluster_events groups event mentions by name key and then merges close variants: pairs of groups with
the same head word, Jaccard >= 0.6 over >= 3 tokens, dated within 3 days of each other (an undated group pairs
with any), held in the same city (a group without one pairs with any). Two keys are linked here when some of
their mentions could form such a pair (the month and span conditions left out, so this is a superset); a batch's events are re-clustered with every key reachable from
the keys it adds, removes or names. Clustering sees each component whole and in the same order, so its result
for those keys is the one a full resolution gives.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from datetime import date

from pactwatch.models import Mention
from warehouse.resolve_common import name_tokens

SEP = "\x1f"
LINK_EVENT = "k" + SEP   # the mention_links entry of an event mention: its name key


def event_group(m: Mention) -> str:
    """The name key resolution groups an event mention by (resolve._cluster_events)."""
    return m.hints.get("key") or m.fields["name"].casefold()


Facts = tuple  # (sorted day ordinals, may form an undated group, cities, may form a group without a city)
NOTHING: Facts = ((), False, frozenset(), False)


def group_facts(ms: list[Mention]) -> dict[str, Facts]:
    """Per name key, what decides which other keys its groups may pair with: days, undated, cities, cityless."""
    acc: dict[str, list] = {}
    for m in ms:
        a = acc.setdefault(event_group(m), [set(), False, set(), False])
        d, city = m.fields.get("start_on"), m.fields.get("city")
        if d:
            a[0].add((date.fromisoformat(d) if isinstance(d, str) else d).toordinal())
        else:
            a[1] = a[1] or bool(m.hints.get("month"))
        if city:
            a[2].add(city)
        else:
            a[3] = True
    return {k: (tuple(sorted(ds)), mo or not ds, frozenset(cs), cl) for k, (ds, mo, cs, cl) in acc.items()}


class GroupIndex:
    """Every stored event name key with its days, indexed by (head word, rare token) as resolve._variant_pairs
    blocks them, so the keys a given one may merge with are found without comparing all pairs."""

    def __init__(self, con):
        rows = con.execute("""
            SELECT substr(l.link, 3),
                   list(DISTINCT TRY_CAST(json_extract_string(m.fields, '$.start_on') AS DATE))
                       FILTER (WHERE json_extract_string(m.fields, '$.start_on') IS NOT NULL),
                   bool_or(json_extract_string(m.fields, '$.start_on') IS NULL
                           AND json_extract_string(m.hints, '$.month') IS NOT NULL),
                   list(DISTINCT json_extract_string(m.fields, '$.city'))
                       FILTER (WHERE coalesce(json_extract_string(m.fields, '$.city'), '') <> ''),
                   bool_or(coalesce(json_extract_string(m.fields, '$.city'), '') = '')
            FROM mention_links l JOIN mentions m USING (mention_key)
            WHERE l.link LIKE ? GROUP BY 1""", [LINK_EVENT + "%"]).fetchall()
        self.facts: dict[str, Facts] = {}
        for k, ds, month_only, cities, cityless in rows:
            ords = tuple(sorted(d.toordinal() for d in ds or () if d is not None))
            self.facts[k] = (ords, bool(month_only) or not ords, frozenset(cities or ()), bool(cityless))
        self.freq = Counter(t for k in self.facts for t in set(name_tokens(k)))
        self._bit = {t: 1 << n for n, t in enumerate(self.freq)}  # token sets as bit masks, as resolve does
        self.masks = {k: self.mask(k) for k in self.facts}
        # per block: every day of its keys, sorted, beside the key of each; the keys that may form an undated group
        dated: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
        self.undated: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.keys: dict[tuple[str, str], list[str]] = defaultdict(list)  # every key of a block, once
        for k, (days, undated, _, _) in self.facts.items():
            for bk in self._prefix(k):
                dated[bk].extend((d, k) for d in days)
                self.keys[bk].append(k)
                if undated:
                    self.undated[bk].append(k)
        # keys by a name word of their own in Latin letters: a Chinese and an English report may pair on it
        # (resolve._other_language_pairs; the day and language conditions left out: a superset)
        self.own: dict[str, list[str]] = defaultdict(list)
        for k in self.facts:
            for t in _own_words(k) | _gloss_stems(k):
                self.own[t].append(k)
        self.days: dict[tuple[str, str], list[int]] = {}
        self.dated: dict[tuple[str, str], list[str]] = {}
        for bk, lst in dated.items():
            lst.sort()
            self.days[bk], self.dated[bk] = [d for d, _ in lst], [k for _, k in lst]

    def mask(self, key: str) -> int:
        """The bit mask of a key's tokens (a token no stored key has gets a new bit)."""
        bit = self._bit
        toks = set(name_tokens(key))
        for t in toks:
            if t not in bit:
                bit[t] = 1 << len(bit)
        return sum(bit[t] for t in toks)

    def _prefix(self, key: str) -> list[tuple[str, str]]:
        words = name_tokens(key)
        toks = set(words)
        if len(toks) < 3:
            return []
        ordered = sorted(toks, key=lambda t: (self.freq[t], t))
        n = len(ordered)
        return [(words[-1], t) for t in ordered[:n - math.ceil(0.6 * n - 1e-9) + 1]]

    def component(self, seeds: dict[str, Facts], limit: int | None = None,
                  closed: set[str] = frozenset()) -> set[str] | None:
        """The seed keys (with the facts given, besides their stored ones) and every key reachable from them;
        None once more than `limit` keys are reached (clustering them all is then as cheap). `closed`: keys
        already known to be a union of components, whose neighbours need not be searched again."""
        facts = {k: _union(self.facts.get(k), v) for k, v in seeds.items()}
        comp, todo = set(closed) | set(facts), [k for k in facts if k not in closed]
        masks, stored = self.masks, self.facts
        while todo:
            key = todo.pop()
            mine = masks.get(key) or self.mask(key)
            size = mine.bit_count()
            days, undated, cities, cityless = facts.get(key) or stored[key]
            for other in {o for t in _own_words(key) | _gloss_stems(key) for o in self.own.get(t, ())} - comp:
                if cities and cities & stored[other][2]:
                    comp.add(other)
                    todo.append(other)
            for bk in self._prefix(key):
                for other in set(self._candidates(bk, days, undated)) - comp:
                    _, _, o_cities, o_cityless = stored[other]
                    if not (cityless or o_cityless or cities & o_cities):
                        continue
                    ot = masks[other]
                    both = (mine & ot).bit_count()
                    if both / (size + ot.bit_count() - both) >= 0.6:
                        comp.add(other)
                        todo.append(other)
            if limit is not None and len(comp) > limit:
                return None
        return comp

    def _candidates(self, bk: tuple[str, str], days: tuple, undated: bool) -> list[str]:
        """Keys of a block that a key with these days may pair with: dated within 3 days, or undated."""
        if undated:
            return self.keys.get(bk, [])
        out: list[str] = []
        keys = self.dated.get(bk)
        if keys:
            block = self.days[bk]
            for d in days:
                out += keys[bisect_left(block, d - 3):bisect_right(block, d + 3)]
        return out + self.undated.get(bk, [])


def _own_words(key: str) -> set[str]:
    from warehouse.resolve_common import EVENT_WORDS

    return {t for t in name_tokens(key) if len(t) >= 4 and t.isascii() and t not in EVENT_WORDS}


def _gloss_stems(key: str) -> set[str]:
    """What a Chinese name and an English one glossed word for word share (crosslang.glossed_event_name): the
    gloss's word stems of a Chinese key, the stems of a Latin key's words, less those of common gathering words."""
    from pactwatch.gazetteer import CJK
    from warehouse.crosslang import EVENT_STEMS, _stems, gloss

    stems = set(gloss(key)) if CJK.search(key) else _stems(key)
    return {"~" + t for t in stems - EVENT_STEMS}


def _union(a: Facts | None, b: Facts) -> Facts:
    if a is None:
        return b
    return tuple(sorted(set(a[0]) | set(b[0]))), a[1] or b[1], a[2] | b[2], a[3] or b[3]
