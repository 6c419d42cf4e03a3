"""Resolution at scale (issue 7 item 4): generated mentions with planted duplicates across sources and languages.

Facts (events with editions and name variants, agreements of 2-3 parties named as places or "City of X", commitments)
are reported by 1-5 mentions on different sites, in English or Chinese (a Chinese report names the place, an
English one may say "City of X" or drop a party, leave the date out, or call the summit by a shorter name).
Prints per size: seconds for `resolve(mentions, {})` (median of --repeat), growth against the smallest size, and
pairwise merge precision/recall against the plant (a pair of mentions is "merged" when they land in one record).

    .venv/bin/python bench/resolution.py [--sizes 10000 30000 100000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gen_web import city_pools  # noqa: E402
from pactwatch.models import Mention  # noqa: E402
from warehouse.resolve import resolve  # noqa: E402

_W1 = ("Green Blue Bright Clean Pacific Atlantic Northern Southern Eastern Western Global Urban Coastal River Mountain "
       "Prairie Harbor Valley Golden Silver Cedar Maple Pine Oak Willow Summit Lake Desert Island Canyon").split()
_W2 = ("Energy Climate Carbon Transit Water Solar Wind Forest Ocean Hydrogen Battery Grid Housing Mobility Waste "
       "Farming Methane Cooling Heating Finance").split()
_HEADS = ("Summit", "Forum", "Conference", "Dialogue")
_ORG = ("Foundation", "Institute", "Alliance", "Council", "Network", "Trust", "Agency", "Partnership")
_TYPES = ("mou", "agreement", "partnership", "joint_statement", "declaration")


def _parties(rnd: random.Random) -> list[str]:
    cn, us = city_pools()
    places = [c for c, _ in cn + us]
    orgs = [f"{a} {b} {o}" for a in _W1 for b in _W2 for o in _ORG]
    return places + orgs


def generate(n: int, seed: int = 11, event_words: int = 1) -> tuple[list[Mention], list[str]]:
    """About `n` mentions and, for each, the id of the fact it reports (the plant). Event names take two words
    of _W1 and two of _W2; `event_words` > 1 widens _W1 that many times (Green2, Green3, ...): with the plain
    30 + 20 words, names one word apart are so many that every name is a possible variant of hundreds."""
    rnd = random.Random(seed)
    w1 = [w + (str(i) if i else "") for i in range(event_words) for w in _W1]
    pool = _parties(rnd)
    places = set(c for c, _ in city_pools()[0] + city_pools()[1])
    used_pairs: set[frozenset] = set()
    used_events: set[str] = set()
    used_cm: set[tuple] = set()
    mentions: list[Mention] = []
    truth: list[str] = []
    f = 0
    while len(mentions) < n:
        f += 1
        kind = rnd.random()
        k = rnd.choice((1, 1, 2, 2, 3, 3, 4, 5))  # reports of this fact
        sites = rnd.sample(range(40), k)
        day = date(2012, 1, 1) + timedelta(days=rnd.randrange(4000))
        if kind < 0.2:  # an event, maybe one edition of a recurring one
            words = rnd.sample(w1, 2) + rnd.sample(_W2, 2)
            head = rnd.choice(_HEADS)
            name = " ".join(words + [head])
            if name in used_events:
                continue
            used_events.add(name)
            city = rnd.choice(sorted(places))
            for j in range(k):
                nm = name if j == 0 or rnd.random() < 0.7 else " ".join(words[1:] + [head])  # shorter name
                dated = j == 0 or rnd.random() < 0.6
                fields = {"name": nm, "start_on": day if dated else None, "end_on": None,
                          "city": city if rnd.random() < 0.8 else None, "country": None}
                hints = {"key": nm.casefold(), "aliases": [], "language": rnd.choice(("en", "zh")),
                         "page_date": (day + timedelta(days=rnd.randrange(1, 20))).isoformat()}
                mentions.append(Mention("event", f"http://site{sites[j]}.test/e/{f}", f"e{f}.{j} {nm}", fields, hints))
                truth.append(f"e{f}")
        elif kind < 0.7:  # an agreement of 2-3 parties; no party pair is ever shared by two facts
            ps = rnd.sample(pool, rnd.choice((2, 2, 3)))
            pairs = {frozenset((a, b)) for a in ps for b in ps if a < b}
            if pairs & used_pairs:
                continue
            used_pairs |= pairs
            atype = rnd.choice(_TYPES)
            for j in range(k):
                zh = rnd.random() < 0.4
                named = [p if zh or p not in places or rnd.random() < 0.5 else f"City of {p}" for p in ps]
                if len(named) == 3 and rnd.random() < 0.3:
                    named = named[:2]
                rnd.shuffle(named)
                dated = rnd.random() < 0.7
                fields = {"agreement_type": atype if rnd.random() < 0.8 else "agreement", "title": None,
                          "signed_on": day if dated else None, "signed_on_precision": "day" if dated else None,
                          "city": None, "country": None, "parties": named, "topics": []}
                hints = {"language": "zh" if zh else "en", "page_date": day.isoformat(), "event_keys": [],
                         "article_event_keys": []}
                mentions.append(Mention("agreement", f"http://site{sites[j]}.test/a/{f}", f"a{f}.{j}", fields, hints))
                truth.append(f"a{f}")
        else:  # a commitment
            actor = rnd.choice(pool)
            ctype = rnd.choice(("emissions_peak", "carbon_neutrality", "emissions_reduction"))
            year = rnd.choice((2025, 2030, 2035, 2040, 2050, 2060))
            if (actor, ctype, year) in used_cm:
                continue
            used_cm.add((actor, ctype, year))
            pct = rnd.choice((20.0, 30.0, 40.0, 50.0)) if ctype == "emissions_reduction" else None
            for j in range(k):
                fields = {"actor": actor, "commitment_type": ctype, "target_year": year,
                          "base_year": (2005 if pct and rnd.random() < 0.7 else None), "reduction_pct_min": pct,
                          "reduction_pct_max": pct, "per_capita_t": None, "share_pct": None}
                hints = {"language": rnd.choice(("en", "zh")), "event_keys": [], "article_event_keys": []}
                mentions.append(Mention("commitment", f"http://site{sites[j]}.test/c/{f}", f"c{f}.{j}", fields, hints))
                truth.append(f"c{f}")
    return mentions[:n], truth[:n]


def pairwise(records, mentions: list[Mention], truth: list[str]) -> tuple[float, float]:
    """Pairwise merge precision and recall of the records against the planted facts."""
    fact = {m.key(): t for m, t in zip(mentions, truth)}
    rec = {k: r.record_id for r in records for k in r.mention_keys}
    cells = Counter((rec[k], fact[k]) for k in fact)
    pairs = lambda c: sum(v * (v - 1) // 2 for v in c.values())  # noqa: E731
    tp = pairs(cells)
    pred = pairs(Counter(rec[k] for k in fact))
    true = pairs(Counter(fact.values()))
    return (tp / pred if pred else 1.0), (tp / true if true else 1.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"{'mentions':>9} {'records':>8} {'facts':>7} {'seconds':>8} {'s/10k':>6} {'precision':>9} {'recall':>7}")
    first = None
    for n in args.sizes:
        mentions, truth = generate(n)
        times = []
        for _ in range(args.repeat):
            ms = [Mention(m.record_type, m.url, m.quote, m.fields, m.hints) for m in mentions]  # no cached keys
            t0 = time.perf_counter()
            records = resolve(ms, {})
            times.append(time.perf_counter() - t0)
        t = statistics.median(times)
        first = first or (n, t)
        p, r = pairwise(records, mentions, truth)
        print(f"{n:>9} {len(records):>8} {len(set(truth)):>7} {t:>8.2f} {t / n * 1e4:>6.2f} {p:>9.4f} {r:>7.4f}",
              flush=True)
    print(f"growth {args.sizes[0]}->{args.sizes[-1]}: x{args.sizes[-1] / first[0]:.0f} mentions, "
          f"x{t / first[1]:.1f} time; targets: 100k <= 60 s, precision >= 0.98, recall >= 0.90 "
          f"(median of {args.repeat}; {os.cpu_count()} cores, shared machine)")


if __name__ == "__main__":
    main()
