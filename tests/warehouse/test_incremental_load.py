"""Incremental resolution (issue 7): loading batches one by one, each re-resolving only what it can change, ends
with exactly the records, ids and evidence a full resolution of the same mentions gives."""
from __future__ import annotations

import functools
import random
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from pactwatch.models import Article, Extraction, Mention
from warehouse.db import connect
from warehouse.load import load_into

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.resolution import generate  # noqa: E402

TABLES = ("events", "agreements", "commitments", "evidence", "mentions")


def pages(n: int, seed: int = 5) -> list[Extraction]:
    """Generated mentions (planted duplicates) as pages; some agreements and commitments name an event."""
    rnd = random.Random(seed)
    mentions, _ = generate(n, seed=seed)
    ev_keys = [m.hints["key"] for m in mentions if m.record_type == "event"]
    for m in mentions:
        if m.record_type != "event" and rnd.random() < 0.3:
            if rnd.random() < 0.5:
                m.hints["event_keys"] = [rnd.choice(ev_keys)]
            else:
                m.hints["article_event_keys"] = [[rnd.choice(ev_keys), 2], [rnd.choice(ev_keys), 1]]
    by_url = defaultdict(list)
    for m in mentions:
        by_url[m.url].append(m)
    return [Extraction(Article(url=u, source=u.split("/")[2], title=None, published_on=None, language="en",
                               text=u, fetched_at=datetime(2024, 1, 1)), ms) for u, ms in by_url.items()]


def state(con) -> dict:
    cols = {"events": "* EXCLUDE (first_seen_at, updated_at)", "agreements": "* EXCLUDE (first_seen_at, updated_at)",
            "commitments": "* EXCLUDE (first_seen_at, updated_at)", "evidence": "*",
            "mentions": "mention_key, record_id"}
    return {t: con.execute(f"SELECT {cols[t]} FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def reread(ex: Extraction, rnd: random.Random) -> Extraction:
    """The same page read again by a changed extractor: a party dropped, a mention lost, a year changed."""
    ms = []
    for m in ex.mentions:
        f = dict(m.fields)
        if m.record_type == "agreement" and len(f["parties"]) > 2 and rnd.random() < 0.5:
            f["parties"] = f["parties"][:2]
        elif m.record_type == "commitment" and rnd.random() < 0.3:
            f["target_year"] = 2070
        elif m.record_type == "event" and rnd.random() < 0.4:  # another edition, or a place now read
            if f.get("start_on") and rnd.random() < 0.5:
                f["start_on"] = f["start_on"] + timedelta(days=rnd.choice((2, 5, 400)))
            else:
                f["city"] = f.get("city") or "Kunming"
        elif rnd.random() < 0.2:
            continue
        ms.append(Mention(m.record_type, m.url, m.quote, f, dict(m.hints)))
    return Extraction(ex.article, ms)


@pytest.mark.parametrize("event_scope", ["as configured", "always scoped", "all events"])
def test_batches_loaded_incrementally_equal_full_resolution(tmp_path, monkeypatch, event_scope):
    from warehouse import incremental
    if event_scope != "as configured":  # the generated names percolate: force each branch of the event scoping
        share = 10.0 if event_scope == "always scoped" else 0.0
        monkeypatch.setattr(incremental, "SCOPE_SHARE", share)
        monkeypatch.setattr(incremental, "SCOPE_MIN_KEYS", 0)
    exs = pages(2500)
    rnd = random.Random(3)
    rnd.shuffle(exs)
    batches = [exs[i::4] for i in range(4)]
    batches.append([reread(ex, rnd) for ex in rnd.sample(exs, 120)])   # replaced mentions: splits, moves
    batches.append([Extraction(ex.article, []) for ex in rnd.sample(exs, 40)])  # pages that lost every mention
    inc, full = connect(tmp_path / "inc.duckdb"), connect(tmp_path / "full.duckdb")
    merged = 0
    for batch in batches:
        ri = load_into(inc, batch, [], "t1")
        rf = load_into(full, batch, [], "t1", full=True)
        assert state(inc) == state(full)
        assert ri.duplicates_merged == rf.duplicates_merged and ri.mentions == rf.mentions
        assert {t: (c.new, c.updated, c.removed, c.unchanged) for t, c in ri.records.items()} == \
            {t: (c.new, c.updated, c.removed, c.unchanged) for t, c in rf.records.items()}
        merged = ri.duplicates_merged
    assert merged > 100  # planted duplicates were merged
    # and one full resolution from scratch of the final mentions keeps every id
    before = state(inc)
    load_into(inc, [], [], "t1", full=True)
    assert state(inc) == before


def test_changed_matching_rules_resolve_everything_once(tmp_path, monkeypatch):
    from warehouse import incremental
    con = connect(tmp_path / "w.duckdb")
    exs = pages(300)
    load_into(con, exs[:50], [], "t1")
    assert con.execute("SELECT name FROM warehouse_flags").fetchall() == [(f"resolver {incremental.rules_version()}",)]
    calls = []
    monkeypatch.setattr(incremental, "resolve_batch", lambda *a: calls.append(a) or pytest.fail("not incremental"))
    monkeypatch.setattr(incremental, "rules_version", lambda: "changed")
    load_into(con, exs[50:60], [], "t1")  # full: no incremental call
    assert con.execute("SELECT name FROM warehouse_flags").fetchall() == [("resolver changed",)] and not calls


def _event_page(i: int, name: str, day: date | None, city: str | None, refs: tuple = ()) -> Extraction:
    url = f"http://news{i % 7}.test/e/{i}"
    ms = [Mention("event", url, f"{name} opened.", {"name": name, "start_on": day, "end_on": None, "city": city,
                                                     "country": None}, {"key": name.casefold()})]
    for r in refs:
        ms.append(Mention("agreement", url, f"Signed at {r}.", {"agreement_type": "mou", "parties": ["A", f"B{i}"],
                                                                "signed_on": None}, {"event_keys": [r.casefold()]}))
    return Extraction(Article(url=url, source="news", title=None, published_on=None, language="en", text=url,
                              fetched_at=datetime(2024, 1, 1)), ms)


def test_a_batch_reclusters_only_the_events_it_can_touch(tmp_path, monkeypatch):
    """Distinct event names: a batch adding a variant of one event re-clusters that event's names, not all."""
    from warehouse import resolve as resolve_module
    seen: list[int] = []
    real = resolve_module.resolve

    @functools.wraps(real)
    def counting(mentions, *a, **k):
        seen.append(sum(m.record_type == "event" for m in mentions))
        return real(mentions, *a, **k)

    words = [f"w{i}" for i in range(400)]
    stored = [_event_page(i, f"{words[2 * i]} {words[2 * i + 1]} climate summit", date(2015, 1, 1) + timedelta(i * 9),
                          "Xian" if i % 2 else None) for i in range(200)]
    inc, full = connect(tmp_path / "inc.duckdb"), connect(tmp_path / "full.duckdb")
    for con in (inc, full):
        load_into(con, stored, [], "t1")
    monkeypatch.setattr(resolve_module, "resolve", counting)
    variant = _event_page(1000, "w10 w11 asia climate summit", date(2015, 2, 16), "Xian")  # stored[5]'s variant
    named = _event_page(1001, "w999 w998 climate summit", None, None, refs=("w20 w21 Climate Summit",))
    load_into(inc, [variant, named], [], "t1")
    assert 0 < seen[-1] < 10  # the new names and what they may merge with, not the 200 stored events
    load_into(full, [variant, named], [], "t1", full=True)
    assert state(inc) == state(full)
    ev = inc.execute("SELECT event_id, source_urls FROM events WHERE name LIKE 'w10 w11%'").fetchall()
    assert len(ev) == 1 and len(ev[0][1]) == 2  # the variant merged into the stored event
    assert inc.execute("SELECT event_name FROM agreements WHERE list_contains(parties, 'B1001')").fetchall() == [
        ("w20 w21 climate summit",)]
