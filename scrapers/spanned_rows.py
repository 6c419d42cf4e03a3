"""A table with a merged cell (`rowspan`: one base year for two cities) written back as one whole line per row.

trafilatura writes a table whose rows have fewer cells than its header (the rows under a merged cell) cell by cell,
one line each, and drops cells it has seen before (a figure, a year), so "| Guelph | 35 | 2010 | 2035 |" comes out as
"Guelph" and "2035" and the row no longer says what it says. The page's tables with a merged cell are read from the
tree before extraction, each merged cell's text copied into every row it spans; where the text holds the table's
header (as a line "| a | b |" or one cell per line), the lines after it that hold nothing but the table's cells are
written back as its rows, one line each ("| a | b |", as trafilatura writes a table it reads whole). Pure functions.
"""
from __future__ import annotations

from lxml.html import HtmlElement

MAX_CELL = 60  # a data cell is short: a name, a figure, a year
MAX_SPAN = 50


def _span(cell: HtmlElement) -> int:
    try:
        return max(1, min(int(cell.get("rowspan") or 1), MAX_SPAN))
    except ValueError:
        return 1


def _grid(table: HtmlElement) -> list[list[str]]:
    """The table's rows of cell texts, a merged cell's text in each row it spans."""
    grid: list[list[str]] = []
    carry: dict[int, tuple[str, int]] = {}  # column -> (text, rows it still spans)
    for tr in table.iter("tr"):
        row: list[str] = []
        tds = iter([c for c in tr if c.tag in ("td", "th")])
        while True:
            if (col := len(row)) in carry:
                text, left = carry.pop(col)
                if left > 1:
                    carry[col] = (text, left - 1)
                row.append(text)
                continue
            cell = next(tds, None)
            if cell is None:
                break
            text = " ".join(cell.text_content().split())
            if _span(cell) > 1:
                carry[col] = (text, _span(cell) - 1)
            row.append(text)
        if row:
            grid.append(row)
    return grid


def spanned_tables(tree: HtmlElement) -> list[list[list[str]]]:
    """The page's data tables with a merged cell, as full rows of cell texts (header first); a table with a merged
    column (colspan), a nested table, rows of unequal width or a long cell is none."""
    out = []
    for table in tree.iter("table"):
        cells = [c for c in table.iter("td", "th")]
        if not any(c.get("rowspan") for c in cells) or any(c.get("colspan") for c in cells) \
                or any(True for _ in table.iterdescendants("table")):
            continue
        grid = _grid(table)
        if len(grid) >= 2 and len(grid[0]) >= 2 and len({len(r) for r in grid}) == 1 \
                and all(len(c) <= MAX_CELL for r in grid for c in r):
            out.append(grid)
    return out


def _line(row: list[str]) -> str:
    return "| " + " | ".join(row) + " |"


def _header_at(stripped: list[str], head: list[str]) -> tuple[int, int] | None:
    """(first line, line after) of the table's header in the text: one line "| a | b |" or a cell per line."""
    written = _line(head)
    for i, ln in enumerate(stripped):
        if ln == written:
            return i, i + 1
        if ln == head[0] and stripped[i:i + len(head)] == head:
            return i, i + len(head)
    return None


def spanned_rows_as_lines(text: str, tables: list[list[list[str]]]) -> str:
    """The text with each table's header and the cell lines after it written as one line per row."""
    if not tables or not text:
        return text
    lines = text.split("\n")
    for grid in tables:
        stripped = [ln.strip() for ln in lines]
        at = _header_at(stripped, grid[0])
        if at is None:
            continue
        known = {c for r in grid for c in r}
        end = at[1]
        while end < len(stripped):
            ln = stripped[end]
            if ln.startswith("|") and all(c.strip() in known or set(c.strip()) <= set("-: ")
                                          for c in ln.strip("|").split("|")):
                end += 1
            elif ln in known:
                end += 1
            else:
                break
        if end == at[1]:
            continue
        written = [_line(r) for r in grid]
        written.insert(1, "|" + "---|" * len(grid[0]))
        lines[at[0]:end] = written
    return "\n".join(lines)
