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

from scrapers import lazy_re as re

from scrapers.extract.dates import find_dates
from scrapers.extract.listing import ListGrammar, Listing, find_columns
from scrapers.extract.listing import follow as follow_listing
from scrapers.extract.signer_lists import item_en, opening_en

_INSTRUMENTS = r"(?:agreements|documents|deals|instruments|memoranda|memorandums|MOUs|MoUs|accords|contracts)"
# "Among the agreements signed at the State Capitol were:", "The following agreements were signed during the
# mission:", "Agreements signed on Tuesday included:"
INTRO = re.compile(
    rf"(?:\bAmong\s+the\s+(?:[\w-]+\s+){{0,2}}{_INSTRUMENTS}\s+(?:signed|inked|concluded)\b[^:]{{0,80}}\b(?:were|are)"
    rf"|\b(?:following|these)\s+(?:[\w-]+\s+){{0,2}}{_INSTRUMENTS}\s+(?:were|have\s+been)\s+(?:signed|inked|concluded)"
    rf"\b[^:]{{0,80}}"
    rf"|\b{_INSTRUMENTS}\s+(?:signed|inked)\b[^:]{{0,60}}\b(?:included|include))\s*:\s*$", re.I)
# an item: a noun phrase opening with an article (a bullet before it or not) that names an instrument and the two
# sides it is between
ITEM = re.compile(r"^(?:[•·▪◦*–-]\s*)?(?:an?|one)\s+(?:[\w-]+\s+){0,6}?(?:memorandum|MOU|MoU|agreement|letter\s+of\s+intent|"
                  r"declaration|accord|contract)\b[^.]*?\bbetween\s+\S", re.I)
WEEKDAY = re.compile(r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])")
COLUMNS = {"date": re.compile(r"\bdate\b|\bsigned\s+on\b|\bwhen\b", re.I),
           "parties": re.compile(r"\bpart(?:y|ies)\b|\bsignator(?:y|ies)\b|\bpartners?\b|\bsigned\s+by\b", re.I),
           "instrument": re.compile(r"\binstrument\b|\bagreement\b|\bdocument\b|\btitle\b", re.I)}


def day_phrase(*sentences: str) -> str | None:
    """The first day a sentence names ("on Wednesday", "on 3 April 2017"), as written."""
    if sentences and re.search(r"\btoday\b", sentences[0]):
        return "today"  # "The agreements signed today included:": the day of the release, not one the text before names
    for s in sentences:
        if m := WEEKDAY.search(s):
            return m.group() if m.group().startswith("on ") else "on " + m.group()
        for dm in find_dates(s):
            if dm.day is not None:
                return "on " + s[dm.start:dm.end]
    return None


def _columns(cells: list[str]) -> dict | None:
    """Which column of a header row holds the parties, the instrument and (if any) the date."""
    return find_columns(cells, COLUMNS, {"parties", "instrument"}, skip_taken=True)


def instrument_noun(phrase: str) -> str:
    """'Memorandum of understanding on ...' as a clause's object: 'a memorandum of understanding on ...'."""
    first = phrase.split(" ", 1)[0]
    if first[1:].islower():
        phrase = phrase[0].lower() + phrase[1:]
    return phrase if re.match(r"(?:an?|the)\s", phrase) else "a " + phrase


def _row(listing: Listing, cells: list[str]) -> str | None:
    """A table row as the clause it stands for: "On <date>, <parties> signed <instrument>."."""
    cols = listing.columns
    parties, instrument = cells[cols["parties"]], cells[cols["instrument"]]
    if not parties or not instrument:
        return None
    when = f"On {cells[cols['date']]}, " if "date" in cols and cells[cols["date"]] else ""
    return f"{when}{parties} signed {instrument_noun(instrument)}."


def _item(listing: Listing, sentence: str) -> str | None:
    """A list item ("a memorandum ... between A and B ...;") as "They signed <item> <day>."."""
    if not ITEM.match(sentence):
        return None
    item = re.sub(r"[\s;,.]+(?:and|or)?\s*$", "", re.sub(r"^[•·▪◦*–-]\s*", "", sentence))  # (its bullet dropped)
    return f"They signed {item}{' ' + listing.when if listing.when else ''}."


# "The agreements signed today included: a memorandum ... between A and B ...; an agreement between C and D ...; and
# a memorandum ... between E and F ...": the opening and its items in one sentence, the items set apart by semicolons
INLINE = re.compile(rf"^(?P<intro>.*?\b{_INSTRUMENTS}\s+(?:signed|inked|concluded)\b[^:;]{{0,80}}"
                    rf"\b(?:included|include|were|are)\s*:)\s+(?P<items>.+)$", re.I)


def inline_items(sentence: str) -> list[str] | None:
    """A sentence that opens a list of signings and holds its items, split into the opening (ending with ":") and
    one piece per item, as a bulleted list would be written; None when it is no such sentence (or fewer than two of
    its pieces are items)."""
    if ";" not in sentence or not (m := INLINE.match(sentence)):
        return None
    items = [re.sub(r"^(?:and|or)\s+", "", p.strip()) for p in m.group("items").split(";")]
    if len(items) < 2 or not all(ITEM.match(i) for i in items):
        return None
    return [m.group("intro"), *items]


GRAMMAR = ListGrammar(INTRO, day_phrase, _columns, _row, _item)


def follow(listing: Listing | None, sentence: str, previous: str = "") -> tuple[Listing | None, str | None]:
    """Read one sentence of a page in the light of an open list: the list state after it, and the clause to read in
    its place (None: read the sentence as it stands). An active opening ("A signed the following documents:") and
    its items ("1) Memorandum with B on ...;") are read by `signer_lists`."""
    if (frame := opening_en(sentence)) is not None:
        return Listing(day_phrase(sentence, previous), signer=frame), None
    if listing is not None and listing.signer and (item := item_en(listing.signer, sentence))[0]:
        return listing, item[1]
    return follow_listing(GRAMMAR, listing, sentence, previous)
