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

from scrapers.extract.agreements import EVENT_ANAPHORA
from scrapers.extract.dates import find_dates
from scrapers.extract.listing import ListGrammar, Listing, find_columns
from scrapers.extract.listing import follow as follow_listing

SIGN = r"(?:签署|签订|签约|签下|缔结|达成)"
# "论坛期间，三对中德友好城市签署合作文件：", "会上，双方签署了以下协议：", "签约项目如下："
INTRO = re.compile(rf"{SIGN}[^：:。；]{{0,30}}[：:]\s*$|{SIGN}[^。；]{{0,20}}(?:如下|以下)[^。；]{{0,10}}[：:]?\s*$")
# the time phrase of the opening: an event anaphor at its head ("论坛期间", "大会期间", "会上", "当天")
WHEN = re.compile(r"^[^，,：:]{0,20}?(?:论坛|大会|会议|峰会|博览会|活动|访问|访华|访美)期间|^会上|^当天|^同日|^仪式上")
# an item: "一、", "1.", "1、", "（一）", "(1)" then a clause
ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*")

COLUMNS = {"parties": re.compile(r"签约(?:单位|双方|各方|主体|方)|合作(?:单位|双方|方)|签署(?:单位|方)"),
           "instrument": re.compile(r"(?:签约|合作)?项目(?:名称)?$|协议(?:名称)?$|文件(?:名称)?$|签约内容|合作内容")}
INSTRUMENT = re.compile(r"协议|备忘录|意向书|合同|协定|框架")


def _columns(cells: list[str]) -> dict | None:
    """Which column of a header row holds the parties and which the instrument."""
    return find_columns(cells, COLUMNS, set(COLUMNS), skip_taken=False)


def _row(listing: Listing, cells: list[str]) -> str | None:
    """A table row as the clause it stands for: "A与B签署《…》。" under the opening's time phrase."""
    parties = re.sub(r"\s*[、，,/；;]\s*|\s+(?=\S)", "与", cells[listing.columns["parties"]].strip())
    instrument = cells[listing.columns["instrument"]].strip()
    if "与" not in parties or not instrument:
        return None
    if not INSTRUMENT.search(instrument):
        instrument += "合作协议"
    return f"{listing.when + '，' if listing.when else ''}{parties}签署{instrument}。"


def _when(sentence: str) -> str | None:
    """The opening's time phrase as written: an event anaphor ("论坛期间") or a day ("10月16日")."""
    if m := WHEN.search(sentence):
        return m.group()
    if (m := EVENT_ANAPHORA.search(sentence)) and re.search(r"[\u4e00-\u9fff]", m.group()):
        return m.group()  # "开幕式上，…签约项目如下："
    days = [d for d in find_dates(sentence) if d.day is not None]
    return sentence[days[0].start:days[0].end] if days else None


def _item(listing: Listing, sentence: str) -> str | None:
    """A numbered item that says something was signed ("一、A与B签署《…》；") as its clause under the opening's time
    phrase, unless it names a time of its own."""
    item = ITEM.match(sentence)
    if not item or not re.search(SIGN, sentence):
        return None
    body = re.sub(r"[；;，,。.\s]+$", "", sentence[item.end():])
    if listing.when and not _when(body):
        return f"{listing.when}，{body}。"
    return f"{body}。"


GRAMMAR = ListGrammar(INTRO, lambda sentence, previous: _when(sentence), _columns, _row, _item, blank_rule=True)


def follow(listing: Listing | None, sentence: str) -> tuple[Listing | None, str | None]:
    """Read one Chinese sentence in the light of an open numbered list of signings: the list state after it, and
    the clause to read in its place (None: read the sentence as it stands)."""
    return follow_listing(GRAMMAR, listing, sentence)
