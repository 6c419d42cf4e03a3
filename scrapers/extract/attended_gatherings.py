"""Gatherings a story tells only as taken part in: no event of the tracker's unless a signing or pledge is tied to it.

An event of the tracker's is a gathering where something was signed or pledged. A story often names a gathering
only as something its actor attended: "the Governor also met President Xi and took part in the Great Wall Climate
Dialogue", "spoke at the ... Forum", 彭宁顿一行还出席了…论坛并致辞, 在…论坛上致辞; its signings and pledges are
told in other sentences, tied to no gathering ("During the trip, California signed ...", "California has committed
to ..."). Such a gathering is not the story's main event that untied records default to (story_close), and it is no
record (topic.keep_records), unless the story ties something to it:

- a record's own sentence names it (its event keys), or the sentence naming it tells a signing or a pledge ("took
  part in the virtual summit, where ... announced stronger targets", 出席…论坛的总理见证下…签署);
- a record's sentence tells it was made at it by its head word: "At the dialogue", "On the sidelines of the
  forum", "at the close of the summit", 论坛期间, 论坛上 (`tied_at`);
- an agreement's day falls within the gathering's days in its city (place_references.signed_during);
- the story tells the gathering in any other way than as taken part in: held, opened, dated by a sentence of its
  own, or as doing something itself ("The forum adopted a declaration", 大会于…在杜拜举行).

Pure functions over one story's event mentions and sentences.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.event_rules import HEAD
from scrapers.extract.text import simplified

# a verb of taking part right before the gathering's name (a few words of article and qualifier between)
_TAKE_PART_EN = (r"\b(?:t(?:ook|ake|akes|aking)\s+part|participat(?:ed|es|e|ing)(?:\s+(?:online|virtually|remotely|"
                 r"in\s+person))?|attend(?:ed|s|ing)?|join(?:ed|s|ing)?|spo(?:ke|ken)|speak(?:s|ing)?|"
                 r"appear(?:ed|s|ing)?|(?:was|were)\s+present|(?:delivered|gave|give|gives|giving|made)\s+"
                 r"(?:a|the|his|her|their)\s+(?:keynote\s+)?(?:speech|address|remarks|keynote|talk))\s+(?:in|at|to)\s+|"
                 r"\b(?:attend(?:ed|s|ing)?|address(?:ed|es|ing)?|visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|"
                 r"preview(?:ed|s|ing)?|join(?:ed|s|ing)?)\s+")
TAKE_PART_EN = re.compile(r"(?:" + _TAKE_PART_EN + r")(?:the\s+)?(?:(?:opening|closing|plenary|first|second|virtual|"
                          r"online|annual|inaugural|ceremony|session|of|the|\d{4})\s+){0,5}$", re.I)
# 出席/参加/参与/考察 …<name> with at most a short qualifier between (了, 在沈阳举行的, 第二届)
TAKE_PART_ZH = re.compile(r"(?:出席|参加|参与|考察|观摩|列席|亮相|应邀出席|率团出席|率团参加)(?:了|并见证了)?"
                          r"[^，。；！？,;]{0,14}$")
# 在<name>(开幕式|开幕仪式|主论坛)上致辞 / 发表演讲 / 作主旨报告: a speech given there
SPOKE_AT_ZH = re.compile(r"^[”」』》]?(?:开幕式|开幕仪式|闭幕式|主论坛|全体会议|大会)?(?:上|中)?(?:致辞|致词|发表(?:主旨)?(?:演讲|讲话)|"
                         r"作(?:主旨)?(?:演讲|报告|发言)|发言|演讲)")
# the sentence naming it tells a signing or a pledge (then it is tied there, whoever took part)
SIGNING_OR_PLEDGE = re.compile(r"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)|seal(?:ed|s)|pledg(?:ed|es|e|ing)|commit(?:ted|s)|"
                               r"announc(?:ed|es|ing)|adopt(?:ed|s|ing)|endors(?:ed|es|ing)|launch(?:ed|es|ing)|"
                               r"conclud(?:ed|es)|agreed|unveil(?:ed|s))\b|"
                               r"签署|签订|签约|签字|承诺|宣布|通过|发布|达成|启动|见证", re.I)
# head words in a record's sentence that tie it to the gathering of that kind
_AT_EN = (r"\b(?:at|during|in\s+the\s+(?:margins|course)\s+of|on\s+the\s+(?:sidelines|margins)\s+of|"
          r"(?:at|on)\s+the\s+(?:close|end|opening|start|eve|last\s+day|first\s+day|final\s+day|second\s+day|"
          r"opening\s+day|closing\s+day)\s+of|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|this\s+year's|"
          r"this)\s+(?:[\w'’-]+\s+){0,3}?")
_ZH_HEADS = {"峰会": "峰会", "大会": "大会", "论坛": "论坛", "年会": "年会", "研讨会": "研讨会", "圆桌会": "圆桌会",
             "会议": "会议", "对话会": "对话会?", "对话": "对话会?"}


def _surfaces(event) -> list[str]:
    """The gathering's name and aliases, Simplified, as a story may write them."""
    names = [event.fields.get("name") or "", *event.hints.get("aliases", [])]
    return [simplified(n) for n in dict.fromkeys(names) if n and len(n) > 2]


# a head word inside an English name ("Forum on Green Development", "Leaders Summit on Climate")
HEAD_WITHIN = re.compile(r"\b(Summit|Conference|Forum|Meeting|Dialogue|Congress|Symposium|Roundtable|Convention|"
                         r"Workshop|Ministerial)\b")


def _head(event) -> str | None:
    """The head word of the gathering's name ("Dialogue", 论坛; the last one inside an English name), lower case,
    or None."""
    for name in _surfaces(event):
        if m := HEAD.search(name):
            return m.group(1).lower()
    for name in _surfaces(event):
        if found := HEAD_WITHIN.findall(name):
            return found[-1].lower()
    return None


def _taken_part(sentence: str, start: int, end: int) -> bool:
    """Whether the name at sentence[start:end] is told as something taken part in, attended, addressed, visited or
    previewed ("took part in the", "spoke at the", 出席了在沈阳举行的, 在…论坛开幕式上致辞)."""
    before = sentence[max(0, start - 80):start]
    if TAKE_PART_EN.search(before) or TAKE_PART_ZH.search(before[-20:]):
        return True
    return bool(re.search(r"在[^，。；,;]{0,8}$", before) and SPOKE_AT_ZH.match(sentence[end:end + 12]))


def attended_only(events: list, sentences: list[str]) -> set[str]:
    """Keys of the story's gatherings told only as taken part in: every sentence that names one (by name, alias or
    its head word alone) names it after a verb of taking part and tells no signing or pledge."""
    out: set[str] = set()
    plain = [simplified(s) for s in sentences]
    by_key: dict[str, list] = {}
    for e in events:
        by_key.setdefault(e.hints.get("key"), []).append(e)
    for key, told in by_key.items():
        surfaces = sorted({s for e in told for s in _surfaces(e)}, key=len, reverse=True)
        head = next((h for e in told if (h := _head(e))), None)
        if not surfaces or head is None:
            continue
        head_re = re.compile(rf"\b{head}s?\b" if head.isascii() else _ZH_HEADS.get(head, head), re.I)
        named = 0
        only = True
        for s in plain:
            spans = [(m.start(), m.end()) for n in surfaces for m in re.finditer(re.escape(n), s, re.I)]
            if not spans:
                if head_re.search(s):
                    only = False  # "大会于…在杜拜举行", "The dialogue adopted ...": told of its own
                    break
                continue
            named += 1
            if SIGNING_OR_PLEDGE.search(s) or not any(_taken_part(s, a, b) for a, b in spans):
                only = False
                break
        if only and named:
            out.add(key)
    return out


def tied_at(quote: str, event) -> bool:
    """Whether a record's sentence says it was made at the gathering by its head word ("At the dialogue, ...",
    "On the sidelines of the forum", "at the close of the summit", 论坛期间, 论坛上, 会上)."""
    head = _head(event)
    if head is None:
        return False
    s = simplified(quote)
    if head.isascii():
        return bool(re.search(_AT_EN + rf"{head}s?\b", s, re.I))
    zh = _ZH_HEADS.get(head, head)
    return bool(re.search(rf"(?:{zh})(?:期间|上|中|开幕式上|闭幕式上)|会上|会议期间", s))
