"""A Chinese news story's weekday ("本周二", "上周五", "周一", "星期三"): the day it names, counted from the page's date.

"本周二" on a Thursday page is two days before; "上周五" is the Friday of the week before; a bare "周一" or "星期一"
is the latest such day up to the page's date (as "on Monday" is in English). A day of this week after the page's
date ("本周五" on a Tuesday) is a day ahead, not one that was: None; so is a weekday whose date the sentence states
beside it ("周二（4月1日）", "4月1日（周二）"): that date is read.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date, timedelta

DAYS = "一二三四五六日天"
# "本周二", "上周五", "周一", "星期三", "礼拜天"; not 周年/周边/周期 (no weekday character follows), not 四周一 (weeks)
WEEKDAY = re.compile(rf"(?<![\d一二三四五六七八九十两几数每])(本|这|上)?(?:周|星期|礼拜)([{DAYS}])(?![年边期末内])")

# a weekday with the date it falls on written right after or before it, in brackets
STATED_DAY = re.compile(r"\s*[（(]\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*[)）]")
STATED_BEFORE = re.compile(r"\d{1,2}\s*日\s*[（(]\s*(?:本|这|上)?$")


def stated_beside(sentence: str, start: int, end: int) -> bool:
    """Whether the weekday at sentence[start:end] has its date written beside it in brackets ("周二（4月1日）",
    "4月1日（周二）"), so that date, not one counted from the page's, is the day meant."""
    return bool(STATED_DAY.match(sentence, end) or STATED_BEFORE.search(sentence, 0, start))


def zh_weekday(sentence: str, page: date | None) -> date | None:
    """The day a Chinese sentence's first weekday names, from the page's date; None where there is none, or it is
    ahead of the page, or no page date is known."""
    if page is None or ("周" not in sentence and "星期" not in sentence and "礼拜" not in sentence):
        return None
    m = WEEKDAY.search(sentence)
    if m is None or stated_beside(sentence, m.start(), m.end()):
        return None  # "周二（4月1日）", "4月1日（周二）": the date stated is read, whatever the page's date
    wd = min(DAYS.index(m.group(2)), 6)  # 日 and 天 are Sunday
    monday = page - timedelta(days=page.weekday())
    if m.group(1) == "上":
        return monday - timedelta(days=7 - wd)
    if m.group(1):
        d = monday + timedelta(days=wd)
        return d if d <= page else None
    back = (page.weekday() - wd) % 7
    return page - timedelta(days=back)
