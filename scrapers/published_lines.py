"""A page's publication stamp printed as its own line in the body: "Published: 10.06.2026", "Posted on 17/03/2026",
"Published 2026-03-17", "Date published: March 17, 2026", "Released: Monday, July 14, 2014" (a news office's),
"發佈日期：2024/09/23". It is the page's byline, not article text (the page's date
is read from it elsewhere: scrapers/pagemeta.py, scrapers/bylines.py).
"""
from __future__ import annotations

from scrapers import lazy_re as re

_DATE = (r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|"
         r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})")
# a news office's release stamp names the weekday first: "Released: Monday, July 14, 2014"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
PUBLISHED = re.compile(rf"^\s*(?:(?:date\s+)?(?:first\s+)?(?:published|posted|released)(?:\s+on)?|"
                       rf"(?:publication|release)\s+date)\s*[:：]?\s*{_WEEKDAY}{_DATE}"
                       rf"(?:\s*,?\s*(?:klo\s+)?\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*$", re.I)
# ("Published 20.5.2025 11.30": a Nordic time, its hour and minutes parted by a full stop)
# the stamp's label left alone on its line, its date given in a <time> element the reader dropped: "Published"
LABEL_ONLY = re.compile(r"^\s*(?:(?:first\s+)?published|posted)(?:\s+on)?\s*[:：]?\s*$", re.I)


# the same in Chinese: "發佈日期：2024/09/23", "发布时间：2024年9月23日 10:30", "更新日期：2024-09-23"
PUBLISHED_ZH = re.compile(r"^\s*(?:(?:发布|發佈|發布|发稿|發稿|更新|刊发|刊發)(?:日期|时间|時間)|日期|时间|時間)\s*[:：]\s*"
                          r"(?:(?:19|20)\d\d\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))"
                          r"(?:\s*\d{1,2}:\d\d(?::\d\d)?)?\s*$")


def published_line(line: str) -> bool:
    """Whether a text line is only a publication stamp ("Published: 10.06.2026", "發佈日期：2024/09/23")."""
    if len(line) >= 50:
        return False
    if "ublished" in line or "osted" in line or "ublication" in line or "elease" in line:
        return PUBLISHED.match(line) is not None or LABEL_ONLY.match(line) is not None
    return ("日期" in line or "时间" in line or "時間" in line) and PUBLISHED_ZH.match(line) is not None
