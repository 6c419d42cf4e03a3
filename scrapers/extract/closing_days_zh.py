"""A gathering's opening and closing told in one Chinese sentence ("为期两天的…大会15日在武汉开幕，昨日闭幕"): the
closing day is the gathering's last day, and the last day the story named, which a later "在当日举行的签约仪式上"
means. Only a day of the month or 昨日/今日 right before 闭幕, after the opening's 开幕, counts; it must fall after
the opening day, at most two weeks later. Pure functions."""
from __future__ import annotations

from datetime import date, timedelta

from scrapers import lazy_re as re

from scrapers.extract.day_references import latest_day

# "，16日闭幕", "，昨日在武汉闭幕", "，今天下午圆满闭幕": the closing's day right before its verb
CLOSED = re.compile(r"[，,；]\s*(?:(?P<d>\d{1,2})\s*日|(?P<rel>昨日|昨天|今日|今天))(?:上午|下午|晚间|晚)?"
                    r"(?:在[\u4e00-\u9fff]{1,12})?(?:胜利|圆满|正式)?闭幕")


def closing_told_day(sentence: str, page_date: date | None, opening: date | None = None) -> date | None:
    """The closing day a sentence names after its gathering's opening (the 16th in "15日在武汉开幕，昨日闭幕" on a page
    of the 17th); None where it names none, or none after `opening` (the opening day, where known) within two weeks."""
    if page_date is None or "开幕" not in sentence or "闭幕" not in sentence:
        return None
    m = CLOSED.search(sentence, sentence.index("开幕"))
    if m is None:
        return None
    if m.group("d"):
        day = latest_day(int(m.group("d")), page_date, within=31)
    else:
        day = page_date - timedelta(days=1) if m.group("rel").startswith("昨") else page_date
    if day is None or (opening is not None and not 0 < (day - opening).days <= 14):
        return None
    return day
