"""Resolution of agreements (warehouse.resolve): which reports tell one instrument, and the fields of its record.

Reports join when one party set holds the other (two parties at least, or the same places on both sides), their kinds
and dates agree and their titles do not name two instruments; an undated report joins the one dated agreement of the
same parties it can tell of (its page not older than the signing; of two, the one signed the week before); reports
of the same event or day in two languages join on glossed names (warehouse.crosslang). Sides are compared by name key
("First Solar, Inc." is "First Solar Inc"), and a company's signing told with a country's government by one site and
with a place's inside it by another, on one day, is one (warehouse.party_names).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

from pactwatch.gazetteer import CJK as _CJK
from pactwatch.gazetteer import gazetteer
from pactwatch.models import Mention
from warehouse.coarse_dates import join_coarse, one_coarse
from warehouse.crosslang import named_in_english, same_event_other_language
from warehouse.day_votes import dating_report
from warehouse.instruments import renewal_of_older, sides_name_two_bodies
from warehouse.kinds_apart import keep_generic_apart
from warehouse.month_pairs import same_month_other_language
from warehouse.party_names import country_for_place, name_key, same_side_two_levels
from warehouse.recalled_sides import loose_names, recalled_pairs
from warehouse.resolve_common import jurisdiction
from warehouse.resolve_common import UnionFind as _UnionFind
from warehouse.resolve_common import dates_agree as _dates_agree
from warehouse.resolve_common import most_common as _most_common
from warehouse.resolve_common import page_date as _page_date
from warehouse.resolve_common import reported_after
from warehouse.resolve_common import types_agree as _types_agree
from warehouse.titles import titles_differ

TYPE_PRIORITY = ["mou", "joint_statement", "declaration", "partnership", "agreement"]
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


def cluster_agreements(ms: list[Mention], key_to_event: dict | None = None) -> list[list[Mention]]:
    """One group per agreement. Dated reports join when their dates agree; an undated report ("had signed an MOU
    with ...") joins the dated report of the same parties and instrument, but only when one such agreement is dated:
    the same parties' 2016 renewal and 2025 agreement stay two, whichever undated report names both. With
    `key_to_event`, a Chinese and an English report at the same event may join first (_same_event_other_language)."""
    uf = _UnionFind(len(ms))
    bridges: list[tuple[int, int]] = []  # (undated, dated) pairs, joined after the rest

    undated_pairs: list[tuple[int, int]] = []  # joined once the dated groups are whole (_join_undated)
    coarse_pairs: list[tuple[int, int]] = []  # a month- or year-dated report and a day-dated one (join_coarse)

    def join(a: int, b: int) -> None:
        da, db = bool(ms[a].fields.get("signed_on")), bool(ms[b].fields.get("signed_on"))
        if da and db and one_coarse(ms[a], ms[b]):
            coarse_pairs.append((a, b))
        elif da and db:
            uf.union(a, b)
        elif not da and not db:
            undated_pairs.append((a, b))
        else:
            bridges.append((b, a) if da else (a, b))

    # two sentences of one page of which one tells a further signing ("Separately, A and B signed a letter of
    # intent"): two instruments, which no third report (another page recalling one of them) may join
    by_page: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        by_page[m.url].append(i)
    kept: list[tuple[int, int]] = []
    for idx in by_page.values():
        for a_i, a in enumerate(idx):
            for b in idx[a_i + 1:]:
                if ms[a].quote != ms[b].quote and (ms[a].hints.get("further") or ms[b].hints.get("further")):
                    uf.keep_apart(a, b)
                    kept.append((a, b))
    keep_generic_apart(ms, uf, kept)  # an MOU told elsewhere is the page's MOU, not its separate "agreement"
    same_event_other_language(ms, key_to_event or {}, uf)
    same_month_other_language(ms, uf)
    # sides compared by their name keys: "First Solar, Inc." and "First Solar Inc" are one company
    sets = [frozenset(name_key(p) for p in m.fields["parties"]) for m in ms]
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
                if _one_instrument(ms[a], ms[b]) and not _two_on_one_page(ms[a], ms[b], sets[a], sets[b]) and \
                        not sides_name_two_bodies(ms[a].fields["parties"], ms[b].fields["parties"]):
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
    # a company's signing told by two sites, one naming the country's government, the other the place's, on one day
    for i, j in same_side_two_levels(sets):
        if ms[i].url != ms[j].url and _one_instrument(ms[i], ms[j]) and \
                all(m.fields.get("signed_on_precision") == "day" for m in (ms[i], ms[j])):
            join(i, j)
    for i, j in recalled_pairs(ms):  # "signed with the Ministry of ... in March" beside its day (recalled_sides)
        if _one_instrument(ms[i], ms[j]):
            join(i, j)
    join_coarse(ms, uf, coarse_pairs)
    _join_undated(ms, uf, undated_pairs, bridges)
    dated_of: dict[int, set[int]] = defaultdict(set)
    for undated, dated in bridges:
        dated_of[uf.find(undated)].add(uf.find(dated))
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ms)):
        members[uf.find(i)].append(i)
    for undated, roots in dated_of.items():
        # an undated report joined to another undated one: each must be able to tell of the dated signing
        roots = {r for r in roots if all(reported_after(ms[u], ms[d]) for u in members[undated] for d in members[r])
                 and not uf.apart(undated, r)}
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
    """Two reports may tell one instrument: kinds and dates agree (dates_agree), their titles do not name two
    (warehouse.titles: 《中欧气候变化联合声明》 of 2015 and 《中欧领导人气候变化和清洁能源联合声明》), and they are not
    two sentences of one page of which one tells a further signing, whoever its sides ("Oregon and Fujian also signed
    an agreement on forestry", 还签署: the reader's hint `further`)."""
    return _kinds_agree(a, b) and _dates_agree(a, b) and \
        not titles_differ(a.fields.get("title"), b.fields.get("title")) and \
        not (a.url == b.url and a.quote != b.quote and (a.hints.get("further") or b.hints.get("further"))) and \
        not renewal_of_older(a, b)


# kinds one instrument is called by two reports of its day: "a joint declaration" read as a joint statement and
# 联合宣言 as a declaration; "launched a partnership" and "signed an MOU" for it
KINDS_OF_ONE_DAY = ({"joint_statement", "declaration"}, {"partnership", "mou"})


def _kinds_agree(a: Mention, b: Mention) -> bool:
    """Two reports' kinds allow one instrument (types_agree), or they are kinds one instrument is called by
    (KINDS_OF_ONE_DAY) where both reports date it to one day (days within 3), or one does and the other, undated, was
    published in the week after it."""
    ka, kb = a.fields["agreement_type"], b.fields["agreement_type"]
    if _types_agree(ka, kb):
        return True
    if {ka, kb} not in KINDS_OF_ONE_DAY:
        return False
    days = [m.fields["signed_on"] for m in (a, b) if m.fields.get("signed_on_precision") == "day"]
    if len(days) == 2:
        return abs((days[0] - days[1]).days) <= 3
    undated = [m for m in (a, b) if not m.fields.get("signed_on")]
    pd = _page_date(undated[0]) if len(days) == 1 and undated else None
    return pd is not None and 0 <= (pd - days[0]).days <= 7


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


# a sentence that tells a further signing beside its first: witnessed, each its own ("分别"), or also signed
_TOLD_APART = re.compile(r"见证|見證|分别|分別|\bwitness(?:ed|ing)\b|\bseparately\b|\balso\s+signed\b")


def _two_on_one_page(a: Mention, b: Mention, sa: frozenset, sb: frozenset) -> bool:
    """Two sentences of one page naming different bodies of the same places tell two instruments (a list of the
    signings of one visit: "an MOU between the Iowa Department of Agriculture and ..."; "a wind agreement between the
    Iowa Economic Development Authority and ..."), unless one only restates the other by its places with the same
    kind of instrument ("Shenzhen and California signed an MOU" beside the MOU its two agencies signed). One sentence
    the reader told two signings of with no side in common, one of them witnessed or told apart ("两市市长签署…，并共同
    见证A大学与B大学…签署", "分别签署"): two instruments too, whatever places their bodies belong to."""
    if a.url != b.url or sa & sb:
        return False
    if a.quote == b.quote:
        return bool(_TOLD_APART.search(a.quote or ""))
    places_only = all(jurisdiction(p) == p for p in sa) or all(jurisdiction(p) == p for p in sb)
    return not (places_only and a.fields["agreement_type"] == b.fields["agreement_type"])


def agreement_fields(ms: list[Mention]) -> dict:
    types = Counter(m.fields["agreement_type"] for m in ms)
    specific = [t for t in TYPE_PRIORITY if t in types and t != "agreement"]
    atype = max(specific, key=lambda t: (types[t], -TYPE_PRIORITY.index(t))) if specific else "agreement"
    order: dict[str, tuple[int, int]] = {}
    for n, m in enumerate(ms):
        for k, p in enumerate(m.fields["parties"]):
            cnt, first = order.get(p, (0, n * 100 + k))
            order[p] = (cnt + 1, first)
    # one company named with and without the comma before its legal form: the form most used, else the longest
    forms: dict[str, list[str]] = defaultdict(list)
    for p in order:
        forms[name_key(p)].append(p)
    for names in (n for n in forms.values() if len(n) > 1):
        keep = max(names, key=lambda n: (order[n][0], len(n)))
        order[keep] = (sum(order[n][0] for n in names), min(order[n][1] for n in names))
        for n in names:
            if n != keep:
                del order[n]
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
    # a country one report names where another names a place inside it, never both in one sentence: the place
    drop |= {c for p in parties for q in parties if (c := country_for_place(p, q)) == p and
             not any(p in m.fields["parties"] and q in m.fields["parties"] for m in ms)}
    drop |= loose_names(ms)  # a month recall's "China" beside the day's "Ministry of Ecology and Environment"
    parties = [p for p in parties if p not in drop]
    parties = [p for p in parties if not named_in_english(p, parties, ms) and not _place_of_signing(p, parties, ms)]
    dated = [m for m in ms if m.fields.get("signed_on")]
    best = dating_report(dated, PRECISION_RANK) if dated else None  # the day most pages give
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
    四川省人民政府与美国加利福尼亚州政府在成都签署); or a city named as a side beside two countries or more (a
    dateline's city beside the two states of a joint statement: no city signs those)."""
    place = jurisdiction(p)
    gaz = gazetteer()
    city = gaz.place(place)
    if city is not None and city.kind == "city" and sum(
            (o := gaz.place(jurisdiction(q))) is not None and o.kind == "country" for q in parties if q != p) >= 2:
        return True  # a city beside two countries or more is where they signed ("GLASGOW, Nov. 10 -- China and ...")
    if city is None or city.kind != "city" or not any(
            (o := gaz.place(jurisdiction(q))) and o.kind != "city" and o.country == city.country for q in parties):
        return False
    return any(m.fields.get("city") and jurisdiction(m.fields["city"]) == place and len(m.fields["parties"]) >= 2
               and place not in {jurisdiction(q) for q in m.fields["parties"]} for m in ms)
