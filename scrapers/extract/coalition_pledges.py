"""Collective pledges of coalitions and their members (issue 17, docs/collective-pledges.md), English and Chinese.

A pledge made by a group goes to each member the sentence names, never to members it does not name; the coalition is
the actor only where the sentence names no member:

* "Members of the X Compact, including A, B and C, pledged ...", "The mayors of A and B, both members of the X
  Alliance, ...", "X联盟成员城市A、B共同承诺": A, B (and C), not the coalition whose members they are (`members_only`);
* "The 14 mayors of the X Compact committed to ...", "联盟各成员城市承诺，到2035年...": the coalition. A name ending in
  Compact, Covenant or Caucus is read as a body where the story speaks of its members ("members of the X Compact");
  "联盟(各)成员(城市)" stands for the one 联盟 the story names in full (`coalition_names`, the story's own names);
* "The Compact also encourages its members to adopt a target of ...", "联盟鼓励成员城市到2030年...": a target the
  coalition encourages is nobody's pledge (`encouraged`).

Cheap: each function is gated by literal `in` checks before its one precompiled pattern.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.entity_kinds import Entity

# "members of the High Plains Climate Compact", "the 14 mayors of the ... Compact": a coalition's name by its members
_BODY_EN = re.compile(r"\b(?:[Mm]embers?|[Mm]ayors|[Gg]overnors|[Ll]eaders|[Mm]ember\s+(?:cities|states|governments|towns|counties))"
                      r"\s+of\s+the\s+((?:[A-Z][\w.&'’-]*\s+){1,5}(?:Compact|Covenant|Caucus))\b")
_HEADS_EN = ("Compact", "Covenant", "Caucus")
# a 联盟's full name: the CJK run before 联盟 after punctuation, a digit or a function word (ZH_LEFT_STOP's sort)
_BODY_ZH = re.compile(r"(?:^|(?<=[，。；：、“”《》（）()\s\d与和及在对向由同了的是]))((?:(?![与和及在对向由同了的是将还也并])"
                      r"[\u4e00-\u9fff]){2,14}?联盟)")
# "联盟各成员城市", "联盟成员城市", "联盟各成员": the coalition's members told as one subject
_MEMBERS_ZH = ("联盟各成员城市", "联盟成员城市", "联盟各成员单位", "联盟各成员")
# a coalition's name (its head last): a pledge of its members that the sentence names is theirs, not its own
COALITION = re.compile(r"(?:Alliance|Coalition|Compact|Covenant|Caucus|Network|Partnership)$|联盟$")
MEMBERS_OF_EN = re.compile(r"\b(?:members?|mayors|governors|leaders|member\s+(?:cities|states|governments|towns))\s+of\s+"
                           r"(?:the\s+)?$", re.I)
MEMBERS_AFTER_ZH = re.compile(r"^(?:的)?各?成员")
# "Twenty-three Eurocities members, including A, B and C", "the Climate Alliance's member cities A and B": a body named
# as what its members belong to (whatever the head of its name) beside members the sentence names
MEMBERS_NEXT_EN = re.compile(r"^(?:['’]s?)?\s+member(?:s|\s+(?:cities|states|governments|towns|regions|councils))\b")
# the coalition encourages (urges, calls on) its members to adopt the target: no one's pledge
ENCOURAGE_EN = re.compile(r"\bencourag(?:es|ed|ing)\s+(?:its\s+|all\s+|the\s+)?(?:member|members|cities|states|"
                          r"signatories|partners)\b")
ENCOURAGE_ZH = re.compile(r"(?:鼓励|倡导|号召|呼吁)(?:各|全体)?(?:成员|会员|城市|各地)")
_OWN_PLEDGE = re.compile(r"承诺|commit|pledg", re.I)


def coalition_names(text: str) -> dict[str, str]:
    """The coalitions a story names, as its own names (surface -> canonical): an English "... Compact/Covenant/
    Caucus" whose members the story speaks of, and "联盟(各)成员(城市)" for the one 联盟 the story names in full."""
    out: dict[str, str] = {}
    if any(h in text for h in _HEADS_EN):
        for m in _BODY_EN.finditer(text):
            out[m.group(1)] = m.group(1)
    if "联盟" in text and "成员" in text and any(p in text for p in _MEMBERS_ZH):
        names = {m.group(1) for m in _BODY_ZH.finditer(text) if len(m.group(1)) >= 6}
        if len(names) == 1:  # one coalition named in full: "联盟" said alone is that one
            name = names.pop()
            out.update({p: name for p in _MEMBERS_ZH})
    return out


def members_only(sentence: str, who: list[str], entities: list[Entity]) -> list[str]:
    """`who` (a pledge's actors) without the coalition whose members they are ("Members of the X Compact, including A,
    B and C", "A and B, both members of the X Alliance", "X联盟成员城市A、B", "N Eurocities members, including A and
    B"): the members the sentence names pledge."""
    if len(who) < 2:
        return who
    coalitions = {e.name for e in entities if e.name in who and e.kind == "org" and (COALITION.search(e.name) and (
        MEMBERS_OF_EN.search(sentence[max(0, e.start - 40):e.start]) or MEMBERS_AFTER_ZH.match(sentence[e.end:])
        or e.surface in _MEMBERS_ZH) or MEMBERS_NEXT_EN.match(sentence[e.end:]))}
    return [w for w in who if w not in coalitions] or who


def encouraged(sentence: str, at: int) -> bool:
    """True when the target at `at` is one a body encourages its members to adopt ("encourages its members to adopt a
    target of ...", "鼓励成员城市到2030年...") and no pledge verb comes between."""
    if "ncourag" in sentence:
        found = [m for m in ENCOURAGE_EN.finditer(sentence, 0, at)]
    elif any(w in sentence for w in ("鼓励", "倡导", "号召", "呼吁")):
        found = [m for m in ENCOURAGE_ZH.finditer(sentence, 0, at)]
    else:
        return False
    return bool(found) and not _OWN_PLEDGE.search(sentence[found[-1].end():at])
