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
    spans = {(e.start, e.name): e.end for e in entities}
    out = []
    for left, right in pairs:
        names = [_head(told, spans, sentence, *left), _head(told, spans, sentence, *right)]
        if all(names) and names[0] != names[1]:
            out.append(replace(found[0], parties=names))
    return out


# what a side may hold before its party: "the", a possessive ("Mongolia's "), a description ("the Chilean city of ")
_SIDE_OPEN = re.compile(r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:city|town|province|region|district|county|prefecture|"
                        r"state)\s+of\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:['’]s|(?<=s)['’])\s+)?")
# and after it: nothing, or where it lies ("in north China's ...", "of Laos' Vientiane Province")
_SIDE_CLOSE = re.compile(r"\s*$|\s+(?:in|of)\s")


def _head(told: list[tuple[int, str]], spans: dict[tuple[int, str], int], sentence: str, start: int,
          end: int) -> str | None:
    """The party a side of a pair names: the first of the mention's parties written inside it that is no country (a
    country there only says where the place lies: "Mongolia's Dornod Province"); None where none is, or where the side
    is not read whole: words before the party other than "the", a possessive or a description of its kind ("the
    delegation of X"), or after it other than where it lies."""
    at, name = min(((i, p) for i, p in told if start <= i < end), default=(None, None))
    if name is None:
        return None
    lead = re.compile(r"[\s,]*(?:and\s+)?").match(sentence, start).end()  # (the right side opens on its "and")
    if not _SIDE_OPEN.fullmatch(sentence, lead, at):
        return None
    stop = spans.get((at, name), at + len(name))
    return name if _SIDE_CLOSE.match(sentence[stop:end]) else None
