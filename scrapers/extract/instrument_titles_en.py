"""English instruments named by a title that opens with its two parties joined by a dash (issue 17, the sixty-ninth
web; docs/instrument-titles.md): "The Pittsburgh-Qinhuangdao Low-Carbon Cities Agreement was signed ...", "the
Shenzhen–Los Angeles Clean Energy Partnership".

The entity finder reads a dash-joined pair as one word, or finds its first half only, so the title named no party
and the signing none. `pair_entities` adds each half that is a place the gazetteer knows (the longest run of
capitalised words touching the dash on each side), only where both halves are known and a title's head noun follows
within five capitalised words (and drops an organisation's name the finder made of the whole title). `titled_plan` gives the "Action Plan" of such a title as an instrument: a plan that
two places named in its title sign is their agreement (a plan of one place, "the Shenzhen Climate Action Plan", is
none).
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.lead_chars import with_lead

from scrapers.extract.entity_kinds import Entity, place_entity

_WORD = r"[A-Z][\w.'’]*"
# "A B-C D Low-Carbon Cities Agreement": up to three capitalised words each side of the dash, then up to five
# capitalised words (hyphenated ones too), then the title's head noun
PAIR_TITLE = with_lead(re.compile(
    rf"\b(?P<a>{_WORD}(?:\s{_WORD}){{0,2}})\s?[-–—]\s?(?P<b>{_WORD}(?:\s{_WORD}){{0,2}}?)"
    rf"(?P<rest>(?:\s[A-Z][\w-]*){{0,5}}?)\s(?P<head>Action\s+Plan|Agreement|Memorandum|Partnership|Accord|Compact|"
    r"Declaration|Joint\s+Statement|Joint\s+Announcement|MOU|MoU)\b"))
_HEADS = ("Plan", "Agreement", "Memorandum", "Partnership", "Accord", "Compact", "Declaration", "Statement", "MOU", "MoU",
          "Announcement")


def _gated(sentence: str) -> bool:
    """The cheap test: a dash and a title's head noun."""
    return ("-" in sentence or "–" in sentence or "—" in sentence) and any(h in sentence for h in _HEADS)


def _halves(sentence: str, m: re.Match) -> tuple[Entity, Entity] | None:
    """The place ending at the dash (the longest run of the words before it) and the one starting after it."""
    left = right = None
    words_a = list(re.finditer(r"\S+", m.group("a")))
    for w in words_a:  # longest first: "West Virginia" before "Virginia"
        start = m.start("a") + w.start()
        if (left := place_entity(sentence[start:m.end("a")], start, m.end("a"))) is not None:
            break
    words_b = list(re.finditer(r"\S+", sentence[m.start("b"):m.start("head")]))
    for w in reversed(words_b):  # longest first: "Los Angeles" before "Los"
        end = m.start("b") + w.end()
        if (right := place_entity(sentence[m.start("b"):end], m.start("b"), end)) is not None:
            break
    return (left, right) if left and right and left.name != right.name else None


def pair_entities(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with the two places of a dash-joined pair opening a title added where the finder missed them."""
    if not _gated(sentence):
        return entities
    added, dropped = [], set()
    for m in PAIR_TITLE.finditer(sentence):
        if not (halves := _halves(sentence, m)):
            continue
        # the whole title read as one organisation's name ("Qinhuangdao-Pittsburgh Green Ports Agreement"): a title
        # is no party, its two places are
        dropped |= {id(o) for o in entities if o.kind == "org" and o.start <= halves[0].start and o.end >= halves[1].end}
        kept = [o for o in entities if id(o) not in dropped]
        added += [e for e in halves if not any(o.start < e.end and e.start < o.end for o in kept)]
    if not added and not dropped:
        return entities
    return sorted([o for o in entities if id(o) not in dropped] + added, key=lambda e: e.start)


def titled_plan(sentence: str) -> re.Match | None:
    """The "Action Plan" head of a title that opens with two known places ("The A–B Low-Carbon Cities Action Plan"),
    or None."""
    if "Plan" not in sentence or not _gated(sentence):
        return None
    for m in PAIR_TITLE.finditer(sentence):
        if m.group("head").startswith("Action") and _halves(sentence, m):
            return PLAN_HEAD.match(sentence, m.start("head"))
    return None


PLAN_HEAD = re.compile(r"Action\s+Plan")


def title_parties(sentence: str, inst_start: int, inst_end: int) -> list[str] | None:
    """The two places a dash-joined title names as its parties, where the instrument word at `inst_start` is that
    title's head ("President X and President Y issued the U.S.-China Joint Statement on ...": the United States and
    China); None where no such title holds the instrument word, or a half is no place the gazetteer knows."""
    if not _gated(sentence):
        return None
    for m in PAIR_TITLE.finditer(sentence):
        if m.start("head") <= inst_start < m.end("head") or inst_start <= m.start("head") < inst_end:
            halves = _halves(sentence, m)
            return [h.name for h in halves] if halves else None
    return None
