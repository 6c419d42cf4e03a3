"""Signings a Chinese page numbers under a sentence that says they were signed ("论坛期间，三对中德友好城市签署合作
文件：" + "一、上海市与汉堡市签署《…》；" "二、…"), the Chinese counterpart of `listed_en`.

An item names its parties and instrument but not when or at what: the opening sentence does ("论坛期间", "会上",
"10月16日"). Each item is read as the clause it stands for, with the opening's time phrase put before it
("论坛期间，上海市与汉堡市签署《…》。"), so the event anaphora and date rules give it the day the opening has. An item
only stands for a signing when an opening sentence that ends with a colon and says something was signed comes
before it: a numbered list of a plan's tasks stays what it is.

A table of signings under such a sentence ("| 序号 | 签约项目 | 签约单位 | 投资额（亿元） |") is read row by row the same
way: "签约单位" holds the parties, "签约项目" what they signed. A project signed by named parties is an agreement they
signed, whatever its sum: a row whose project names no instrument is read as that project's agreement (合作协议).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from scrapers.extract.agreements import EVENT_ANAPHORA
from scrapers.extract.dates import find_dates
from scrapers.prefilter import quick

SIGN = r"(?:签署|签订|签约|签下|缔结|达成)"
# "论坛期间，三对中德友好城市签署合作文件：", "会上，双方签署了以下协议：", "签约项目如下："
INTRO = re.compile(rf"{SIGN}[^：:。；]{{0,30}}[：:]\s*$|{SIGN}[^。；]{{0,20}}(?:如下|以下)[^。；]{{0,10}}[：:]?\s*$")
# the time phrase of the opening: an event anaphor at its head ("论坛期间", "大会期间", "会上", "当天")
WHEN = re.compile(r"^[^，,：:]{0,20}?(?:论坛|大会|会议|峰会|博览会|活动|访问|访华|访美)期间|^会上|^当天|^同日|^仪式上")
# an item: "一、", "1.", "1、", "（一）", "(1)" then a clause
ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*")

ROW = re.compile(r"^\|(.+)\|\s*$")
RULE = re.compile(r":?-{2,}:?")
COLUMNS = {"parties": re.compile(r"签约(?:单位|双方|各方|主体|方)|合作(?:单位|双方|方)|签署(?:单位|方)"),
           "instrument": re.compile(r"(?:签约|合作)?项目(?:名称)?$|协议(?:名称)?$|文件(?:名称)?$|签约内容|合作内容")}
INSTRUMENT = re.compile(r"协议|备忘录|意向书|合同|协定|框架")


@dataclass(frozen=True)
class Listing:
    """An open numbered list or table of signings: the time phrase its opening sentence gives them (or None), and,
    for a table, which column holds the parties and which the instrument."""

    when: str | None
    columns: dict | None = None


def _columns(cells: list[str]) -> dict | None:
    cols = {key: next((i for i, c in enumerate(cells) if rx.search(c)), None) for key, rx in COLUMNS.items()}
    return cols if None not in cols.values() and cols["parties"] != cols["instrument"] else None


def _row(listing: Listing, cells: list[str]) -> tuple[Listing | None, str | None]:
    """A table row as the clause it stands for: "A与B签署《…》。" under the opening's time phrase."""
    if all(RULE.fullmatch(c) or not c for c in cells):
        return listing, None
    if listing.columns is None:
        cols = _columns(cells)
        return (replace(listing, columns=cols) if cols else None), None
    if max(listing.columns.values()) >= len(cells):
        return listing, None
    parties = re.sub(r"\s*[、，,/；;]\s*|\s+(?=\S)", "与", cells[listing.columns["parties"]].strip())
    instrument = cells[listing.columns["instrument"]].strip()
    if "与" not in parties or not instrument:
        return listing, None
    if not INSTRUMENT.search(instrument):
        instrument += "合作协议"
    return listing, f"{listing.when + '，' if listing.when else ''}{parties}签署{instrument}。"


def _when(sentence: str) -> str | None:
    """The opening's time phrase as written: an event anaphor ("论坛期间") or a day ("10月16日")."""
    if m := WHEN.search(sentence):
        return m.group()
    if (m := EVENT_ANAPHORA.search(sentence)) and re.search(r"[\u4e00-\u9fff]", m.group()):
        return m.group()  # "开幕式上，…签约项目如下："
    days = [d for d in find_dates(sentence) if d.day is not None]
    return sentence[days[0].start:days[0].end] if days else None


def follow(listing: Listing | None, sentence: str) -> tuple[Listing | None, str | None]:
    """Read one Chinese sentence in the light of an open numbered list of signings: the list state after it, and
    the clause to read in its place (None: read the sentence as it stands)."""
    if quick(INTRO).search(sentence):  # (most sentences hold none of its words)
        return Listing(_when(sentence)), None
    if listing is None:
        return None, None
    if row := ROW.match(sentence):
        return _row(listing, [c.strip() for c in row.group(1).split("|")])
    item = ITEM.match(sentence)
    if not item or not re.search(SIGN, sentence):
        return None, None
    body = re.sub(r"[；;，,。.\s]+$", "", sentence[item.end():])
    if listing.when and not _when(body):
        return listing, f"{listing.when}，{body}。"
    return listing, f"{body}。"
