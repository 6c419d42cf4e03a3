"""Resolution at scale: blocking finds the same merges as comparing every pair, and an undated or shortened name
never chains two editions of a summit into one record."""
from __future__ import annotations

import random
from datetime import date, timedelta

from warehouse import resolve as R
from test_resolve import agreement, event, of

WORDS = "green blue clean energy climate carbon water solar wind city urban ocean".split()


def _brute_pairs(info):
    return [(a, b) for a in range(len(info)) for b in range(a + 1, len(info))
            if info[a][0].split()[-1:] == info[b][0].split()[-1:]]


def test_variant_blocking_finds_exactly_the_pairs_that_can_merge():
    rnd = random.Random(3)
    info = []
    for _ in range(400):
        key = " ".join(rnd.sample(WORDS, rnd.choice((2, 3, 4))) + [rnd.choice(("summit", "forum"))])
        day = date(2020, 1, 1) + timedelta(days=rnd.randrange(30)) if rnd.random() < 0.8 else None
        info.append((key, set(key.split()), day, rnd.choice((None, "Beijing", "Oakland"))))
    found = R._variant_pairs(info)

    def can_merge(a, b):
        (_, ta, da, ca), (_, tb, db, cb) = info[a], info[b]
        return (len(ta & tb) / len(ta | tb) >= 0.6 and min(len(ta), len(tb)) >= 3
                and not (da and db and abs((da - db).days) > 3) and not (ca and cb and ca != cb))
    expected = [p for p in _brute_pairs(info) if can_merge(*p)]
    assert len(expected) > 50  # the sample holds undated, dated and placed variants
    assert found == expected  # in order: clustering unites pairs in this order


def test_agreement_pair_blocking_merges_like_before():
    a = agreement("http://a/1", ["Beijing", "Oakland", "Los Angeles"], date(2016, 6, 7))
    b = agreement("http://b/1", ["Oakland", "Beijing"], date(2016, 6, 7))
    c = agreement("http://c/1", ["Beijing", "Seattle"], date(2016, 6, 7))
    recs = of(R.resolve([a, b, c], {}), "agreement")
    assert sorted(len(r.mention_keys) for r in recs) == [1, 2]


def test_an_undated_variant_does_not_chain_two_editions():
    first = event("http://a/1", "Clean Energy Cities Summit", date(2015, 9, 15), page=date(2015, 9, 16))
    second = event("http://b/1", "Clean Energy Cities Forum Summit", date(2016, 6, 7), page=date(2016, 6, 8))
    undated = event("http://c/1", "Energy Cities Forum Summit")
    recs = of(R.resolve([first, second, undated], {}), "event")
    assert len(recs) >= 2
    assert not any({first.key(), second.key()} <= set(r.mention_keys) for r in recs)
