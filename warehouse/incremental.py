"""Incremental resolution: a load re-resolves only the stored records its batch can change (issue 7).

Resolution's merges are pairwise tests between mentions that share a blocking key (agreements: a party pair or a
folded party set; commitments: actor, type and target year; events: close variants of a name, event_scope.py),
so the records a batch can change are: the events whose names may merge with the names the batch adds, removes
or names (all events when those reach over SCOPE_SHARE of the names), the stored records a new mention shares a
key with, the records whose mentions were replaced, the records whose mentions name an event whose cluster
changed, and whole (actor, type, year) groups of commitments (their split into pledges depends on order).
`mention_links` holds each mention's keys. Mentions are given to the resolver in key order, as a full resolution
sees them, so the result is the full resolution's for those records (tests/warehouse/test_incremental_load.py
checks it). The keys here mirror the resolver's blocking in resolve.py: change them together.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pyarrow as pa

from pactwatch.models import Mention, ResolvedRecord
from warehouse.db import StoredMention, _loads, _registered
from warehouse.event_scope import (LINK_EVENT, NOTHING, SEP, GroupIndex, event_group,
                                             group_facts)
from warehouse.party_names import level_blocks, name_key
from warehouse.recalled_sides import recall_links
from warehouse.resolve_common import jurisdiction

# a batch's events are clustered with the keys they may merge with (event_scope.py), unless those reach more
# than this share of all keys: then with all of them, as reaching further would cost more than it saves
SCOPE_SHARE, SCOPE_MIN_KEYS = 0.5, 500
LINK_NAMED = "e" + SEP   # an event an agreement or commitment names (repr of its key)


def rules_version() -> str:
    """A hash of the resolver's (with its cross-language joins and shared rules), this module's and event_scope's
    source: a load after the matching rules or the blocking keys changed resolves (and links) everything once."""
    import warehouse.crosslang as c
    import warehouse.event_scope as e
    import warehouse.kinds_apart as k
    import warehouse.party_names as n
    import warehouse.pledge_languages as pl
    import warehouse.recalled_sides as rs
    import warehouse.resolve as r
    import warehouse.resolve_agreements as ra
    import warehouse.resolve_common as rc
    import warehouse.soundalike as s
    import warehouse.titles as t
    files = (r.__file__, ra.__file__, c.__file__, rc.__file__, __file__, e.__file__, s.__file__, t.__file__,
             n.__file__, pl.__file__, k.__file__, rs.__file__)
    return hashlib.sha1(b"".join(Path(f).read_bytes() for f in files)).hexdigest()[:12]


def links(m: Mention) -> list[str]:
    """The blocking keys of one mention (see the module docstring)."""
    f, out = m.fields, []
    if m.record_type == "agreement":
        parties = sorted(set(f.get("parties") or ()))
        keys = sorted({name_key(p) for p in parties})  # the resolver compares sides by their name keys
        out += [f"p{SEP}{a}{SEP}{b}" for a, b in combinations(keys, 2)]
        out += sorted({"l" + SEP + SEP.join(sorted(rest)) + SEP + country
                       for rest, country, _ in level_blocks(frozenset(keys))})
        out += recall_links(m)  # a month recall's bare body and the day's body with its country (recalled_sides)
        folded = sorted({jurisdiction(p) for p in parties})
        if len(folded) >= 2:
            out.append("f" + SEP + SEP.join(folded))
    elif m.record_type == "commitment":
        out.append("c" + SEP + repr((name_key(f.get("actor") or ""), f.get("commitment_type"), f.get("target_year"))))
        out.append("t" + SEP + repr((f.get("commitment_type"), f.get("target_year"))))  # (pledge_languages)
    else:
        out.append(LINK_EVENT + event_group(m))
    if m.record_type != "event":
        out += [LINK_NAMED + repr(k) for k in sorted(_named_events(m), key=repr)]
    return out


def links_table(mentions: list[tuple[str, Mention]]) -> pa.Table:
    rows = [(link, k) for k, m in mentions for link in links(m)]
    return pa.table({"link": pa.array([r[0] for r in rows], pa.string()),
                     "mention_key": pa.array([r[1] for r in rows], pa.string())})


@dataclass
class Subset:
    records: list[ResolvedRecord]
    keys: list[str]     # every mention given to the resolver
    scope: set[str]     # stored agreement/commitment ids that may have changed (besides the returned ones)


def _read(con, where: str, table: str | None = None) -> tuple[list[StoredMention], list[str | None]]:
    sql = ("SELECT m.mention_key, m.record_type, m.url, m.quote, m.fields, m.hints, m.record_id FROM mentions m "
           + (f"JOIN {table} s ON s.mention_key = m.mention_key " if table else "") + where
           + " ORDER BY m.mention_key")
    t = con.sql(sql).to_arrow_table()
    cols = [t[c].to_pylist() for c in ("mention_key", "record_type", "url", "quote", "fields", "hints")]
    ms = [StoredMention.rebuild(k, rt, u, q, _loads(f), _loads(h)) for k, rt, u, q, f, h in zip(*cols)]
    return ms, t["record_id"].to_pylist()


def _key_of(m: Mention):
    return m.hints.get("key"), m.hints.get("key") or m.fields["name"].casefold()


def _dirty_event_keys(new: list[list[str]], old: dict[str, set[str]], keys_of: dict[str, tuple]) -> set:
    """Event keys whose cluster (or any cluster sharing a key with it) is not exactly as stored."""
    new_sets = [frozenset(c) for c in new]
    old_sets = [frozenset(c) for c in old.values()]
    clusters, in_old, in_new = new_sets + old_sets, set(old_sets), set(new_sets)
    dirty_c = [c not in in_old for c in new_sets] + [c not in in_new for c in old_sets]
    ckeys = [{k for mk in c for k in keys_of[mk] if k is not None} for c in clusters]
    by_key: dict = {}
    for i, ks in enumerate(ckeys):
        for k in ks:
            by_key.setdefault(k, []).append(i)
    todo = [i for i, d in enumerate(dirty_c) if d]
    dirty: set = set()
    while todo:
        i = todo.pop()
        for k in ckeys[i] - dirty:
            dirty.add(k)
            for j in by_key[k]:
                if not dirty_c[j]:
                    dirty_c[j] = True
                    todo.append(j)
    return dirty


def resolve_batch(con, batch_keys: list[str], old: list[tuple], previous: dict[str, str], resolve,
                  old_events: list[Mention] = ()) -> Subset:
    """Re-resolve what the batch can change. `old`: the replaced mentions (key, record_type, record_id, hints);
    `previous`: prior ids of the batch's mentions; `old_events`: the replaced event mentions."""
    with _registered(con, pa.table({"k": pa.array(batch_keys, pa.string())})) as b:
        batch, _ = _read(con, f"WHERE m.mention_key IN (SELECT k FROM {b})")
    ev = [m for m in batch if m.record_type == "event"]
    # events the batch's agreements and commitments name: their clusters decide those records' event_name
    named = {k for m in batch if m.record_type != "event" for k in _named_events(m)}
    index = GroupIndex(con)
    seeds_ev = group_facts(list(ev) + list(old_events))
    seeds_ev |= {k: NOTHING for k in named if isinstance(k, str) and k in index.facts and k not in seeds_ev}
    seeds = {rid for _, rt, rid, _ in old if rt != "event" and rid is not None}
    seeds |= {previous[k] for k in batch_keys if k in previous}
    taken: set[str] = set()
    limit = max(SCOPE_MIN_KEYS, int(len(index.facts) * SCOPE_SHARE))

    def widen(groups: set[str], more_keys: set[str]) -> set[str] | None:
        return index.component({k: NOTHING for k in more_keys - groups}, limit, closed=groups)

    groups = index.component(seeds_ev, limit)  # None: every event
    while True:
        events, ev_ids = _events_of(con, groups)
        got = {event_group(m) for m in events}
        if groups is not None and not got <= groups:  # a stored event reaches beyond: its whole component
            groups = widen(groups, got)
            continue
        keys_of = {m.key(): _key_of(m) for m in events}
        old_ev: dict[str, set[str]] = {}
        for m, rid in zip(events, ev_ids):
            if rid is not None:
                old_ev.setdefault(rid, set()).add(m.key())
                previous[m.key()] = rid
        for k, rt, rid, hints in old:
            if rt == "event" and rid is not None:
                old_ev.setdefault(rid, set()).add(k)
                h = _loads(hints)
                keys_of.setdefault(k, (h.get("key"), h.get("key")))
        chosen: dict[str, object] = {}

        def more(clusters: list[list[str]]) -> list[Mention]:
            if "ms" in chosen:
                return chosen["ms"]
            dirty = _dirty_event_keys(clusters, old_ev, keys_of)
            ms, rids = _subset(con, batch_keys, seeds, [LINK_NAMED + repr(k) for k in dirty if k is not None])
            for m, rid in zip(ms, rids):
                if rid is not None:
                    previous.setdefault(m.key(), rid)
            chosen["ms"], chosen["scope"] = ms, seeds | {r for r in rids if r is not None}
            return ms

        records = resolve(events, previous, taken, more)
        named = {k for m in chosen["ms"] for k in _named_events(m)}
        named = {k for k in named if isinstance(k, str) and k in index.facts}
        wider = groups if groups is None or named <= groups else widen(groups, named)
        scope = chosen["scope"] | {r for r in ev_ids if r is not None} | {
            rid for _, rt, rid, _ in old if rt == "event" and rid is not None}
        fresh = [r.record_id for r in records if r.record_id not in scope]
        clash = _existing(con, fresh) - taken
        if wider == groups and not clash:
            break
        groups, taken = wider, taken | clash  # an event named but left out, or a new id that a stored record has
    return Subset(records, [m.key() for m in events] + [m.key() for m in chosen["ms"]], scope)


def _named_events(m: Mention) -> set[str]:
    h = m.hints
    return set(h.get("event_keys") or ()) | {k[0] for k in h.get("article_event_keys") or ()}


def _events_of(con, groups: set[str] | None) -> tuple[list[StoredMention], list[str | None]]:
    """The event mentions of these name keys (None: all), and every mention of the stored events they belong to."""
    if groups is None:
        return _read(con, "WHERE m.record_type = 'event'")
    links = pa.table({"link": pa.array(sorted(LINK_EVENT + g for g in groups), pa.string())})
    with _registered(con, links) as t:
        con.execute(f"""CREATE OR REPLACE TEMP TABLE _pw_ev AS
            SELECT mention_key FROM mention_links WHERE link IN (SELECT link FROM {t})""").fetchall()
    con.execute("""INSERT INTO _pw_ev SELECT mention_key FROM mentions WHERE record_type = 'event'
        AND record_id IN (SELECT m.record_id FROM mentions m JOIN _pw_ev USING (mention_key))
        EXCEPT SELECT mention_key FROM _pw_ev""").fetchall()
    return _read(con, "WHERE m.record_type = 'event'", "(SELECT DISTINCT mention_key FROM _pw_ev)")


def _existing(con, ids: list[str]) -> set[str]:
    with _registered(con, pa.table({"id": pa.array(ids, pa.string())})) as t:
        return {r[0] for r in con.execute(f"""SELECT id FROM {t} WHERE id IN (SELECT agreement_id FROM agreements)
            OR id IN (SELECT commitment_id FROM commitments) OR id IN (SELECT event_id FROM events)""").fetchall()}


def _subset(con, batch_keys: list[str], seeds: set[str], event_links: list[str]):
    """The agreement/commitment mentions to re-resolve: the batch's, those sharing a key with them or naming a
    changed event, whole stored records of any of these (and of `seeds`), whole commitment groups."""
    con.execute("CREATE OR REPLACE TEMP TABLE _pw_sub (mention_key VARCHAR)").fetchall()
    with _registered(con, pa.table({"k": pa.array(batch_keys, pa.string())})) as b, \
            _registered(con, pa.table({"link": pa.array(event_links, pa.string())})) as e, \
            _registered(con, pa.table({"rid": pa.array(sorted(seeds), pa.string())})) as s:
        con.execute(f"""INSERT INTO _pw_sub
            SELECT k FROM {b}
            UNION SELECT l.mention_key FROM mention_links l
                  WHERE l.link IN (SELECT link FROM mention_links WHERE mention_key IN (SELECT k FROM {b})
                                   UNION ALL SELECT link FROM {e})
            UNION SELECT mention_key FROM mentions WHERE record_id IN (SELECT rid FROM {s})""").fetchall()
    while True:  # whole records, whole commitment groups
        n = con.execute("SELECT count(*) FROM _pw_sub").fetchall()[0][0]
        con.execute("""INSERT INTO _pw_sub
            SELECT mention_key FROM mentions WHERE record_id IN (
                SELECT m.record_id FROM mentions m JOIN _pw_sub s USING (mention_key) WHERE m.record_id IS NOT NULL)
            UNION SELECT l.mention_key FROM mention_links l WHERE l.link IN (
                SELECT link FROM mention_links JOIN _pw_sub USING (mention_key) WHERE link LIKE 'c' || chr(31) || '%')
            EXCEPT SELECT mention_key FROM _pw_sub""").fetchall()
        if con.execute("SELECT count(*) FROM _pw_sub").fetchall()[0][0] == n:
            break
    return _read(con, "WHERE m.record_type <> 'event'", "(SELECT DISTINCT mention_key FROM _pw_sub)")
