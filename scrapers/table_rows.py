"""A table the main text writes cell by cell, each cell on a line of its own, written back as one line per row
("| 甲方 | 乙方 | 协议名称 |"), the way trafilatura writes a table it reads as one.

trafilatura falls back to its baseline on a page whose main text is short (under 250 characters: a short Chinese
results page with a table of signings), and the baseline writes every cell as a line of its own, so a row no longer
reads as a row. The page's data tables (every row as many cells, two at least, none empty or long) are taken from the
tree before extraction; where the text holds a table's cells line after line, in order, they become its rows. A page
whose text holds no such run is left as it is. Pure functions.
"""
from __future__ import annotations

from lxml.html import HtmlElement

MAX_CELL = 60  # a data cell is short: a name, a title, a figure


def data_tables(tree: HtmlElement) -> list[list[list[str]]]:
    """The page's data tables as rows of cell texts (a layout table, a nested one or one with empty or long cells
    is none)."""
    out = []
    for table in tree.iter("table"):
        if any(True for _ in table.iterdescendants("table")):
            continue
        rows = [[" ".join(c.text_content().split()) for c in tr if c.tag in ("td", "th")] for tr in table.iter("tr")]
        rows = [r for r in rows if r]
        if len(rows) < 2 or len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
            continue
        if all(c and len(c) <= MAX_CELL for r in rows for c in r):
            out.append(rows)
    return out


def rows_as_lines(text: str, tables: list[list[list[str]]]) -> str:
    """The text with each table whose cells it writes one per line, in order, written as one line per row."""
    if not tables or not text:
        return text
    lines = text.split("\n")
    stripped = [ln.strip() for ln in lines]
    for rows in tables:
        cells = [c for r in rows for c in r]
        n = len(cells)
        at = next((i for i in range(len(stripped) - n + 1) if stripped[i] == cells[0] and stripped[i:i + n] == cells),
                  None)
        if at is None:
            continue
        width = len(rows[0])
        written = ["| " + " | ".join(r) + " |" for r in rows]
        written.insert(1, "|" + "---|" * width)  # the rule under the header, as trafilatura writes it
        lines[at:at + n] = written
        stripped[at:at + n] = written
    return "\n".join(lines)
