"""Days a sentence names relative to the page's date where the other date readers do not look: a Chinese sentence
that opens with a weekday before the gathering it tells of ("上周五，2026…交流会在滁州举行", "本周二上午，…论坛开幕").

The weekday is counted from the page's date as weekdays_zh counts it ("上周五" on a Wednesday page: the Friday of the
week before); a day ahead of the page gives nothing. A lunar date ("农历5月8日", "农历五月初八") is no calendar date and
is not read at all (`lunar_dates_dropped`). See docs/date-formats.md.
"""
from __future__ import annotations

from datetime import date

from scrapers import lazy_re as re
from scrapers.extract.weekdays_zh import zh_weekday

# the sentence opens with the weekday, a time of day at most between it and the comma
ZH_OPENING_WEEKDAY = re.compile(r"\s*(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]\s*(?:上午|下午|晚间|晚上)?\s*[，,]")


def zh_opening_weekday(sentence: str, page: date | None) -> date | None:
    """The day a Chinese sentence opening with a weekday ("上周五，…") names, from the page's date; else None."""
    if page is None or ("周" not in sentence[:6] and "星期" not in sentence[:6] and "礼拜" not in sentence[:6]):
        return None
    m = ZH_OPENING_WEEKDAY.match(sentence)
    return zh_weekday(sentence[:m.end()], page) if m else None


LUNAR = re.compile(r"(?:农历|阴历|農曆|陰曆)\s*(?:(?:19|20)\d\d年)?\s*$")


def lunar_dates_dropped(text: str, mentions: list) -> list:
    """The date mentions of a text but those written in the lunar calendar (right after 农历/阴历: "农历5月8日")."""
    if "历" not in text and "曆" not in text:
        return mentions
    return [dm for dm in mentions if not LUNAR.search(text, max(0, dm.start - 10), dm.start)]
