"""Days a sentence tells by reference to others: a bare day of the month (12日) read against the page's or the
story's month, 昨（19）日 / 今日 / today / yesterday, 本月12日, a weekday, the last day of a span a sentence told, and a
Chinese sentence restating the day of a signing just reported. Split from dates.py, which finds dates written
out and settles their year."""
from __future__ import annotations

from datetime import date, timedelta

from scrapers import lazy_re as re
from scrapers.extract.dates import MONTH_RE, DateContext, DateMention, find_dates, safe_date, settle
from scrapers.extract.weekdays_zh import stated_beside, zh_weekday
from scrapers.extract.ordinal_days_en import ordinal_day
from scrapers.prefilter import quick
from scrapers.extract.story_cues import FINAL_DAY, NEXT_DAY

MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")  # (month, day)
ZH_BARE_DAY = re.compile(r"(?<=[\u4e00-\u9fff])(?<![月年第每号前后])([1-3]?\d)日(?=\s*(?:上午|下午|晚间|晚上|在|于|与|同|"
                         r"签署|签订|签约|共同|正式|联合|发表|发布|宣布|举行|举办|召开|开幕|闭幕))|^\s*([1-3]?\d)日\s*(?:上午|下午|晚间|晚上)?\s*[，,]")


def bare_day_of(sentence: str) -> int | None:
    """The bare day of the month a Chinese sentence dates what it tells by ("21日，A与B签署…"), or None (none, or
    a month told with it)."""
    if MONTH_DAY.search(sentence) or not (day := quick(ZH_BARE_DAY).search(sentence)):
        return None
    return int(day.group(1) or day.group(2))


def latest_day(n: int, ctx_date: date, within: int = 7) -> date | None:
    """The latest day of the month numbered `n` up to `ctx_date`, less than `within` days before it, or None."""
    d = ctx_date
    while d.day != n and (ctx_date - d).days < within:
        d -= timedelta(days=1)
    return d if d.day == n else None


# "昨（6）日", "今（21）日": yesterday / today with its day of the month
TOLD_DAY = re.compile(r"([昨今前])\s*[（(]\s*(\d{1,2})\s*[)）]\s*日")
# "翌日（26日）", "当地时间15日"
NEXT_OR_LOCAL_DAY = re.compile(r"(?:翌日|次日|当日|同日|当天|第二天)\s*[（(]\s*(\d{1,2})\s*日\s*[)）]|当地时间\s*(\d{1,2})\s*日")
TODAY = re.compile(r"\b(?:today|this morning)\b|今天|今日", re.I)
YESTERDAY = re.compile(r"\byesterday\b|昨天|昨日", re.I)


# "本月12日": the twelfth of the month the page was published in
THIS_MONTH_DAY = re.compile(r"本月\s*(\d{1,2})\s*日")


def relative_day(sentence: str, ctx_date: date | None) -> date | None:
    """The day meant by 'today', 'yesterday', '今天', '昨天' in a sentence, from the page's own date."""
    if ctx_date is None:
        return None
    told = quick(TOLD_DAY).search(sentence)
    if told:
        # "昨（6）日", "今（21）日" (Taiwan and Hong Kong papers): yesterday / today, its day of the month given
        d = ctx_date - timedelta(days={"今": 0, "昨": 1, "前": 2}[told.group(1)])
        return d if d.day == int(told.group(2)) else None
    if (this := THIS_MONTH_DAY.search(sentence)) and int(this.group(1)) <= ctx_date.day:
        return ctx_date.replace(day=int(this.group(1)))  # "本月12日": a day of the page's own month
    bare = quick(NEXT_OR_LOCAL_DAY).search(sentence)
    if bare:
        # "翌日（26日）": the day after the one just told, its day of the month given: the latest such day; so is
        # "当地时间15日" (a foreign dateline's day of the month, in a story filed the day after)
        return latest_day(int(bare.group(1) or bare.group(2)), ctx_date, within=31)
    if (day := quick(ZH_BARE_DAY).search(sentence)) and not MONTH_DAY.search(sentence):
        # "…和澳门特别行政区政府1日在香港签署…", "…于17日共同发表…": a news story's bare day of the month is the
        # latest such day up to the story's date, within a week of it (a month and day the sentence states win)
        return latest_day(int(day.group(1) or day.group(2)), ctx_date)
    if ordinal := ordinal_day(sentence, ctx_date, latest_day):  # "signed an MOU in Jinan on the 12th"
        return ordinal
    if quick(TODAY).search(sentence):
        return ctx_date
    if quick(YESTERDAY).search(sentence):
        return ctx_date - timedelta(days=1)
    if zh_day := zh_weekday(sentence, ctx_date):  # "本周二，…": gated on 周/星期/礼拜 in the sentence
        return zh_day
    m = quick(WEEKDAY).search(sentence)
    if m and not (m.group(2) and stated_beside(sentence, m.start(), m.end())):
        # "on Wednesday" in a news story: the latest such day up to the story's date
        wd = WEEKDAYS.get((m.group(1) or m.group(2)).lower()[:3]) if m.group(1) else ZH_WEEKDAYS[m.group(2)]
        return ctx_date - timedelta(days=(ctx_date.weekday() - wd) % 7)
    m = _bare_weekday(sentence)
    if m is not None:  # "signed a memorandum Thursday": news style without "on", the same latest such day
        return ctx_date - timedelta(days=(ctx_date.weekday() - m) % 7)
    return None


def zh_told_day(sentence: str, page_date: date | None) -> date | None:
    """The day a Chinese sentence dates what it tells by a bare day of the month or 昨日/今日 alone ("8日，论坛在苏州
    开幕", "论坛昨日在苏州揭幕"), or None: what a later "同日" or "签约仪式上" of the story means."""
    if page_date is None or not CJK_CHAR.search(sentence) or MONTH_DAY.search(sentence):
        return None
    if not (quick(ZH_BARE_DAY).search(sentence) or quick(ZH_TODAY_YESTERDAY).search(sentence) or
            THIS_MONTH_DAY.search(sentence) or zh_weekday(sentence, page_date) or
            quick(TOLD_DAY).search(sentence)):
        return None  # "昨（19）日" (Taiwan and Hong Kong papers) is a told day too
    return relative_day(sentence, page_date)


CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
ZH_TODAY_YESTERDAY = re.compile(r"昨天|昨日|今天|今日")


def _bare_weekday(sentence: str) -> int | None:
    """The weekday of "signed ... Thursday", "pledged Wednesday to": a capitalised weekday a few lower-case words
    after a past-tense verb, not "next/this/last Monday" nor "Monday's" (those name another day or a thing)."""
    for m in BARE_WEEKDAY.finditer(sentence):
        before = sentence[:m.start(1)].split()
        if not before or before[-1].lower() not in NOT_THAT_DAY:
            return WEEKDAYS[m.group(1).lower()[:3]]
    return None


WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
NOT_THAT_DAY = {"next", "this", "last", "every", "each", "until", "by", "before", "after", "since", "following", "on"}
# "on Tuesday, April 1, 2025", "Friday (7 March)": a weekday the date right after it states is no day counted from the
# page's (the stated date is read, whatever the page's date)
_DATE_TOLD = rf"(?!,?\s*\(?\s*(?:{MONTH_RE})\.?\s+\d|,?\s*\(?\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE}))"
BARE_WEEKDAY = re.compile(r"\b(?:[a-z]{2,}ed|said|told|met|made|held|set|began|took)\b(?:\s+[a-z][a-z-]*){0,6}?\s+"
                          r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)" + _DATE_TOLD)
WEEKDAY = re.compile(r"\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" + _DATE_TOLD +
                     r"|(?:周|星期)([一二三四五六日天])", re.I)


def last_of_span(sentence: str, told: DateMention, first: date) -> date | None:
    """The last day of a span of days in one month told in `sentence` ("Nov. 12-14", "11月9日至11日"), its first day
    settled as `first`; None where a single day is told, or a span over two months ("11月30日至12月2日")."""
    if not told.end_day or told.end_day <= first.day or sentence[told.start:told.end].count("月") > 1:
        return None
    return safe_date(first.year, first.month, told.end_day)


def restated_day(sentence: str, ctx: DateContext) -> date | None:
    """The one day a sentence gives, settled no later than the page's date ("该备忘录于10月24日在南京签署"), else None
    (no day, or several: which one is the signing's is not said)."""
    found = find_dates(sentence)
    if any(dm.end_day and dm.end_day != dm.day for dm in found):
        return None  # a span of days: which one is the signing's is not said
    days = {d for dm in found if (got := settle(dm, ctx))[1] == "day" and (d := got[0]) is not None and
            (ctx.page_date is None or d <= ctx.page_date)}
    return days.pop() if len(days) == 1 else None


def day_of_span(sentence: str, told: DateMention, first: date) -> date | None:
    """The day of a span of days ("which ran from April 8 to 10") a signing sentence says it was signed on: its last on
    "the final / last / closing day", the day after its first on "the second / next day"; None where it says neither
    (the span's first day stands) or names a single day."""
    last = last_of_span(sentence, told, first)
    if last is None:
        return None
    if FINAL_DAY.search(sentence):
        return last
    if NEXT_DAY.search(sentence) and first + timedelta(days=1) <= last:
        return first + timedelta(days=1)
    return None
