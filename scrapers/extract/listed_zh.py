"""Signings a Chinese page numbers under a sentence that says they were signed ("论坛期间，三对中德友好城市签署合作
文件：" + "一、上海市与汉堡市签署《…》；" "二、…"), the Chinese counterpart of `listed_en`.

An item names its parties and instrument but not when or at what: the opening sentence does ("论坛期间", "会上",
"10月16日"). Each item is read as the clause it stands for, with the opening's time phrase put before it
("论坛期间，上海市与汉堡市签署《…》。"), so the event anaphora and date rules give it the day the opening has. An item
only stands for a signing when an opening sentence that ends with a colon and says something was signed comes
before it: a numbered list of a plan's tasks stays what it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from scrapers.extract.dates import find_dates

SIGN = r"(?:签署|签订|签约|签下|缔结|达成)"
# "论坛期间，三对中德友好城市签署合作文件：", "会上，双方签署了以下协议：", "签约项目如下："
INTRO = re.compile(rf"{SIGN}[^：:。；]{{0,30}}[：:]\s*$|{SIGN}[^。；]{{0,20}}(?:如下|以下)[^。；]{{0,10}}[：:]?\s*$")
# the time phrase of the opening: an event anaphor at its head ("论坛期间", "大会期间", "会上", "当天")
WHEN = re.compile(r"^[^，,：:]{0,20}?(?:论坛|大会|会议|峰会|博览会|活动|访问|访华|访美)期间|^会上|^当天|^同日|^仪式上")
# an item: "一、", "1.", "1、", "（一）", "(1)" then a clause
ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*")


@dataclass(frozen=True)
class Listing:
    """An open numbered list of signings: the time phrase its opening sentence gives them (or None)."""

    when: str | None


def _when(sentence: str) -> str | None:
    """The opening's time phrase as written: an event anaphor ("论坛期间") or a day ("10月16日")."""
    if m := WHEN.search(sentence):
        return m.group()
    days = [d for d in find_dates(sentence) if d.day is not None]
    return sentence[days[0].start:days[0].end] if days else None


def follow(listing: Listing | None, sentence: str) -> tuple[Listing | None, str | None]:
    """Read one Chinese sentence in the light of an open numbered list of signings: the list state after it, and
    the clause to read in its place (None: read the sentence as it stands)."""
    if INTRO.search(sentence):
        return Listing(_when(sentence)), None
    if listing is None:
        return None, None
    item = ITEM.match(sentence)
    if not item or not re.search(SIGN, sentence):
        return None, None
    body = re.sub(r"[；;，,。.\s]+$", "", sentence[item.end():])
    if listing.when and not _when(body):
        return listing, f"{listing.when}，{body}。"
    return listing, f"{body}。"
