"""What the English and Chinese readers of listed signings (`listed_en`, `listed_zh`) share: the state of an open
list or table of signings, the reading of a table row (a rule row, a header that says which column holds what, a
data row), and the walk from sentence to sentence that carries the opening's date or event into the items.

Each language gives its own patterns (`ListGrammar`): how an opening sentence reads, the time phrase it holds, what
a header cell says, and how an item or a row is written as the clause it stands for.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from collections.abc import Callable
from dataclasses import dataclass, replace

from scrapers.prefilter import quick

ROW = re.compile(r"^\|(.+)\|\s*$")  # a table row as the page reader writes it: "| a | b |"
RULE = re.compile(r":?-{2,}:?")  # a cell of the row under a header: "---", ":--:"


@dataclass(frozen=True)
class Listing:
    """An open list or table of signings: the time phrase its opening sentence (or the one before) gives them,
    for a table, which column holds what, and who signs them where the opening says so (signer_lists)."""

    when: str | None
    columns: dict | None = None
    signer: str | None = None  # an active opening's signer (signer_lists): an English frame, a Chinese subject


@dataclass(frozen=True)
class ListGrammar:
    """One language's way of opening and writing a list or table of signings."""

    intro: re.Pattern  # an opening sentence: it says the items below were signed
    when: Callable[[str, str], str | None]  # (opening, the sentence before it) -> its time phrase as written
    columns: Callable[[list[str]], dict | None]  # a header row's cells -> which column holds what (None: no table)
    row: Callable[[Listing, list[str]], str | None]  # a data row's cells -> the clause it stands for
    item: Callable[[Listing, str], str | None]  # another sentence -> the clause it stands for (None: the list ends)
    blank_rule: bool = False  # an empty cell counts as a rule cell (a row of them is not a header)


def find_columns(cells: list[str], patterns: dict[str, re.Pattern], required: set[str], *,
                 skip_taken: bool) -> dict | None:
    """Which cell of a header row each column pattern names (key -> index), or None unless every required column is
    found, each in a cell of its own. With `skip_taken` a column takes the first cell no earlier column took;
    without it, the first cell its pattern finds (a cell two columns claim refuses the header)."""
    cols: dict[str, int] = {}
    for key, rx in patterns.items():
        taken = cols.values() if skip_taken else ()
        at = next((i for i, c in enumerate(cells) if rx.search(c) and i not in taken), None)
        if at is not None:
            cols[key] = at
    if not required <= cols.keys() or len(set(cols.values())) < len(cols):
        return None
    return cols


def _table_row(grammar: ListGrammar, listing: Listing, cells: list[str]) -> tuple[Listing | None, str | None]:
    """A table row under an open listing: a rule row keeps it, the first other row must be a header (or the listing
    ends), and a data row long enough for its columns is read as the clause the language writes for it."""
    if all(RULE.fullmatch(c) or (grammar.blank_rule and not c) for c in cells):
        return listing, None
    if listing.columns is None:
        cols = grammar.columns(cells)
        return (replace(listing, columns=cols) if cols else None), None
    if max(listing.columns.values()) >= len(cells):
        return listing, None
    return listing, grammar.row(listing, cells)


def follow(grammar: ListGrammar, listing: Listing | None, sentence: str,
           previous: str = "") -> tuple[Listing | None, str | None]:
    """Read one sentence of a page in the light of an open list: the list state after it, and the clause to read in
    its place (None: read the sentence as it stands). An opening sentence opens a list; a table row or an item
    keeps it open; any other sentence closes it."""
    if quick(grammar.intro).search(sentence):  # (most sentences hold none of its words)
        return Listing(grammar.when(sentence, previous)), None
    if listing is None:
        return None, None
    if row := ROW.match(sentence):
        return _table_row(grammar, listing, [c.strip() for c in row.group(1).split("|")])
    clause = grammar.item(listing, sentence)
    return (listing, clause) if clause else (None, None)
