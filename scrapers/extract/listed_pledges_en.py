"""Targets an English page lists under a sentence that says they are targets: the items of a bullet list ("Participants
set out the national targets they will deliver this decade:" + "Japan: 46% below 2013 levels by 2030", "Canada — 40 to
45 per cent below 2005 levels by 2030", "Chile — phase out coal-fired power no later than 2040"), table-like lines
("Palau | 100% renewable electricity | 2032") and the rows of a table under a header (| Country | Target | Year |).

An item names its actor and its target but no verb; the sentence above it says what the items are. Each is rewritten
as the clause it stands for ("Japan will cut emissions 46% below 2013 levels by 2030", "Chile will phase out ...",
"Palau commits to 100% renewable electricity by 2032"), which the pledge reader then reads like any other sentence, so
items get the same kind, figure and actor rules. Nothing is read as a pledge without such an opening sentence, and an
item with no year stays what it is ("Mexico: an updated target to be presented at COP27").
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.listing import ListGrammar, Listing, find_columns
from scrapers.extract.listing import follow as follow_listing
from scrapers.extract.units_en import YEAR

# "the national targets they will deliver this decade:", "announced the following commitments:", "Climate targets
# announced at the conference, at a glance:": an opening that ends on its colon and says what the items are
INTRO = re.compile(r"\b(?:targets?|commitments?|pledges?|goals?|coal[- ]exit\s+dates?|phase-out\s+dates?)\b[^:]{0,80}:"
                   r"\s*$|\bat\s+a\s+glance\s*:\s*$", re.I)
# an item: a capitalised name of at most six words, a colon, a dash or a bar, then the target
ITEM = re.compile(r"^\s*(?:[-•*]\s+)?((?:The\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of|the|and|[A-Z][\w.'’&-]*)){0,5})\s*"
                  r"(?::|\s[—–-]\s|\s\|\s)\s*(.+?)\s*\.?\s*$")
# the target of a table-like line: "100% renewable electricity | 2032"
BARRED = re.compile(rf"^(.+?)\s+\|\s+(?:by\s+)?({YEAR})$")
PCT_CUT = re.compile(r"^(?:at\s+least\s+|between\s+)?\d+(?:\.\d+)?\s*(?:(?:to|and|-|–)\s*\d+(?:\.\d+)?\s*)?"
                     r"(?:percent|per\s+cent|%)\s+(?:below|under|from|compared|relative)\b", re.I)
# a target told with its verb: "phase out coal-fired power ...", "close its last coal power plant by 2035"
VERB = re.compile(r"^(?:phase|close|cut|reduce|halve|reach|achieve|end|exit|stop|retire|become|be|source|generate|"
                  r"use|ban|cap|limit|peak)\b", re.I)
COLUMNS = {"actor": re.compile(r"^(?:country|party|member|actor|government|city|state|province|economy|company)$", re.I),
           "target": re.compile(r"\b(?:target|commitment|pledge|goal)\b", re.I),
           "year": re.compile(r"\b(?:year|by|deadline|date)\b", re.I)}


def clause(actor: str, target: str) -> str | None:
    """The clause an item stands for, or None when its target has no year (no dated pledge)."""
    barred = BARRED.match(target)
    if barred:
        target = f"{barred.group(1)} by {barred.group(2)}"
    if "|" in target or not re.search(rf"\b{YEAR}\b", target):
        return None
    if PCT_CUT.match(target):
        return f"{actor} will cut emissions {target}."
    if VERB.match(target):
        return f"{actor} will {target[0].lower()}{target[1:]}."
    return f"{actor} commits to {target[0].lower()}{target[1:]}."


def _item(listing: Listing, sentence: str) -> str | None:
    m = ITEM.match(sentence)
    return clause(m.group(1), m.group(2)) if m else None


def _row(listing: Listing, cells: list[str]) -> str | None:
    cols = listing.columns or {}
    year = cells[cols["year"]] if "year" in cols else ""
    return clause(cells[cols["actor"]], f"{cells[cols['target']]} | {year}" if year else cells[cols["target"]])


GRAMMAR = ListGrammar(intro=INTRO, when=lambda opening, before: None,
                      columns=lambda cells: find_columns(cells, COLUMNS, {"actor", "target"}, skip_taken=True),
                      row=_row, item=_item)


def follow(listing: Listing | None, sentence: str, previous: str = "") -> tuple[Listing | None, str | None]:
    """Read one sentence of a page in the light of an open list of targets: the list state after it, and the clause to
    read in its place (None: read the sentence as it stands)."""
    return follow_listing(GRAMMAR, listing, sentence, previous)
