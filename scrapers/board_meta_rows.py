"""A board's post-information table written as a table row above the text: Korean and Japanese municipal CMSs print a
post as a board entry with a row "Date | 2023.04.26 | Views | 312 | Writer | International Relations Division"
(조회수, 작성자 in their English editions), which the text keeps as "| Date | … | Views | … | Writer | … |" and its
"|---|---|" rule. It is the board's furniture, not the article (the page's date is read from the page, not from here).
A row is such a table only where its label cells are all the board's own labels and two at least; a data table of the
article (its signatories, its figures) keeps its rows.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_LABEL = re.compile(r"(?:date|posted|posting\s+date|registration\s+date|updated|views|hits|read|writer|author|"
                    r"department|dept\.?|division|contact|tel|phone|attachments?|작성자|조회수?|등록일|담당부서|"
                    r"浏览次数|点击数|发布时间|来源|作者)\s*[:：]?", re.I)
_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")


def board_meta_row(line: str) -> bool:
    """Whether a text line is a board's post-information row ("| Date | 2023.04.26 | Views | 312 | Writer | … |"):
    label and value cells in turn, every label the board's own, two labels at least."""
    if not (line.startswith("|") and line.endswith("|")) or len(line) > 200:
        return False
    cells = [c.strip() for c in line.strip("|").split("|")]
    labels = cells[0::2]
    return len(cells) >= 4 and len(cells) % 2 == 0 and all(_LABEL.fullmatch(c) for c in labels)


def table_rule(line: str) -> bool:
    """Whether a text line is a table's "|---|---|" rule (dropped with the board row above it)."""
    return bool(_RULE.match(line.replace(" ", "")))
