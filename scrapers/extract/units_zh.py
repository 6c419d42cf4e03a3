"""A unit named after its parent body, read as one Chinese name: "昆明理工大学冶金与能源工程学院" (a faculty whose own
name holds 与), "北达科他大学能源与环境研究中心" (a university's centre), "加州大学尔湾分校" (a campus).

The organisation finder extends a name's head (学院, 研究中心 ...) to the left and stops at 与/和 when the words before
it end a name (…大学): right for "清华大学与能源研究院" (two names), wrong where words stand between the parent's head
and 与 ("大学冶金与能源工程学院"): words after a name's head that are no name themselves open the unit's own name, so
the parent, those words, 与 and the rest are one name. A campus ("…大学尔湾分校") has a head (分校) the finder does
not know: the university's name it follows is its parent. The name stays as written (the text may gloss it in
English: scrapers/extract/glosses.py); never the parent in the unit's place, never the unit cut at 与.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity, org_entity
from scrapers.lead_chars import with_lead

# the parent's head, then the unit's own name: words, 与/和, words, the unit's head; or a campus (分校)
_WORD = r"(?:(?![与和及])[\u4e00-\u9fff])"
UNIT = with_lead(re.compile(rf"(?:大学|科学院|研究院)(?:(?P<left>{_WORD}{{2,6}}?)[与和]{_WORD}{{1,8}}?"
                            r"(?:学院|研究中心|研究所|研究院|重点实验室|实验室|中心)|"
                            rf"(?P<campus>{_WORD}{{2,5}}?分校))"))
_PARENTS = ("大学", "科学院", "研究院")
# words that end a clause or join, not a name: after them 与 joins two names ("…大学代表与…学院", "…大学今日与…")
_NOT_NAME = re.compile(r"(?:代表|签署|签订|共同|以及|分别|院长|校长|主任|教授|团队|师生|学者|专家|今日|昨日|今天|昨天|"
                       r"日前|近日|当天|同日|正式|首次|再次|[还也将已又在于的了等])")


def join_units(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The sentence's entities with each unit named after its parent body (see the module docstring) read as one
    organisation, the pieces it had been cut into dropped."""
    if not any(p in sentence for p in _PARENTS) or not ("分校" in sentence or "与" in sentence or "和" in sentence):
        return entities
    out = list(entities)
    for m in UNIT.finditer(sentence):
        head = m.start() + (2 if sentence.startswith("大学", m.start()) else 3)
        parent = next((e for e in out if e.kind == "org" and e.end == head), None)
        if parent is None or (m.group("left") and _NOT_NAME.search(m.group("left"))):
            continue
        start, end = parent.start, m.end()
        joined = org_entity(sentence[start:end], start, end, {})
        if joined is None:
            continue
        out = [e for e in out if e.end <= start or e.start >= end] + [joined]
    out.sort(key=lambda e: e.start)
    return out
