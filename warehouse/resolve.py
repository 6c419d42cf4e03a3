"""Resolution: mentions of one fact, from many sentences, pages and two languages, become ONE record.

Events merge on their folded name (or a close variant of it: "Climate Cities Summit" for "Climate Leaders Summit")
when dates and places do not conflict; agreements when one party set holds the other (two parties at least) and
type and date agree (warehouse/resolve_agreements.py); commitments on actor, kind and target year. A record keeps the
id its mentions had before, so re-running over the same pages, or re-parsing them, changes no id.
"""
from __future__ import annotations

import hashlib
import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from datetime import date

from pactwatch.gazetteer import CJK as _CJK
from pactwatch.models import Mention, ResolvedRecord
from warehouse.crosslang import other_language_event_pairs
from warehouse.party_names import name_key
from warehouse.pledge_bounds import ceiling_of_range, stated_figures
from warehouse.pledge_languages import join_languages
from warehouse.resolve_agreements import agreement_fields, cluster_agreements
from warehouse.resolve_common import UnionFind as _UnionFind
from warehouse.resolve_common import most_common as _most_common
from warehouse.resolve_common import name_tokens
from warehouse.resolve_common import page_date as _page_date
from warehouse.summit_editions import events_on_page, nearest_edition_first


def _tokens(key: str) -> set[str]:
    return set(name_tokens(key))


# --- events -------------------------------------------------------------------------------------------------------

def _cluster_events(mentions: list[Mention]) -> list[list[Mention]]:
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[m.hints.get("key") or m.fields["name"].casefold()].append(m)
    groups: list[list[Mention]] = []
    for ms in by_key.values():
        groups += _split_by_date(ms)
    # close variants of a name with the same head word, where date and place agree
    info = []
    for g in groups:
        key = g[0].hints.get("key") or g[0].fields["name"].casefold()
        info.append((key, _tokens(key), _day(g), _most_common(m.fields["city"] for m in g)))
    uf = _UnionFind(len(groups))
    when = [_when(g) for g in groups]
    span = [(w, w) for w in when]  # per cluster root: earliest and latest day (or month), its city
    city = [c for _, _, _, c in info]
    page_days = [min((d for m in g if (d := _page_date(m))), default=None) for g in groups]
    for a, b in nearest_edition_first(_variant_pairs(info) + other_language_event_pairs(groups, info), when, city,
                                      page_days):
        wa, wb = when[a], when[b]
        if wa and wb and abs((wa - wb).days) > 62:
            continue  # months apart (a month-only mention of an earlier edition): two editions
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            continue
        # never chain two editions or two places together through an undated or placeless variant
        days = [d for d in (*span[ra], *span[rb]) if d]
        if days and (max(days) - min(days)).days > 7 or city[ra] and city[rb] and city[ra] != city[rb]:
            continue
        uf.union(ra, rb)
        r = uf.find(ra)
        span[r] = (min(days), max(days)) if days else (None, None)
        city[r] = city[ra] or city[rb]
    return [[m for i in grp for m in groups[i]] for grp in uf.groups()]


def _variant_pairs(info: list[tuple]) -> list[tuple[int, int]]:
    """Pairs (a < b) of groups that may be variants of one name, in order: one head word, Jaccard >= 0.6 over
    >= 3 tokens each, dated within 3 days (an undated group pairs with any), the same city or either without one.

    Prefix filtering: with tokens ordered rarest first, two sets with Jaccard >= 0.6 share a token among the first
    |s| - ceil(0.6 |s|) + 1 of each, so only those index a group; of dated groups only those within 3 days are
    paired (undated ones with all). Big blocks ("... summit") are never compared pairwise. Candidates are tested
    before they are kept: on names as alike as the resolution bench's, about 1 in 80 passes.
    """
    freq = Counter(t for _, toks, _, _ in info for t in toks)
    dated: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)  # (head, token) -> (ordinal day, i)
    undated: dict[tuple[str, str], list[int]] = defaultdict(list)
    prefixes: list[list[tuple[str, str]]] = []
    for i, (key, toks, day, _) in enumerate(info):
        if len(toks) < 3:
            prefixes.append([])
            continue
        head = name_tokens(key)[-1]
        ordered = sorted(toks, key=lambda t: (freq[t], t))
        n = len(ordered)
        prefixes.append([(head, t) for t in ordered[:n - math.ceil(0.6 * n - 1e-9) + 1]])
        for bk in prefixes[-1]:
            (dated[bk].append((day.toordinal(), i)) if day else undated[bk].append(i))
    days_of: dict[tuple[str, str], list[int]] = {}
    ids_of: dict[tuple[str, str], list[int]] = {}
    for bk, lst in dated.items():
        lst.sort()
        days_of[bk], ids_of[bk] = [d for d, _ in lst], [j for _, j in lst]
    bit = {t: 1 << n for n, t in enumerate(freq)}  # token sets as bit masks: & and bit_count() beat set algebra
    masks = [sum(bit[t] for t in toks) for _, toks, _, _ in info]
    sizes = [len(toks) for _, toks, _, _ in info]
    cities = [c for _, _, _, c in info]
    pairs: set[tuple[int, int]] = set()
    for i, bks in enumerate(prefixes):
        day, ci, mi, li = info[i][2], cities[i], masks[i], sizes[i]
        near: list = []
        # each pair is met once: a dated group looks up the dated ones after it within 3 days and every undated
        # one; an undated group only the undated ones after it (the dated ones find it)
        for bk in bks:
            if day:
                ids = ids_of.get(bk)
                if ids:
                    days, d = days_of[bk], day.toordinal()
                    near += [j for j in ids[bisect_left(days, d - 3):bisect_right(days, d + 3)] if j > i]
                near += undated.get(bk, ())
            else:
                near += [j for j in undated.get(bk, ()) if j > i]
        for j in set(near):
            cj = cities[j]
            if ci and cj and ci != cj:
                continue
            both = (mi & masks[j]).bit_count()
            if both / (li + sizes[j] - both) >= 0.6:
                pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


def _when(ms: list[Mention]) -> date | None:
    """When a group of mentions says the event was: its day, else a month one of them gives."""
    months = [date.fromisoformat(m.hints["month"]) for m in ms if m.hints.get("month")]
    return _day(ms) or (min(months) if months else None)


def _day(ms: list[Mention]) -> date | None:
    days = [m.fields["start_on"] for m in ms if m.fields.get("start_on")]
    return min(days) if days else None


def _split_by_date(ms: list[Mention]) -> list[list[Mention]]:
    """One name, several editions (a 2015 and a 2016 summit): dated mentions apart, undated ones to the nearest."""
    dated = sorted((m for m in ms if m.fields.get("start_on")), key=lambda m: m.fields["start_on"])
    parts: list[list[Mention]] = []
    for m in dated:
        if parts and (m.fields["start_on"] - parts[-1][-1].fields["start_on"]).days <= 7:
            parts[-1].append(m)
        else:
            parts.append([m])
    undated = [m for m in ms if not m.fields.get("start_on")]
    # an undated mention whose month is far from every dated edition is another edition ("首届...于2015年9月")
    far: dict[str, list[Mention]] = defaultdict(list)
    for m in list(undated):
        month = m.hints.get("month")
        if month and not any(abs((date.fromisoformat(month) - p[0].fields["start_on"]).days) <= 62 for p in parts):
            far[month[:7]].append(m)
            undated.remove(m)
    if not parts:
        return ([undated] if undated else []) + list(far.values())
    for m in undated:
        pd = _page_date(m)
        if pd is None or len(parts) == 1:
            parts[0 if pd is None else _nearest(parts, pd)].append(m)
        else:
            parts[_nearest(parts, pd)].append(m)
    return parts + list(far.values())


def _nearest(parts: list[list[Mention]], pd: date) -> int:
    def dist(i: int) -> tuple[int, int]:
        d = parts[i][0].fields["start_on"]
        return (0 if d <= pd else 1, abs((pd - d).days))
    return min(range(len(parts)), key=dist)


def _event_fields(ms: list[Mention]) -> dict:
    keys = Counter(m.hints.get("key") for m in ms)
    # as often given: a name read on an English page before one glossed from a Chinese name (Sustainable City Summit)
    english = {m.hints.get("key") for m in ms if not any(_CJK.search(a) for a in m.hints.get("aliases") or [])}
    top_key = max(keys, key=lambda k: (keys[k], k in english, str(k)))
    names = [m.fields["name"] for m in ms if m.hints.get("key") == top_key]
    name = _most_common(names, key=lambda n: ("." in n, len(n)))
    ends = [m.fields["end_on"] for m in ms if m.fields.get("end_on")]
    city = _most_common(m.fields.get("city") for m in ms)
    country = _most_common(m.fields.get("country") for m in ms if not city or m.fields.get("city") == city)
    return {"name": name, "start_on": _day(ms), "end_on": max(ends) if ends else None, "city": city,
            "country": country}


# --- commitments --------------------------------------------------------------------------------------------------

NUMERIC = ("base_year", "reduction_pct_min", "reduction_pct_max", "per_capita_t", "share_pct")


def _cluster_commitments(ms: list[Mention]) -> list[list[Mention]]:
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in ms:
        f = m.fields
        groups[(name_key(f["actor"]), f["commitment_type"], f.get("target_year"))].append(m)  # "X, Inc." is X Inc
    out = []
    for g in groups.values():
        parts: list[list[Mention]] = []
        for m in g:  # the same actor and year with other numbers is another pledge
            for p in parts:
                if _figures_agree(m.fields, p[0].fields) or ceiling_of_range(m, p[0]):
                    p.append(m)
                    break
            else:
                parts.append([m])
        out += parts
    return out


def _figures_agree(a: dict, b: dict) -> bool:
    """Two reports' figures allow one pledge: each figure the same or given by one only; or the same lower figure
    of a cut, given once alone and once as a range ("at least 50 percent" / "50 to 52 percent" below 2005 by 2030:
    one pledge restated; "over 65 percent" beside "60 to 65 percent" is another)."""
    def same(k: str) -> bool:
        return a.get(k) is None or b.get(k) is None or a.get(k) == b.get(k)

    if all(same(k) for k in NUMERIC):
        return True
    lo_a, hi_a, lo_b, hi_b = (f.get(k) for f in (a, b) for k in ("reduction_pct_min", "reduction_pct_max"))
    return all(same(k) for k in NUMERIC if k not in ("reduction_pct_min", "reduction_pct_max")) and \
        None not in (lo_a, hi_a, lo_b, hi_b) and lo_a == lo_b and (lo_a == hi_a) != (lo_b == hi_b)


def _commitment_fields(ms: list[Mention]) -> dict:
    f0 = ms[0].fields
    out = {"actor": f0["actor"], "commitment_type": f0["commitment_type"], "target_year": f0.get("target_year")}
    figures = stated_figures(ms)  # not a range's ceiling restated alone ("up to 95%")
    for k in NUMERIC:
        out[k] = _most_common(m.fields.get(k) for m in figures)
    # a cut told as a range by one report and by its lower figure by another: the range
    ranges = [m.fields for m in figures if (m.fields.get("reduction_pct_max") or 0) > (m.fields.get("reduction_pct_min") or 0)]
    if ranges and out["reduction_pct_min"] == _most_common(f["reduction_pct_min"] for f in ranges):
        out["reduction_pct_max"] = _most_common(f["reduction_pct_max"] for f in ranges)
    return out


# --- linking records to events, ids -------------------------------------------------------------------------------

def _event_for(ms: list[Mention], key_to_event: dict[str, int], event_urls: list[int], event_days: list,
               on_page: dict | None = None) -> int | None:
    """The event a record belongs to: one its sentences name, else the one its articles are mostly about (under a
    name two editions share, the edition the record's own page tells: `on_page`, summit_editions.events_on_page)."""
    on_page = on_page or {}

    def pick(m: Mention, k: str) -> int | None:
        return on_page.get((m.url, k), key_to_event.get(k))

    sentence = {e for m in ms for k in m.hints.get("event_keys", []) if (e := pick(m, k)) is not None}
    if sentence:
        return max(sentence, key=lambda e: (event_urls[e], -e))
    score: Counter[int] = Counter()
    for m in ms:
        for k, count in m.hints.get("article_event_keys", []):
            if (e := pick(m, k)) is not None:
                score[e] += count
    signed = [m.fields.get("signed_on") for m in ms if m.fields.get("signed_on_precision") == "day"]
    for e in list(score):
        if signed and event_days[e] and abs((signed[0] - event_days[e]).days) > 7:
            del score[e]
    if not score:
        return None
    return max(score, key=lambda e: (score[e], event_urls[e], -e))


def _natural_key(record_type: str, fields: dict) -> str:
    if record_type == "event":
        return f"event|{fields['name'].casefold()}|{fields['start_on'].year if fields['start_on'] else ''}"
    if record_type == "agreement":
        return f"agreement|{fields['agreement_type']}|{'|'.join(sorted(fields['parties']))}"
    return "commitment|" + "|".join(str(fields.get(k)) for k in ("actor", "commitment_type", "target_year", *NUMERIC))


PREFIX = {"event": "ev", "agreement": "ag", "commitment": "cm"}


def resolve(mentions: list[Mention], previous: dict[str, str], taken=frozenset(), more=None) -> list[ResolvedRecord]:
    """Merge every mention into records; `previous` maps mention keys to the record ids they had last time.

    Incremental use (warehouse/incremental.py): `taken` holds ids of stored records left out, so no new record
    takes one; `more(event_clusters)` gets each event cluster's mention keys and returns the further (agreement,
    commitment) mentions to resolve, sorted by key, having added their ids to `previous`.
    """
    by_type: dict[str, list[Mention]] = defaultdict(list)
    key: dict[int, str] = {}  # each mention's key, hashed once
    for m in mentions:
        by_type[m.record_type].append(m)
        key[id(m)] = m.key()
    ev_clusters = _cluster_events(by_type["event"])
    for m in more([[key[id(m)] for m in c] for c in ev_clusters]) if more else ():
        by_type[m.record_type].append(m)
        key[id(m)] = m.key()
    ev_fields = [_event_fields(c) for c in ev_clusters]
    key_to_event = {m.hints.get("key"): i for i, c in enumerate(ev_clusters) for m in c}
    event_urls = [len({m.url for m in c}) for c in ev_clusters]
    event_days = [f["start_on"] for f in ev_fields]
    on_page = events_on_page(ev_clusters)

    built: list[tuple[str, list[Mention], dict]] = [("event", c, f) for c, f in zip(ev_clusters, ev_fields)]
    for c in cluster_agreements(by_type["agreement"], key_to_event):
        f = agreement_fields(c)
        e = _event_for(c, key_to_event, event_urls, event_days, on_page)
        f["event_name"] = ev_fields[e]["name"] if e is not None else None
        signed_at = {key_to_event.get(k) for m in c for k in m.hints.get("event_keys", [])}
        if f["city"] is None and e is not None and e in signed_at and ev_fields[e]["city"]:
            # signed at an event its sentence names: where that event was held
            f["city"], f["country"] = ev_fields[e]["city"], ev_fields[e]["country"]
        built.append(("agreement", c, f))
    for c in join_languages(_cluster_commitments(by_type["commitment"]), _figures_agree):  # one pledge, 2 languages
        f = _commitment_fields(c)
        e = _event_for(c, key_to_event, event_urls, event_days, on_page)
        f["event_name"] = ev_fields[e]["name"] if e is not None else None
        built.append(("commitment", c, f))

    used: set[str] = set()
    out: list[ResolvedRecord] = []
    # records with prior ids claim them first, largest first, so a split keeps the id on its bigger part
    order = sorted(range(len(built)), key=lambda i: -len(built[i][1]))
    ids: dict[int, str] = {}
    for i in order:
        prior = Counter(pid for m in built[i][1] if (pid := previous.get(key[id(m)])) is not None)
        for pid, _ in sorted(prior.items(), key=lambda kv: (-kv[1], kv[0])):
            if pid not in used:
                ids[i] = pid
                used.add(pid)
                break
    for i in sorted(range(len(built)), key=lambda i: _natural_key(built[i][0], built[i][2])):
        if i in ids:
            continue
        rtype, ms, f = built[i]
        natural = _natural_key(rtype, f)
        rid = f"{PREFIX[rtype]}_{hashlib.sha1(natural.encode()).hexdigest()[:12]}"
        if rid in used or rid in taken:
            first = min(key[id(m)] for m in ms)
            rid = f"{rid}_{hashlib.sha1(first.encode()).hexdigest()[:6]}"
        ids[i] = rid
        used.add(rid)
    for i, (rtype, ms, f) in enumerate(built):
        evidence = sorted({(m.url, m.quote) for m in ms})
        out.append(ResolvedRecord(rtype, ids[i], f, evidence, sorted(key[id(m)] for m in ms)))
    return out
