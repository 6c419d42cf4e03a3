"""Pairs of places that signed at once, listed before one verb (English): "Daqing and Chungju, Zhongshan and Chillan,
as well as Yuanjiang County and Vang Vieng inked agreements to become sister cities". Each pair signed its own
agreement; read as one agreement of all of them, the sentence gets parties that signed nothing together. Only a
subject that splits wholly into "A and B" pairs (commas, ", and", ", as well as" between them) with a plural
instrument or "sister" after the verb is read so; a side is named by its first place or body (what follows it, "in
northeast China's Heilongjiang Province", only says where it lies). A pair whose side names no known actor is left
out. Pure function; read by agreements.find_agreements."""
from __future__ import annotations

from dataclasses import replace

from scrapers import lazy_re as re

from scrapers.extract.agreement_words import EN_SIGN
from scrapers.extract.entity_kinds import Entity

# what opens the subject before the pairs: a dateline ("KUNMING, Nov. 19 (Agency) -- "), "Among them,"
_LEAD = re.compile(r"^(?:.*?--\s+|.*?—\s+)?(?:(?:Among|Of)\s+(?:them|these|those|the\s+\w+),\s+)?")
_BETWEEN_PAIRS = re.compile(r",\s+(?:as\s+well\s+as\s+|and\s+|plus\s+)?")
# after the verb: several instruments, or the sister relation itself
_PLURAL = re.compile(r"\b(?:agreements|memorandums|memoranda|MOUs|pacts|accords|documents)\b|\bsister\b|\btwinning\b", re.I)


def split_pairs(sentence: str, entities: list[Entity], found: list) -> list:
    """`found` (agreement mentions of `sentence`) with its one mention told by a list of pairs read as one mention
    per pair, its sides named by the mention's parties or the sentence's actors (see the module); others unchanged."""
    if len(found) != 1 or len(found[0].parties) < 2 or sentence.count(" and ") < 2:
        return found
    verb = EN_SIGN.search(sentence)
    if verb is None or not _PLURAL.search(sentence, verb.end()):
        return found
    lead = _LEAD.match(sentence[:verb.start()])
    at = lead.end() if lead else 0
    subject = sentence[at:verb.start()].rstrip()
    pairs = []
    pos = at
    for seg in _BETWEEN_PAIRS.split(subject):
        start = sentence.index(seg, pos)
        pos = start + len(seg)
        sides = re.split(r"\s+and\s+", seg)
        if len(sides) != 2:
            return found  # not wholly pairs: a list of several signatories of one instrument
        mid = start + len(sides[0])
        pairs.append(((start, mid), (mid, pos)))
    if len(pairs) < 2:
        return found
    countries = {e.name for e in entities if e.kind == "country"}
    told = [(sentence.find(p, at), p) for p in found[0].parties if p not in countries and sentence.find(p, at) >= 0]
    told += [(e.start, e.name) for e in entities if e.kind != "country" and e.start >= at and e.name not in found[0].parties]
    out = []
    for left, right in pairs:
        names = [_head(told, *left), _head(told, *right)]
        if all(names) and names[0] != names[1]:
            out.append(replace(found[0], parties=names))
    return out


def _head(told: list[tuple[int, str]], start: int, end: int) -> str | None:
    """The party a side of a pair names: the first of the mention's parties written inside it that is no country (a
    country there only says where the place lies: "Mongolia's Dornod Province"); None where none is."""
    return min(((i, p) for i, p in told if start <= i < end), default=(None, None))[1]
