"""A page's publication stamp printed as its own line in the body: "Published: 10.06.2026", "Posted on 17/03/2026",
"Published 2026-03-17", "Date published: March 17, 2026". It is the page's byline, not article text (the page's date
is read from it elsewhere: scrapers/pagemeta.py, scrapers/bylines.py).
"""
from __future__ import annotations

from scrapers import lazy_re as re

_DATE = (r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|"
         r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})")
PUBLISHED = re.compile(rf"^\s*(?:(?:date\s+)?(?:first\s+)?(?:published|posted)(?:\s+on)?|publication\s+date)\s*[:：]?\s*"
                       rf"{_DATE}(?:\s*,?\s*\d{{1,2}}:\d\d(?:\s*[ap]\.?m\.?)?)?\s*$", re.I)


def published_line(line: str) -> bool:
    """Whether a text line is only a publication stamp ("Published: 10.06.2026")."""
    return len(line) < 50 and ("ublished" in line or "osted" in line or "ublication" in line) and \
        PUBLISHED.match(line) is not None
