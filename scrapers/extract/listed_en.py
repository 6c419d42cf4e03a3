"""Agreements an English page lists under a sentence that says they were signed: the items of a bullet list
("Among the agreements signed at the State Capitol were:" + "a memorandum of understanding between A and B on ...;")
and the rows of a table ("The following agreements were signed during the mission:" + | Date | Parties | Instrument |).

An item or a row names its parties and instrument but no verb; the sentence above it holds the signing. Each is
rewritten as the clause it stands for ("They signed a memorandum of understanding between A and B ... on Wednesday",
"On September 11, 2017, A and B signed a memorandum ..."), which the clause reader then reads like any other, so the
list's items get the same party, date and place rules. Nothing is read as a signing without such an opening
sentence: a list of what a memorandum covers, or a table of plans, stays what it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from scrapers.extract.dates import find_dates
from scrapers.prefilter import quick

_INSTRUMENTS = r"(?:agreements|documents|deals|instruments|memoranda|memorandums|MOUs|MoUs|accords|contracts)"
# "Among the agreements signed at the State Capitol were:", "The following agreements were signed during the
# mission:", "Agreements signed on Tuesday included:"
INTRO = re.compile(
    rf"(?:\bAmong\s+the\s+(?:[\w-]+\s+){{0,2}}{_INSTRUMENTS}\s+(?:signed|inked|concluded)\b[^:]{{0,80}}\b(?:were|are)"
    rf"|\b(?:following|these)\s+(?:[\w-]+\s+){{0,2}}{_INSTRUMENTS}\s+(?:were|have\s+been)\s+(?:signed|inked|concluded)"
    rf"\b[^:]{{0,80}}"
    rf"|\b{_INSTRUMENTS}\s+(?:signed|inked)\b[^:]{{0,60}}\b(?:included|include))\s*:\s*$", re.I)
# an item: a noun phrase opening with an article that names an instrument and the two sides it is between
ITEM = re.compile(r"^(?:an?|one)\s+(?:[\w-]+\s+){0,6}?(?:memorandum|MOU|MoU|agreement|letter\s+of\s+intent|"
                  r"declaration|accord|contract)\b[^.]*?\bbetween\s+\S", re.I)
ROW = re.compile(r"^\|(.+)\|\s*$")
RULE = re.compile(r":?-{2,}:?")
WEEKDAY = re.compile(r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])")
COLUMNS = {"date": re.compile(r"\bdate\b|\bsigned\s+on\b|\bwhen\b", re.I),
           "parties": re.compile(r"\bpart(?:y|ies)\b|\bsignator(?:y|ies)\b|\bpartners?\b|\bsigned\s+by\b", re.I),
           "instrument": re.compile(r"\binstrument\b|\bagreement\b|\bdocument\b|\btitle\b", re.I)}


@dataclass(frozen=True)
class Listing:
    """An open list of signed agreements: when its opening sentence (or the one before) says they were signed, and,
    for a table, which column holds what."""

    when: str | None
    columns: dict | None = None


def _day_phrase(*sentences: str) -> str | None:
    """The first day a sentence names ("on Wednesday", "on 3 April 2017"), as written."""
    for s in sentences:
        if m := WEEKDAY.search(s):
            return m.group() if m.group().startswith("on ") else "on " + m.group()
        for dm in find_dates(s):
            if dm.day is not None:
                return "on " + s[dm.start:dm.end]
    return None


def _columns(cells: list[str]) -> dict | None:
    cols = {}
    for key, rx in COLUMNS.items():
        at = next((i for i, c in enumerate(cells) if rx.search(c) and i not in cols.values()), None)
        if at is not None:
            cols[key] = at
    return cols if {"parties", "instrument"} <= cols.keys() else None


def _noun(phrase: str) -> str:
    """'Memorandum of understanding on ...' as a clause's object: 'a memorandum of understanding on ...'."""
    first = phrase.split(" ", 1)[0]
    if first[1:].islower():
        phrase = phrase[0].lower() + phrase[1:]
    return phrase if re.match(r"(?:an?|the)\s", phrase) else "a " + phrase


def follow(listing: Listing | None, sentence: str, previous: str = "") -> tuple[Listing | None, str | None]:
    """Read one sentence of a page in the light of an open list: the list state after it, and the clause to read in
    its place (None: read the sentence as it stands)."""
    if quick(INTRO).search(sentence):  # (most sentences hold none of its words)
        return Listing(_day_phrase(sentence, previous)), None
    if listing is None:
        return None, None
    row = ROW.match(sentence)
    if row:
        cells = [c.strip() for c in row.group(1).split("|")]
        if all(RULE.fullmatch(c) for c in cells):
            return listing, None
        if listing.columns is None:
            cols = _columns(cells)
            return (replace(listing, columns=cols) if cols else None), None
        cols = listing.columns
        if max(cols.values()) >= len(cells):
            return listing, None
        parties, instrument = cells[cols["parties"]], cells[cols["instrument"]]
        if not parties or not instrument:
            return listing, None
        when = f"On {cells[cols['date']]}, " if "date" in cols and cells[cols["date"]] else ""
        return listing, f"{when}{parties} signed {_noun(instrument)}."
    if ITEM.match(sentence):
        item = re.sub(r"[\s;,.]+(?:and|or)?\s*$", "", sentence)
        return listing, f"They signed {item}{' ' + listing.when if listing.when else ''}."
    return None, None
