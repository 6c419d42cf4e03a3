"""Signings listed under an ACTIVE opening whose subject is the signer, for the list readers of `listed_en` and
`listed_zh` (which read openings that say the items "were signed"): "On June 4, at the forum, the Ministry of Energy
signed the following documents with foreign companies:" + "1) Memorandum of Understanding with X on ...;", "During the
visit, Company A signed:" + "- an MoU with B on green hydrogen;", "会上，A签署了以下文件：" + "一是与B签署《…》；".

An item names the instrument and its counterpart ("with X", "与B") but not who signs with it: the opening's subject
does. The opening is kept as a frame and each item is read as the clause it stands for, the opening's words before
its verb (its day, place and gathering, its subject) put before the item ("On June 4, at the forum, the Ministry of
Energy signed a memorandum of understanding with X on ..."), so the item gets the same party, date and place rules as
any other clause. An item about another field (trade, culture, education) is read as nothing and the list stays open;
an opening of things planned ("will sign", "拟签署以下文件") is no active opening (the verb must be the past "signed",
or 签署 with no word of a plan before it).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.fields_en import OTHER_FIELD as OTHER_FIELD_EN
from scrapers.extract.topic import about_the_tracker

_INSTRUMENTS = r"(?:agreements|documents|deals|instruments|memoranda|memorandums|MOUs|MoUs|accords|contracts)"
_COUNT = r"(?:the\s+following|these|several|a\s+number\s+of|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# "<head> signed [the following documents] [with Chinese companies | within the Week]:" (the head holds the subject)
ACTIVE_EN = re.compile(rf"^(?P<head>[^:;]*?\S)\s+(?:(?:has|have)\s+)?(?:signed|inked|concluded)"
                       rf"(?:\s+{_COUNT})?(?:\s+(?:[\w-]+\s+){{0,2}}?{_INSTRUMENTS})?"
                       rf"(?P<tail>\s+(?:with|at|in|on|during|within|under|before|after)\b[^:;]{{0,100}}?)?\s*:\s*$",
                       re.I)
# a head that is no signer: a passive ("The following agreements were"), a list's name ("Agreements"), a plan
_NO_SIGNER_EN = re.compile(rf"(?:\b(?:was|were|been|be|being|is|are|not|never|who|which|that)|\b{_INSTRUMENTS}|"
                           r"\b(?:memorandum|agreement|MoU|MOU|contract|document))$", re.I)
_PRONOUN_EN = re.compile(r"(?:^|,\s*|\b(?:and|then)\s+)(?:they|we|it|he|she|both|the\s+(?:two|three)\s+\w+)$", re.I)
# the part of the tail that names the counterparts as a group ("with Chinese companies"): the items name them
_GROUP_EN = re.compile(r"^\s*with\s+[^,]*?(?=\s+(?:at|in|on|during|within|under|before|after)\b|$)", re.I)
# an item: a number or bullet, an instrument, "with <counterpart>"
ITEM_EN = re.compile(r"^(?:[•·▪◦*–-]\s*|\(?\d{1,2}[).]\s*|\(?[a-z]\)\s*)?(?P<item>(?:(?:an?|one|the)\s+)?"
                     r"(?:[\w-]+\s+){0,6}?(?:memorandum|MOU|MoU|agreement|letter\s+of\s+intent|declaration|accord|"
                     r"contract|protocol)s?\b[^.;:]*?\bwith\s+\S.*)$", re.I)
# what an item of another field is about (besides fields_en's): trade, commerce, customs, health
_TRADE_EN = re.compile(r"\b(?:trade|commerce|e-commerce|customs|health(?:care)?|media|banking|finance)\b", re.I)


def opening_en(sentence: str) -> str | None:
    """The frame of an English active opening ("<head> signed {item}<tail>.", the counterparts' group dropped from
    its tail), or None when the sentence is no such opening."""
    if "sign" not in sentence and "inked" not in sentence and "conclud" not in sentence:
        return None
    if not (m := ACTIVE_EN.match(sentence)) or _NO_SIGNER_EN.search(m.group("head")):
        return None
    if not re.search(r"\b(?:the\s+[A-Z]|[A-Z][\w&.-]+)", m.group("head")) or _PRONOUN_EN.search(m.group("head")):
        return None  # the head names no one ("They signed:", "the two sides signed:": who they are is told before)
    tail = _GROUP_EN.sub("", m.group("tail") or "")
    return m.group("head").replace("{", "(").replace("}", ")") + " signed {item}" + tail.rstrip() + "."


def item_en(frame: str, sentence: str) -> tuple[bool, str | None]:
    """An item under an active opening: (whether it is an item, the clause it stands for: None for an item of
    another field, which makes no record)."""
    if not (m := ITEM_EN.match(sentence)):
        return False, None
    item = re.sub(r"[\s;,.]+(?:and|or)?\s*$", "", m.group("item"))
    if (OTHER_FIELD_EN.search(item) or _TRADE_EN.search(item)) and not about_the_tracker(item):
        return True, None
    if item[:1].isupper() and item.split(" ", 1)[0][1:].islower():
        item = item[0].lower() + item[1:]  # "Memorandum of Understanding with X": "memorandum of Understanding ..."
    if not re.match(r"(?:an?|one|the)\s", item, re.I):
        item = ("an " if item[:1].lower() in "aeiou" or item.startswith("MoU") else "a ") + item
    return True, frame.replace("{item}", item)


# Chinese: "会上，A签署了以下文件：", "访问期间，A与有关方面签署以下合作文件：" (the subject the piece before 签署)
SIGN_ZH = r"(?:签署|签订|签约|缔结)"
ACTIVE_ZH = re.compile(rf"(?P<subject>[^，,：:。；]{{2,40}}?)(?:还|也|共|先后|分别|同时|当天|现场)?{SIGN_ZH}了?"
                       rf"(?:如下|以下)[^。；：:]{{0,12}}[：:]")
_PLAN_ZH = re.compile(r"(?:拟|将|将要|计划|准备|有望|预计|即将|将于|拟于|希望)$")
# an item with no signer of its own: "一是与B签署…", "（一）与B签署…", "1. 同B签订…"
ITEM_ZH = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}(?:是|[、.．])|\d{1,2}\s*[.．、)）](?!\d)|"
                     r"[（(][一二三四五六七八九十\d]{1,3}[）)])\s*(?=[与同和])")


def opening_zh(sentence: str) -> str | None:
    """The signer of a Chinese active opening ("会上，A签署了以下文件："), or None (no such opening, or one of a plan,
    or one whose subject holds its counterpart: "A与B签署以下文件：" is read by `listed_zh` as it is)."""
    if "以下" not in sentence and "如下" not in sentence:
        return None
    if not (m := ACTIVE_ZH.search(sentence)):
        return None
    subject = m.group("subject")
    if _PLAN_ZH.search(subject) or re.search(r"[与和同跟]", subject) or re.search(r"(?:期间|会上|当天|上午|下午)$",
                                                                               subject):
        return None
    return subject


def inline_zh(sentence: str) -> tuple[int, str, list[str]] | None:
    """An active opening that holds its items after its colon ("会上，A签署了以下文件：一是与B签署《X》；二是与C签署
    《Y》。", or the first item only where the page's sentences part at "；"): (where its colon ends, its signer, its
    items as `item_zh` writes them), or None unless every piece after the colon is such an item."""
    if not (signer := opening_zh(sentence)) or not (m := ACTIVE_ZH.search(sentence)):
        return None
    pieces = [p for p in re.split(r"[；;]", re.sub(r"[。.\s]+$", "", sentence[m.end():])) if p.strip()]
    items = [item_zh(signer, p) for p in pieces]
    if not items or not all(items):
        return None
    return m.end(), signer, items


def item_zh(signer: str, sentence: str) -> str | None:
    """An item "一是与B签署《…》；" as a numbered item with the opening's signer before its counterpart ("一、A与B签署
    《…》；", read by `listed_zh.list_item`), or None when it is no such item."""
    if not (m := ITEM_ZH.match(sentence)) or not re.search(SIGN_ZH, sentence):
        return None
    return "一、" + signer + sentence[m.end():]
