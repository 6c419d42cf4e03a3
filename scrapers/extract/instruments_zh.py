"""Chinese signing clauses with several instruments or a signing told in a relative clause (issue 17, round 17).

- "A与B签署了《X》和《Y》两份协议", "A与B签订…框架协议及…补充协议": one pair, two instruments joined after the verb:
  one agreement per instrument (named by its title, or by the words that describe it);
- "由A和B联合签署的《X》": the instrument signed by the two named after 由 (not "根据…签署的", "此前…签署的");
- "其中包括A与B签署的X、C与D签署的Y", "签约项目包括：A与B签署的X；…": a signing told as the noun phrase of a list of
  signings, its parties nothing but names joined by 与/和/同/及 (no 由); one agreement per item;
- "A与B续签《X》。" + "双方还签署了《Y》。": 双方 are the pair of the signing told in the sentence just before.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity
from scrapers.extract.parties_zh import masked_asides, party_groups

_HEAD = r"(?:协议|备忘录|协定|意向书|合同|议定书)"
# one instrument after the verb: a 《title》, or words (no conjunction, no punctuation) ending on an instrument's head
_ONE = rf"(?:《[^》]{{2,60}}》|[^，。；：《》、和及与\s]{{2,30}}?{_HEAD})"
# two or more of them joined by 和/及/以及/与/、, optionally counted after ("两份协议"), ending the clause
SEVERAL = re.compile(rf"^\s*了?\s*(?P<list>{_ONE}(?:\s*(?:和|及|以及|与|、)\s*{_ONE})+)"
                     rf"(?:\s*(?:两|三|四|[2-4])\s*(?:份|项|个)\s*(?:合作)?(?:协议|文件|备忘录|合同))?\s*[。！]?\s*$")
_ITEM = re.compile(_ONE)

# "由A和B联合签署的《X》": the signers after 由, the instrument after 的
SIGNED_BY = re.compile(rf"由(?P<who>[^，。；由]{{2,60}}?)(?:联合|共同|正式)?(?:签署|签订)的\s*(?P<inst>{_ONE})")
# what the words before 由 must not say: a reference to an instrument ("根据由…签署的"), an earlier one, a plan
_NOT_NOW = re.compile(r"根据|按照|依据|依照|落实|执行|贯彻|此前|之前|以前|曾|早在|去年|前年|\d{4}年|将|拟|计划")
# "A与B签署的X" with no 由: the names right before the verb, after the start of a list item (the clause's start,
# 包括, 、 or a colon); who they are is checked against the sentence's names (_only_names)
PAIR_SIGNED = re.compile(rf"(?:^|(?<=、))(?:[^，。；、]*?(?:见证了?|包括|其中))?(?:包括|有)?\s*(?P<who>[^，。；：、由的]{{4,60}}?)(?:联合|共同|正式)?(?:签署|签订)的\s*"
                         rf"(?P<inst>{_ONE})")
_JOINERS = re.compile(r"^(?:与|和|同|及|以及|、|\s)+$")


def instrument_names(after: str) -> list[str] | None:
    """The names of the instruments one signing concluded, where the words after the verb join two or more ("《X》和
    《Y》两份协议", "…框架协议及…补充协议"): each title, or each instrument's describing words; None otherwise."""
    m = SEVERAL.match(after) if ("和" in after or "及" in after or "、" in after or "与" in after) else None
    if m is None:
        return None
    return [item.group().strip("《》") for item in _ITEM.finditer(m.group("list"))]


def signed_by(clause: str, offset: int, sentence: str,
              entities: list[Entity]) -> list[tuple[list[str], str, str]]:
    """(parties, instrument words, title or None) of each "由A和B联合签署的《X》" in a clause: the instrument those
    after 由 signed; none where the words before 由 refer to it, date it earlier or plan it."""
    out = []
    for m in SIGNED_BY.finditer(clause):
        if _NOT_NOW.search(clause[:m.start()]):
            continue
        who = m.start("who")
        groups = party_groups(masked_asides(m.group("who")), offset + who, sentence, entities)
        inst = m.group("inst")
        title = inst[1:-1] if inst.startswith("《") else None
        out += [(g, inst, title) for g in groups if len(g) >= 2]
    if out or "签署的" not in clause and "签订的" not in clause:
        return out
    for m in PAIR_SIGNED.finditer(clause):
        if _NOT_NOW.search(clause[:m.start("who")]) or not _only_names(m.group("who"), offset + m.start("who"), entities):
            continue  # "根据A与B签署的…": a reference; "见证了A与B签署的…": words beside the names
        groups = party_groups(m.group("who"), offset + m.start("who"), sentence, entities)
        inst = m.group("inst")
        out += [(g, inst, inst[1:-1] if inst.startswith("《") else None) for g in groups if len(g) >= 2]
    return out


def _only_names(who: str, at: int, entities: list[Entity]) -> bool:
    """Whether `who` (at `at` in the sentence) is two or more of the sentence's names joined by 与/和/同/及 and nothing
    else: the parties of an attributive signing ("A与B签署的X"), not a clause that only mentions them."""
    inside = [e for e in entities if at <= e.start and e.end <= at + len(who)]
    if len(inside) < 2:
        return False
    rest, last = [], at
    for e in sorted(inside, key=lambda e: e.start):
        rest.append(who[last - at:e.start - at])
        last = e.end
    rest.append(who[last - at:])
    gaps = rest[1:-1]
    return not rest[0].strip() and not rest[-1].strip() and all(not g or _JOINERS.match(g) for g in gaps)


def signing_pair(pending: list, position: int) -> list[str] | None:
    """The two parties of the one signing the sentence just before told (agreement mentions, each with its event keys,
    read at `position - 1`): who "双方" are in "双方还签署了…" right after it; None where that sentence told none, or
    several pairs."""
    pairs = {tuple(m.fields.get("parties") or []) for m, _ in pending
             if m.record_type == "agreement" and m.hints.get("_at") == position - 1}
    return list(next(iter(pairs))) if len(pairs) == 1 and len(next(iter(pairs))) == 2 else None
