"""A page's modification stamp printed as its own line, with or without its date: "Date modified:" /
"2024-05-21" (government sites of the Canada.ca kind print it as a definition list under the body), "Last updated:
March 3, 2024", "Page last reviewed: 12 May 2024", and the same after the page number a Japanese municipal CMS prints
beside it ("Page ID 1000871 Last updated: November 27, 2019", ページ番号 ... 更新日 in English). It is the page's upkeep, not the article (and never its date:
scrapers/loose_dates.py takes no update stamp).
"""
from __future__ import annotations

from scrapers import lazy_re as re

_DATE = r"(?:\d{4}-\d{1,2}-\d{1,2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
STAMP = re.compile(rf"^\s*(?:page\s+(?:id|number)\s*[:：]?\s*\d+\s+)?(?:date\s+(?:modified|updated|last\s+(?:modified|updated))|(?:page\s+)?last\s+"
                   rf"(?:modified|updated|reviewed)|(?:page\s+)?(?:modified|updated)(?:\s+on)?)\s*[:：]?\s*(?:{_DATE})?\s*$",
                   re.I)


def stamp_line(line: str) -> bool:
    """Whether a text line is only a modification stamp ("Date modified:", "Last updated: March 3, 2024")."""
    return len(line) < 70 and ("odified" in line or "pdated" in line or "eviewed" in line) and \
        STAMP.match(line) is not None
