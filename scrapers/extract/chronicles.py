"""Chronicles: pages that tell many past happenings as dated entries, one a line ("March 2016 – A and B sign ...",
"November 1981 - ...", "2016年3月，A与B签署…", "1980年12月　…"): a sister-state relationship's milestones, a
大事记, an organisation's history.

Each entry is its own story. A gathering an entry names (a forum a delegation attended, a celebration) is where that
entry's signing was made only if the entry itself tells one; the agreements of the other entries were not made at
it. `is_chronicle` tells such a page by its sentences, so the record keeper does not give the page's untied
signings a gathering of another entry (topic.keep_records).
"""
from __future__ import annotations

from scrapers import lazy_re as re

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# an English entry head: a month and a year, or a year alone, then a dash ("June 2023 – ", "1981 - ")
EN_ENTRY = re.compile(rf"^(?:(?:{_MONTHS})\s+)?(?:1[89]|20)\d\d\s*[–—-]\s+\S")
# a Chinese entry head: a year and a month (and day), then a comma or a wide space ("2016年3月，", "1980年12月　")
ZH_ENTRY = re.compile(r"^(?:1[89]|20)\d\d年\d{1,2}月(?:\d{1,2}日)?(?:[，,　]|\s)")
MIN_ENTRIES = 3  # entries enough to make a chronicle, not a news story's background line or two


def is_chronicle(sentences: list[str]) -> bool:
    """Whether a page's sentences are a chronicle: at least MIN_ENTRIES open with a dated entry head."""
    return sum(bool(EN_ENTRY.match(s.strip()) or ZH_ENTRY.match(s.strip())) for s in sentences) >= MIN_ENTRIES
