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

from dataclasses import replace

from scrapers import lazy_re as re

from scrapers.extract.agreements import EVENT_ANAPHORA
from scrapers.extract.dates import find_dates
from scrapers.extract.listing import ListGrammar, Listing, find_columns
from scrapers.extract.listing import follow as follow_listing
from scrapers.extract.signer_lists import inline_zh, item_zh, opening_zh

SIGN = r"(?:签署|签订|签约|签下|缔结|达成)"
# "论坛期间，三对中德友好城市签署合作文件：", "会上，双方签署了以下协议：", "签约项目如下："
INTRO = re.compile(rf"{SIGN}[^：:。；]{{0,30}}[：:]\s*$|{SIGN}[^：:。；]{{0,30}}[：:]\s*(?=一、|1[、.．])|{SIGN}[^。；]{{0,20}}(?:如下|以下)[^。；]{{0,10}}[：:]?\s*$")
# the time phrase of the opening: an event anaphor at its head ("论坛期间", "大会期间", "会上", "当天")
WHEN = re.compile(r"^[^，,：:]{0,20}?(?:论坛|大会|会议|峰会|博览会|活动|访问|访华|访美)期间|^会上|^当天|^同日|^仪式上|"
                  r"^[^，,：:]{0,20}?(?:论坛|大会|会议|峰会|博览会|推介会|洽谈会|签约仪式)现场")
# "此外，A分别与B、C和D签署…。" right after the items: one more signing of the same occasion
ALSO = re.compile(r"^\s*(?:此外|另外|同时|与此同时)[，,]\s*")
# a lede's bare day of the month ("18日，"), dated against the page by the readers of the clause it is put before
BARE_DAY = re.compile(r"^\s*([0-3]?\d日)(?:上午|下午|晚|晚间)?[，,]")
# an item written as a line of its own with no number: "甲方与乙方签署《…》" (a table-like list under the opening)
LINE = re.compile(rf"^[^，,。；：:《》]{{2,40}}?(?:与|和|同)[^，,。；：:《》]{{2,40}}?{SIGN}了?《[^》]{{2,40}}》\s*[；;]?\s*$")
# an item: "一、", "1.", "1、", "（一）", "(1)", "一是" then a clause
ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                  r"[一二三四五六七八九十]{1,2}是)\s*")

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
        return re.sub(r"现场$", "上", m.group())  # "论坛现场" reads as the anaphor "论坛上"
    if (m := EVENT_ANAPHORA.search(sentence)) and re.search(r"[\u4e00-\u9fff]", m.group()):
        return m.group()  # "开幕式上，…签约项目如下："
    days = [d for d in find_dates(sentence) if d.day is not None]
    if not days and (bare := BARE_DAY.match(sentence)):
        return bare.group(1)  # "18日，…推介会在南宁举行，现场签约项目21个。": the day of the month the lede opens with
    return sentence[days[0].start:days[0].end] if days else None


def list_item(listing: Listing, sentence: str) -> str | None:
    """A numbered item that says something was signed ("一、A与B签署《…》；") as its clause under the opening's time
    phrase, unless it names a time of its own."""
    item = ITEM.match(sentence) or LINE.match(sentence) or ALSO.match(sentence)
    if not item or not re.search(SIGN, sentence):
        return None
    body = re.sub(r"[；;，,。.\s]+$", "", sentence[0 if item.re is re.real(LINE) else item.end():])
    if listing.when and not _when(body):
        return f"{listing.when}，{body}。"
    return f"{body}。"


def opening_when(sentence: str, previous: str) -> str | None:
    """The opening's time phrase, or that of the sentence before it where that one says the signing happened
    ("论坛现场共签约12个项目，…。" + "部分签约项目如下：")."""
    return _when(sentence) or (_when(previous) if re.search(SIGN, previous) else None)


GRAMMAR = ListGrammar(INTRO, opening_when, _columns, _row, list_item, blank_rule=True)


def follow(listing: Listing | None, sentence: str, previous: str = "") -> tuple[Listing | None, str | None]:
    """Read one Chinese sentence in the light of an open numbered list of signings: the list state after it, and
    the clause to read in its place (None: read the sentence as it stands); `previous` is the sentence before. An
    active opening's signer ("会上，A签署了以下文件：") is put before its items ("一是与B签署…", signer_lists)."""
    if (inline := inline_zh(sentence)) is not None:  # "会上，A签署了以下文件：一是与B签署…；二是与C签署…。"
        opened = Listing(opening_when(sentence[:inline[0]], previous), signer=inline[1])
        return opened, "；".join(list_item(opened, i).rstrip("。") for i in inline[2]) + "。"
    if listing is not None and listing.signer and (item := item_zh(listing.signer, sentence)):
        return listing, list_item(listing, item)
    new, told = follow_listing(GRAMMAR, listing, sentence, previous)
    if new is not None and new is not listing and (signer := opening_zh(sentence)):
        new = replace(new, signer=signer)
    return new, told
