"""A Chinese portal's rail of other items titled "<section>动态" ("成员城市动态", "部门动态", "区县动态"): a list of
links to other stories beside the article (docs/collective-pledges.md). Such a heading opens a block the tree stage
drops only where links make most of its text; unlike chrome.BLOCK_MARKERS it never cuts the text at a line (a
digest's "国际动态" section heading is the article's own).
"""
from __future__ import annotations

from scrapers import lazy_re as re

RAIL_HEADING = re.compile(r"^\s*[【\[]?\s*[\u4e00-\u9fff]{2,6}动态\s*[】\]]?\s*$")


def rail_heading(own: str) -> bool:
    """Whether an element's own text is a "<section>动态" rail heading."""
    return "动态" in own and bool(RAIL_HEADING.match(own))
