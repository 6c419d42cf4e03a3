"""Signings a results page lists under a heading or a caption rather than a sentence that ends with a colon: more
openings and item forms for the list readers of `listed_en` and `listed_zh` (docs/signing-lists.md).

English: a heading or table caption that names what was signed ("Agreements signed at the roundtable:", "Agreements
signed at the 2024 Forum", "Agreements signed on June 5:") opens a list, and so does "They are listed below." after
a sentence that says documents were signed (its day is the list's). An item may name its parties before a colon and
its instrument after it ("Little Rock and Zhuzhou: sister-city memorandum of understanding on ...", "• A and B: MOU
on ..."); it is read as "A and B signed a sister-city memorandum ... on June 5 at the event.". An item may also be a
whole clause with its own verb ("The agreements signed include:" + "- A and B signed a memorandum ... on ...;"): it
takes the opening's time phrase where it names no day of its own. A table row with no
date column is given the opening's time phrase too. A results page lists what was signed at its gathering: "at the
event" (an anaphor the date and place rules read as the story's gathering) gives each item that gathering's city, and
its day where the heading names none.

Chinese: a table may name its two sides in columns of their own (| 甲方 | 乙方 | 协议名称 |); its rows are read as
"A与B签署《…》。" under the opening's time phrase. An opening may hold its first item, numbered in brackets
("签约项目如下：（一）A与B签署…；", "此次签约的项目主要有：一是A与B签署…；二是…"), and the bare day the sentence before it opens with ("15日下午，峰会举行…签约仪式。")
is put before its anaphor.

Both: a caption between the opening and its table ("签约项目一览") keeps the list open. Nothing opens a list but a
heading that names signed instruments, so a table of projects with their investment, a list of delegations or a
review box of a previous edition's signings ("Forum review: signed at the 2023 Forum", "往届回顾：…签约项目") stays
what it is.
"""
from __future__ import annotations

from scrapers import lazy_re as re

import scrapers.extract.listed_en as listed_en
import scrapers.extract.listed_zh as listed_zh
from scrapers.extract.listing import ROW, Listing, RULE
from scrapers.extract.pair_lists import clause_items
from scrapers.extract.signer_lists import inline_zh

_INSTRUMENTS = (r"(?:agreements|documents|deals|instruments|memoranda|memorandums|MOUs|MoUs|accords|contracts|"
                r"signings)")
# a heading or caption: "Agreements signed at the roundtable:", "Cooperation documents signed at the 2024 Forum"
HEADING = re.compile(rf"^(?:[\w-]+\s+){{0,2}}?{_INSTRUMENTS}\s+(?:signed|inked|concluded)\b[^.;:!?]{{0,80}}:?\s*$|"
                     # a sentence that ends on its colon: "Three agreements were signed during the visit:", "The
                     # following agreements were signed on Monday:"
                     rf"^(?:[\w-]+\s+){{0,2}}?{_INSTRUMENTS}\s+(?:were|have\s+been)\s+(?:signed|inked|concluded)\b"
                     rf"[^.;:!?]{{0,80}}:\s*$", re.I)
# "They are listed below.", "The documents are as follows:" after a sentence that says they were signed
BELOW = re.compile(r"^(?:They|These|The\s+\w+)\s+(?:are|were)\s+(?:listed|set\s+out|shown)\s+(?:below|in\s+the\s+"
                   r"table\s+below)\s*[.:]?\s*$|"
                   r"^(?:They|These|The\s+\w+)\s+(?:are|were)\s+as\s+follows\s*[.:]\s*$", re.I)
SIGNED = re.compile(rf"\b{_INSTRUMENTS}\s+(?:were|have\s+been)\s+(?:signed|inked|concluded)\b", re.I)
# an item: "<A> and <B>: <instrument> ..." (a bullet before it or not)
PAIR_ITEM = re.compile(r"^(?:[•·▪◦*–-]\s*)?(?P<parties>[A-Z][^:;.]{1,120}?\s(?:and|&)\s[A-Z][^:;.]{1,120}?)\s*[:：]\s+"
                       r"(?P<inst>(?:[\w-]+\s+){0,3}?(?:memorandum|MOU|MoU|agreement|letter\s+of\s+intent|declaration|"
                       r"accord|contract|joint\s+statement|partnership)\b.*)$")
# an item told as a whole clause, its own verb in it: "- A and B signed a memorandum of understanding on ...;" (an
# expo's "The agreements signed include:" list); read with the opening's time phrase unless it names a day of its own
CLAUSE_ITEM = re.compile(r"^(?:[•·▪◦*–-]\s*)?(?P<clause>(?:the\s+)?[A-Z][^:;]{1,200}?\s(?:signed|inked)\s+(?:an?|the)\s+"
                         r"(?:[\w-]+\s+){0,4}?(?:memorandum|MOU|MoU|agreement|letter\s+of\s+intent|declaration|accord|"
                         r"contract)\b[^;]*?)[\s;,.]*(?:\band\s*)?$")
CAPTION_ZH = re.compile(r"^[^。；;：:，,|]{2,20}$")
CAPTION_EN = re.compile(r"^[A-Z][^.;!?|]{2,80}$")
# a table that names its two sides in columns of their own: | 甲方 | 乙方 | 协议名称 |
SIDE_A = re.compile(r"^(?:甲方|签约甲方|甲方单位)$")
SIDE_B = re.compile(r"^(?:乙方|签约乙方|乙方单位)$")
# "签约项目如下：（一）A与B签署…；": an opening whose first item, numbered in brackets, follows its colon
# (or by "一是": "此次签约的项目主要有：一是A与B签署…；" "二是…")
INLINE_ZH = re.compile(rf"{listed_zh.SIGN}[^：:。；]{{0,30}}[：:]\s*(?=[（(][一二三四五六七八九十\d]{{1,2}}[）)]|一是)")
INSTRUMENT_ZH = re.compile(r"协议(?:名称)?$|(?:签约|合作)?项目(?:名称)?$|文件(?:名称)?$|签约内容")


def _en_opening(listing: Listing | None, sentence: str, previous: str) -> Listing | None:
    """A heading, a caption or "They are listed below." that opens a list of signings (None: it opens none)."""
    if "signed" in sentence or "inked" in sentence or "concluded" in sentence:
        if len(sentence) <= 120 and HEADING.match(sentence):
            day = listed_en.day_phrase(sentence, previous)
            if day is None and listing is not None and listing.when:
                return Listing(listing.when)  # "They are listed below." + a caption: the day said before both
            return Listing(_at_event(day))
    if ("below" in sentence or "follows" in sentence) and BELOW.match(sentence) and SIGNED.search(previous):
        return Listing(_at_event(listed_en.day_phrase(previous)))
    return None


def _at_event(day: str | None) -> str:
    """The time phrase of a results page's list: its day, and the page's gathering as where its items were signed
    ("at the event", an anaphor the event and place rules read as the story's gathering)."""
    return f"{day} at the event" if day else "at the event"


def follow_en(listing: Listing | None, sentence: str, previous: str = "") -> tuple[Listing | None, str | None]:
    """`listed_en.follow` with headings, captions and "A and B: <instrument>" items (module docstring)."""
    if (opened := _en_opening(listing, sentence, previous)) is not None:
        return opened, None
    new, told = listed_en.follow(listing, sentence, previous)
    if listing is None:
        return new, told
    if told is None and new is None:
        if (m := PAIR_ITEM.match(sentence)) is not None:
            inst = re.sub(r"[\s;,.]+$", "", m.group("inst"))
            when = f" {listing.when}" if listing.when else ""
            return listing, f"{m.group('parties')} signed {listed_en.instrument_noun(inst)}{when}."
        if (m := CLAUSE_ITEM.match(sentence)) is not None:
            clause = m.group("clause")
            own_day = listed_en.day_phrase(clause)
            return listing, f"{clause}{' ' + listing.when if listing.when and not own_day else ''}."
        if (clauses := clause_items(sentence, CLAUSE_ITEM)) is not None:  # "...; and C and D signed ..." (pair_lists)
            return listing, "; and ".join(c + (f" {listing.when}" if listing.when and not listed_en.day_phrase(c)
                                                else "") for c in clauses) + "."
        if listing.columns is None and CAPTION_EN.match(sentence) and not ROW.match(sentence):
            return listing, None  # a caption between the opening and its table
        return None, None
    if told and new and new.columns and "date" not in new.columns and listing.when and ROW.match(sentence):
        return new, f"{told[:-1]} {listing.when}."  # a row of a table with no date column: the opening's day
    return new, told


def _zh_sides(listing: Listing, cells: list[str]) -> tuple[Listing | None, str | None] | None:
    """A 甲方 | 乙方 | 协议名称 header or one of its rows (None: the row is no such table's)."""
    if listing.columns is None:
        a = next((i for i, c in enumerate(cells) if SIDE_A.match(c)), None)
        b = next((i for i, c in enumerate(cells) if SIDE_B.match(c)), None)
        k = next((i for i, c in enumerate(cells) if INSTRUMENT_ZH.search(c)), None)
        if a is None or b is None or k is None:
            return None
        return Listing(listing.when, {"side_a": a, "side_b": b, "instrument": k}), None
    cols = listing.columns
    if "side_a" not in cols:
        return None
    if all(RULE.fullmatch(c) or not c for c in cells) or max(cols.values()) >= len(cells):
        return listing, None
    a, b, inst = (cells[cols[k]].strip() for k in ("side_a", "side_b", "instrument"))
    if not (a and b and inst):
        return listing, None
    if not listed_zh.INSTRUMENT.search(inst):
        inst += "合作协议"
    return listing, f"{listing.when + '，' if listing.when else ''}{a}与{b}签署{inst}。"


def _zh_when(sentence: str, previous: str) -> str | None:
    """The opening's time phrase (`listed_zh`), with the bare day of the month the sentence before it opens with put
    before an anaphor ("15日下午，峰会举行…签约仪式。" + "签约项目如下：": "15日，签约仪式")."""
    when = listed_zh.opening_when(sentence, previous)
    if when and "日" not in when and (bare := listed_zh.BARE_DAY.match(previous)):
        return f"{bare.group(1)}，{when}"
    return when


def follow_zh(listing: Listing | None, sentence: str, previous: str = "") -> tuple[Listing | None, str | None]:
    """`listed_zh.follow` with 甲方 | 乙方 tables, a caption before the table and an inline opening whose items are
    numbered in brackets (module docstring)."""
    if ("（" in sentence or "(" in sentence) and ("：" in sentence or ":" in sentence):
        if (m := INLINE_ZH.search(sentence)) is not None and inline_zh(sentence) is None:  # (signer_lists: its own)
            opened = Listing(_zh_when(sentence[:m.end()], previous))
            return opened, listed_zh.list_item(opened, sentence[m.end():])
    if listing is not None and (row := ROW.match(sentence)):
        read = _zh_sides(listing, [c.strip() for c in row.group(1).split("|")])
        if read is not None:
            return read
    new, told = listed_zh.follow(listing, sentence, previous)
    if listing is not None and new is None and told is None and listing.columns is None \
            and CAPTION_ZH.match(sentence) and not listed_zh.ITEM.match(sentence):
        return listing, None  # "签约项目一览": a caption between the opening and its table
    return new, told
