"""Resolution: mentions of one fact, from many sentences, pages and two languages, become ONE record.

Events merge on their folded name (or a close variant of it: "Climate Cities Summit" for "Climate Leaders Summit")
when dates and places do not conflict; agreements when one party set holds the other (two parties at least) and
type and date agree; commitments on actor, kind and target year. A record keeps the id its mentions had before, so
re-running over the same pages, or re-parsing them, changes no id.
"""
from __future__ import annotations

import hashlib
import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations

from pactwatch.gazetteer import CJK as _CJK
from pactwatch.gazetteer import gazetteer
from pactwatch.models import Mention, ResolvedRecord
from warehouse.crosslang import named_in_english, other_language_event_pairs, same_event_other_language
from warehouse.resolve_common import jurisdiction
from warehouse.resolve_common import UnionFind as _UnionFind
from warehouse.resolve_common import dates_agree as _dates_agree
from warehouse.resolve_common import page_date as _page_date
from warehouse.resolve_common import reported_after
from warehouse.resolve_common import types_agree as _types_agree
from warehouse.titles import titles_differ

TYPE_PRIORITY = ["mou", "joint_statement", "declaration", "partnership", "agreement"]
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


def _most_common(values, key=None):
    vals = [v for v in values if v not in (None, "", [])]
    if not vals:
        return None
    counts = Counter(vals)
    return max(counts, key=lambda v: (counts[v], key(v) if key else 0, str(v)))


def _tokens(key: str) -> set[str]:
    return set(key.split())


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
    for a, b in _variant_pairs(info) + other_language_event_pairs(groups, info):
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
        head = key.split()[-1]
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
    top_key = max(keys, key=lambda k: (keys[k], str(k)))
    names = [m.fields["name"] for m in ms if m.hints.get("key") == top_key]
    name = _most_common(names, key=lambda n: ("." in n, len(n)))
    ends = [m.fields["end_on"] for m in ms if m.fields.get("end_on")]
    city = _most_common(m.fields.get("city") for m in ms)
    country = _most_common(m.fields.get("country") for m in ms if not city or m.fields.get("city") == city)
    return {"name": name, "start_on": _day(ms), "end_on": max(ends) if ends else None, "city": city,
            "country": country}


# --- agreements ---------------------------------------------------------------------------------------------------

def _cluster_agreements(ms: list[Mention], key_to_event: dict | None = None) -> list[list[Mention]]:
    """One group per agreement. Dated reports join when their dates agree; an undated report ("had signed an MOU
    with ...") joins the dated report of the same parties and instrument, but only when one such agreement is dated:
    the same parties' 2016 renewal and 2025 agreement stay two, whichever undated report names both. With
    `key_to_event`, a Chinese and an English report at the same event may join first (_same_event_other_language)."""
    uf = _UnionFind(len(ms))
    bridges: list[tuple[int, int]] = []  # (undated, dated) pairs, joined after the rest

    undated_pairs: list[tuple[int, int]] = []  # joined once the dated groups are whole (_join_undated)

    def join(a: int, b: int) -> None:
        da, db = bool(ms[a].fields.get("signed_on")), bool(ms[b].fields.get("signed_on"))
        if da and db:
            uf.union(a, b)
        elif not da and not db:
            undated_pairs.append((a, b))
        else:
            bridges.append((b, a) if da else (a, b))

    same_event_other_language(ms, key_to_event or {}, uf)
    sets = [frozenset(m.fields["parties"]) for m in ms]
    # one agreement whose sides are named differently (北京市发展和改革委员会 / Beijing Municipal Commission of
    # Development and Reform / Beijing): the same places on both sides, same type, agreeing dates
    folded = [frozenset(jurisdiction(p) for p in s) for s in sets]
    by_fold: dict[frozenset, list[int]] = defaultdict(list)
    for i, f in enumerate(folded):
        if len(f) >= 2:
            by_fold[f].append(i)
    for idx in by_fold.values():
        for a_i, a in enumerate(idx):
            for b in idx[a_i + 1:]:
                if _one_instrument(ms[a], ms[b]) and not _two_on_one_page(ms[a], ms[b], sets[a], sets[b]):
                    join(a, b)
    # two parties in common at least: index every pair of parties, not every party (a party may be in thousands)
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        cands: set[int] = set()
        for pair in combinations(sorted(s), 2):
            cands.update(by_pair[pair])
            by_pair[pair].append(i)
        for j in sorted(cands):
            t = sets[j]
            common = len(s & t)
            if not (s <= t or t <= s or common / len(s | t) >= 0.5):
                continue
            if _one_instrument(ms[i], ms[j]):
                join(i, j)
    _join_undated(ms, uf, undated_pairs, bridges)
    dated_of: dict[int, set[int]] = defaultdict(set)
    for undated, dated in bridges:
        dated_of[uf.find(undated)].add(uf.find(dated))
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ms)):
        members[uf.find(i)].append(i)
    for undated, roots in dated_of.items():
        # an undated report joined to another undated one: each must be able to tell of the dated signing
        roots = {r for r in roots if all(reported_after(ms[u], ms[d]) for u in members[undated] for d in members[r])}
        if len(roots) > 1:  # a page's overview ("分别与A、B及C签署") and its own dated report of exactly these parties
            roots = {uf.find(d) for u, d in bridges if uf.find(u) == undated and ms[u].url == ms[d].url and
                     sets[u] == sets[d]} or _just_before(members[undated], roots, members, ms) or roots
        if len(roots) == 1:
            uf.union(undated, next(iter(roots)))
    return [[ms[i] for i in g] for g in uf.groups()]


def _join_undated(ms: list[Mention], uf: _UnionFind, pairs: list[tuple[int, int]], bridges: list[tuple[int, int]]
                  ) -> None:
    """Join undated reports of one instrument, except two of which one joins a dated group the other's page cannot
    tell of (published before that signing): an undated report of 2021 and one of 2023 beside the 2023 signing."""
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ms)):
        members[uf.find(i)].append(i)
    bridged: dict[int, set[int]] = defaultdict(set)
    for u, d in bridges:
        bridged[u].add(uf.find(d))
    seen: dict[tuple[int, int], bool] = {}

    def can_tell(u: int, root: int) -> bool:
        if (u, root) not in seen:
            seen[(u, root)] = all(reported_after(ms[u], ms[d]) for d in members[root])
        return seen[(u, root)]

    for a, b in pairs:
        if all(can_tell(b, r) for r in bridged[a]) and all(can_tell(a, r) for r in bridged[b]):
            uf.union(a, b)


def _one_instrument(a: Mention, b: Mention) -> bool:
    """Two reports may tell one instrument: kinds and dates agree (dates_agree), and their titles do not name two
    (warehouse.titles: 《中欧气候变化联合声明》 of 2015 and 《中欧领导人气候变化和清洁能源联合声明》)."""
    return _types_agree(a.fields["agreement_type"], b.fields["agreement_type"]) and _dates_agree(a, b) and \
        not titles_differ(a.fields.get("title"), b.fields.get("title"))


def _just_before(undated: list[int], roots: set[int], members: dict[int, list[int]], ms: list[Mention]) -> set[int]:
    """Of several dated agreements an undated report may tell (the same sides' statements of 2015 and 2018), the
    one signed in the week before its pages were published, if one only: news tells the news."""
    pages = [d for u in undated if (d := _page_date(ms[u]))]
    if not pages:
        return set()
    near = {r for r in roots if any(ms[d].fields.get("signed_on_precision") == "day" and
                                    all(0 <= (p - ms[d].fields["signed_on"]).days <= 7 for p in pages)
                                    for d in members[r] if ms[d].fields.get("signed_on"))}
    return near if len(near) == 1 else set()


def _two_on_one_page(a: Mention, b: Mention, sa: frozenset, sb: frozenset) -> bool:
    """Two sentences of one page naming different bodies of the same places tell two instruments (a list of the
    signings of one visit: "an MOU between the Iowa Department of Agriculture and ..."; "a wind agreement between the
    Iowa Economic Development Authority and ..."), unless one only restates the other by its places with the same
    kind of instrument ("Shenzhen and California signed an MOU" beside the MOU its two agencies signed)."""
    if a.url != b.url or a.quote == b.quote or sa & sb:
        return False
    if a.hints.get("further") or b.hints.get("further"):
        return True  # "The two sides also signed a letter of intent ...": a further instrument, the reader says
    places_only = all(jurisdiction(p) == p for p in sa) or all(jurisdiction(p) == p for p in sb)
    return not (places_only and a.fields["agreement_type"] == b.fields["agreement_type"])


def _agreement_fields(ms: list[Mention]) -> dict:
    types = Counter(m.fields["agreement_type"] for m in ms)
    specific = [t for t in TYPE_PRIORITY if t in types and t != "agreement"]
    atype = max(specific, key=lambda t: (types[t], -TYPE_PRIORITY.index(t))) if specific else "agreement"
    order: dict[str, tuple[int, int]] = {}
    for n, m in enumerate(ms):
        for k, p in enumerate(m.fields["parties"]):
            cnt, first = order.get(p, (0, n * 100 + k))
            order[p] = (cnt + 1, first)
    parties = sorted(order, key=lambda p: (-order[p][0], order[p][1]))
    # names of one side that never stand together in a sentence are one party named differently: keep one
    by_place: dict[str, list[str]] = defaultdict(list)
    for p in parties:
        by_place[jurisdiction(p)].append(p)
    drop: set[str] = set()
    for names in by_place.values():
        if len(names) > 1 and not any(sum(n in m.fields["parties"] for n in names) > 1 for m in ms):
            # an English name where one side is named in English somewhere, else the most used, longest
            keep = max(names, key=lambda n: (not _CJK.search(n), order[n][0], len(n)))
            drop |= set(names) - {keep}
    parties = [p for p in parties if p not in drop]
    parties = [p for p in parties if not named_in_english(p, parties, ms) and not _place_of_signing(p, parties, ms)]
    dated = [m for m in ms if m.fields.get("signed_on")]
    best = min(dated, key=lambda m: (PRECISION_RANK[m.fields.get("signed_on_precision")], m.fields["signed_on"])) \
        if dated else None
    city = _most_common(m.fields.get("city") for m in ms)
    return {
        "agreement_type": atype,
        "title": _most_common((m.fields.get("title") for m in ms), key=len),
        "signed_on": best.fields["signed_on"] if best else None,
        "signed_on_precision": best.fields.get("signed_on_precision") if best else None,
        "city": city,
        "country": _most_common(m.fields.get("country") for m in ms if not city or m.fields.get("city") == city),
        "parties": parties,
        "topics": sorted({t for m in ms for t in m.fields.get("topics") or []}),
    }


def _place_of_signing(p: str, parties: list[str], ms: list[Mention]) -> bool:
    """A city one report of the agreement names as a side that another gives as where it was signed, naming its
    sides (two at least) without it, while a province, state or country of that city's country is a side: the city
    of a dateline or of "在成都签署" read as a side ("CHENGDU, June 6 -- California ... and Sichuan ... signed";
    四川省人民政府与美国加利福尼亚州政府在成都签署)."""
    place = jurisdiction(p)
    gaz = gazetteer()
    city = gaz.place(place)
    if city is None or city.kind != "city" or not any(
            (o := gaz.place(jurisdiction(q))) and o.kind != "city" and o.country == city.country for q in parties):
        return False
    return any(m.fields.get("city") and jurisdiction(m.fields["city"]) == place and len(m.fields["parties"]) >= 2
               and place not in {jurisdiction(q) for q in m.fields["parties"]} for m in ms)


# --- commitments --------------------------------------------------------------------------------------------------

NUMERIC = ("base_year", "reduction_pct_min", "reduction_pct_max", "per_capita_t", "share_pct")


def _cluster_commitments(ms: list[Mention]) -> list[list[Mention]]:
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in ms:
        f = m.fields
        groups[(f["actor"], f["commitment_type"], f.get("target_year"))].append(m)
    out = []
    for g in groups.values():
        parts: list[list[Mention]] = []
        for m in g:  # the same actor and year with other numbers is another pledge
            for p in parts:
                if all(m.fields.get(k) is None or p[0].fields.get(k) is None or m.fields.get(k) == p[0].fields.get(k)
                       for k in NUMERIC):
                    p.append(m)
                    break
            else:
                parts.append([m])
        out += parts
    return out


def _commitment_fields(ms: list[Mention]) -> dict:
    f0 = ms[0].fields
    out = {"actor": f0["actor"], "commitment_type": f0["commitment_type"], "target_year": f0.get("target_year")}
    for k in NUMERIC:
        out[k] = _most_common(m.fields.get(k) for m in ms)
    return out


# --- linking records to events, ids -------------------------------------------------------------------------------

def _event_for(ms: list[Mention], key_to_event: dict[str, int], event_urls: list[int], event_days: list) -> int | None:
    """The event a record belongs to: one its sentences name, else the one its articles are mostly about."""
    sentence = {key_to_event[k] for m in ms for k in m.hints.get("event_keys", []) if k in key_to_event}
    if sentence:
        return max(sentence, key=lambda e: (event_urls[e], -e))
    score: Counter[int] = Counter()
    for m in ms:
        for k, count in m.hints.get("article_event_keys", []):
            if k in key_to_event:
                score[key_to_event[k]] += count
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

    built: list[tuple[str, list[Mention], dict]] = [("event", c, f) for c, f in zip(ev_clusters, ev_fields)]
    for c in _cluster_agreements(by_type["agreement"], key_to_event):
        f = _agreement_fields(c)
        e = _event_for(c, key_to_event, event_urls, event_days)
        f["event_name"] = ev_fields[e]["name"] if e is not None else None
        signed_at = {key_to_event.get(k) for m in c for k in m.hints.get("event_keys", [])}
        if f["city"] is None and e is not None and e in signed_at and ev_fields[e]["city"]:
            # signed at an event its sentence names: where that event was held
            f["city"], f["country"] = ev_fields[e]["city"], ev_fields[e]["country"]
        built.append(("agreement", c, f))
    for c in _cluster_commitments(by_type["commitment"]):
        f = _commitment_fields(c)
        e = _event_for(c, key_to_event, event_urls, event_days)
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
