"""Dates written in English or Chinese prose, and the year of those written without one.

A date is found with its precision (day, month, year). A date with no year takes it from context: anchors in
the same text (a known event named beside a month: `去年11月 ... 《中美气候变化联合声明》`, `12月的巴黎气候大会`),
else the page date when that reading is recent and not in the future. Where nothing settles it, it stays None:
a wrong year is worse than none, and a page republished years later must not move what it reports.
"""
from __future__ import annotations

import calendar
from scrapers import lazy_re as re
from dataclasses import dataclass
from datetime import date, timedelta

from pactwatch.lazy import once
from pactwatch.gazetteer import load_data
from scrapers.lead_chars import with_lead
from scrapers.prefilter import quick
from scrapers.zh_numerals import zh_number
from scrapers.extract.dates_numeric import numeric_dates
from scrapers.extract.dates_relative import lunar_dates_dropped
from scrapers.extract.wire_days_zh import without_filing_day

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
WEEKDAY_RE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
EN_PATTERNS = [(with_lead(rx), kind) for rx, kind in [  # (each run with its first characters looked for first)
    # June 7-8, 2016 / September 15, 2015 / Sept. 15 / September 15-16
    (re.compile(rf"{WEEKDAY_RE}(?P<mon>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
                rf"(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"), "mdy"),
    # 7 June 2016 / 7-8 June 2016 / from 19 to 21 October 2022 / the 12th of March
    (re.compile(rf"\b(?P<d1>\d{{1,2}})(?:(?:st|nd|rd|th)(?:\s+of)?)?(?:\s*(?:-|–|\bto\b)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?P<mon>{MONTH_RE})(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"),
     "dmy"),
    # 2016-06-07
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d1>\d\d)\b"), "iso"),
    # September 2015 / in September
    (re.compile(rf"\b(?P<mon>{MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?\b"), "my"),
]]
_CN_M = r"十[一二]?|[一二三四五六七八九]"
_CN_D = r"[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
ZH_PATTERNS = [
    # the year of the Republic (Taiwan): "112年10月16日", "民國59年"; a bare number before 年 only with a month after
    re.compile(r"(?:民[國国](?P<roc>\d{2,3})年|(?<!\d)(?P<roc2>1[0-4]\d)年(?=(?:1[0-2]|0?[1-9])月))"
               r"(?:(?P<m>1[0-2]|0?[1-9])月(?:(?P<d1>[1-3]?\d)日)?)?"),
    # months and days in Chinese numerals (Hong Kong releases): "十一月三十日至十二月十二日"
    re.compile(rf"(?:(?P<y>(?:19|20)\d\d)年)?(?P<cm>{_CN_M})月(?P<cd1>{_CN_D})日"
               rf"(?:(?:至|到)(?:(?P<cm2>{_CN_M})月)?(?P<cd2>{_CN_D})日)?"),
    re.compile(r"(?:(?P<rel>去年|今年|明年|前年)|(?P<y>(?:19|20)\d\d)年)?(?P<m>1[0-2]|0?[1-9])月"
               r"(?:(?P<d1>[1-3]?\d)日(?:(?:至|到|-|—|~)(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>[1-3]?\d)日)?)?"),
    re.compile(r"(?P<y>(?:19|20)\d\d)年(?!\d)"),
]
ANY_MONTH = with_lead(re.compile(MONTH_RE))  # a month's name anywhere: what the non-ISO English patterns need
REL_YEARS = {"去年": -1, "今年": 0, "明年": 1, "前年": -2, "last": -1, "this": 0, "next": 1}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    end_day: int | None = None
    rel_year: int | None = None  # -1 for 去年 / "last November", relative to the text's own year
    order_open: bool = False  # "12/03/2026": day-first given, the page's convention settles it (dates_numeric)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"


def find_dates(text: str) -> list[DateMention]:
    """Every calendar date in a sentence (English or Chinese), left to right, spans not overlapping."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    # every Chinese pattern, and the wire dateline, needs 年 or 月: an English sentence skips them all at once
    chinese = "年" in text or "月" in text
    for rx in ZH_PATTERNS if chinese else ():
        for m in quick(rx).finditer(text):  # skipped where the text lacks what a match needs (年, 月)
            if not free(m.start(), m.end()):
                continue
            g = _arabic(m.groupdict())
            y = int(g["y"]) if g.get("y") else None
            if "m" not in g or g.get("m") is None:
                if y and not re.match(r"(?:前|以前|之前|左右|底|末)", text[m.end():m.end() + 2]):
                    out.append(DateMention(m.start(), m.end(), y, None, None))
                    taken.append((m.start(), m.end()))
                continue
            rel = REL_YEARS.get(g["rel"]) if g.get("rel") else None
            out.append(DateMention(m.start(), m.end(), y, int(g["m"]), int(g["d1"]) if g.get("d1") else None,
                                   int(g["d2"]) if g.get("d2") else None, rel))
            taken.append((m.start(), m.end()))
    # wire copy: "新华社北京12月12日电 …12日在…": a bare day after the dateline is that month's, up to a week before
    wire = re.search(r"(?P<m>1[0-2]|0?[1-9])月(?P<d>[1-3]?\d)日电", text) if chinese else None
    for m in re.finditer(r"(?<![\d月（(])([1-3]?\d)日(?!电)", text[wire.end():] if wire else ""):
        a, b = wire.end() + m.start(), wire.end() + m.end()
        if free(a, b) and 0 <= int(wire.group("d")) - int(m.group(1)) <= 7:
            out.append(DateMention(a, b, None, int(wire.group("m")), int(m.group(1))))
            taken.append((a, b))
            # the day the copy was filed is not the day the text tells of: "巴黎6月3日电 …2日在巴黎发表"
            out = [dm for dm in out if dm.end != wire.end() - 1]
    month_named = ANY_MONTH.search(text) is not None
    for rx, kind in EN_PATTERNS:
        if not (month_named if kind != "iso" else "-" in text):
            continue  # the pattern cannot match: every pattern but the ISO one holds a month's name
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            if kind == "iso":
                mon = int(g["m"])
            else:
                mon = MONTHS.get(g["mon"].rstrip(".").lower())
                if g["mon"] in {"May", "March"} and kind == "my" and not g.get("y") and not re.search(
                        r"\b(?:in|since|by|until|from|early|late|mid|last|next|this|of)\s+$", text[:m.start()], re.I):
                    continue  # "may" the verb, "March" the noun ("In May ..." opens a sentence with the month)
            if not mon:
                continue
            y = int(g["y"]) if g.get("y") else None
            d1 = int(g["d1"]) if g.get("d1") else None
            if d1 and not 1 <= d1 <= 31:
                continue
            rel = None
            before = text[max(0, m.start() - 6):m.start()].lower()
            for word, delta in (("last", -1), ("next", 1), ("this", 0)):
                if before.rstrip().endswith(word):
                    rel = delta
            out.append(DateMention(m.start(), m.end(), y, mon, d1, int(g["d2"]) if g.get("d2") else None, rel))
            taken.append((m.start(), m.end()))
    for a, b, y, mon, d, open_ in numeric_dates(text):  # "04.06.2026", "2026/3/12" (dates_numeric: gated)
        if free(a, b):
            out.append(DateMention(a, b, y, mon, d, order_open=open_))
            taken.append((a, b))
    out = lunar_dates_dropped(text, without_filing_day(out, wire.end() if wire else None))  # 农历5月8日: no date  # "…6月11日电 …6月10日至11日举行" (wire_days_zh)
    return sorted(out, key=lambda d: d.start)


def cn_number(s: str) -> int:
    """十 -> 10, 十二 -> 12, 三十 -> 30, 二十一 -> 21, 七 -> 7 (the date patterns read no other form)."""
    n = zh_number(s)
    if n is None or n == 0:
        raise ValueError(f"no Chinese numeral: {s!r}")
    return n


def _arabic(g: dict) -> dict:
    """A ZH_PATTERNS match's groups with a 民國 year and Chinese-numeral months and days as plain numbers."""
    roc = g.get("roc") or g.get("roc2")
    if roc:
        g["y"] = str(1911 + int(roc))
    for cn, ar in (("cm", "m"), ("cd1", "d1"), ("cm2", "m2"), ("cd2", "d2")):
        if g.get(cn):
            g[ar] = str(cn_number(g[cn]))
    return g


@dataclass(frozen=True)
class DateContext:
    """What settles a year: the page's date and the year the text itself speaks from (if anchors give one)."""

    page_date: date | None
    text_year: int | None = None
    explicit: tuple[date, ...] = ()  # full dates the text itself states, which settle nearby yearless ones
    order: str | None = None  # 'dmy' / 'mdy': the order of the page's figure-only dates (dates_numeric.page_order)


@once
def _known_events() -> list[dict]:
    return [ev for ev in load_data("known_events.yaml")["events"] if ev.get("start_on")]  # recurring: no date


def text_year(text: str) -> int | None:
    """The year a text speaks from, from months set beside known dated events; None if no anchor settles it.

    `去年11月 ... 《中美气候变化联合声明》` (statement of Nov 2014) gives 2015; `12月的巴黎气候大会` (COP21, Dec 2015)
    gives 2015; "last November's U.S.-China Joint Announcement" gives 2015.
    """
    votes: dict[int, int] = {}
    for ev in _known_events():
        start: date = ev["start_on"]
        end: date = ev.get("end_on") or start
        for alias in [ev["name"], *ev.get("aliases", [])]:
            if alias not in text:
                continue  # (a substring test spares the pattern for the many names a text does not hold)
            for m in re.finditer(re.escape(alias), text):
                window = text[max(0, m.start() - 40):m.start()]
                for dm in find_dates(window):
                    if dm.year is not None or dm.month not in {start.month, end.month}:
                        continue
                    if dm.rel_year is not None:
                        votes[end.year - dm.rel_year] = votes.get(end.year - dm.rel_year, 0) + 1
                    else:
                        votes[end.year] = votes.get(end.year, 0) + 1
    if not votes:
        return None
    best = max(votes.items(), key=lambda kv: kv[1])
    return best[0] if list(votes.values()).count(best[1]) == 1 else None


def settle(dm: DateMention, ctx: DateContext) -> tuple[date | None, str | None]:
    """A mention as a date and its precision ('day', 'month', 'year'), or (None, None) where the year is unknown."""
    if dm.order_open:  # "12/03/2026": read by the page's convention, else not at all
        if ctx.order not in ("dmy", "mdy"):
            return None, None
        if ctx.order == "mdy":
            dm = DateMention(dm.start, dm.end, dm.year, dm.day, dm.month)
    year = dm.year
    if year is None and dm.month:
        near = _near_explicit(dm, ctx.explicit)
        fresh = _fresh(dm, ctx.page_date)
        if ctx.text_year is not None:
            year = ctx.text_year + (dm.rel_year or 0)
        elif fresh is not None:
            year = fresh  # days just before the page: a news story about its own week
        elif near is not None:
            year = near
        elif ctx.page_date is not None:
            base = ctx.page_date.year + (dm.rel_year or 0)
            cand = safe_date(base, dm.month, dm.day or 1)
            if cand and dm.rel_year is None and cand > ctx.page_date + timedelta(days=7):
                cand = safe_date(base - 1, dm.month, dm.day or 1)
            # A day weeks before the page, or a month ten months before it, is as likely from a repost of an
            # older story: leave the year open rather than guess.
            if cand and (ctx.page_date - cand).days <= (45 if dm.day else 300):
                year = cand.year
    if year is None:
        return None, None
    if dm.month is None:
        return date(year, 1, 1), "year"
    d = safe_date(year, dm.month, dm.day or 1)
    if d is None:
        return None, None
    return d, dm.precision


def _fresh(dm: DateMention, page_date: date | None) -> int | None:
    """The page's year (or the one before, across New Year) when that puts the day within two weeks before the
    page."""
    if page_date is None or dm.day is None or dm.rel_year is not None:
        return None
    for y in (page_date.year, page_date.year - 1):
        cand = safe_date(y, dm.month, dm.day)
        if cand and timedelta(0) <= page_date - cand <= timedelta(days=14):
            return y
    return None


def _near_explicit(dm: DateMention, explicit: tuple[date, ...]) -> int | None:
    """The year that puts a yearless day within two months of a full date the text states ("June 8, 2016 ...
    on June 7"), if exactly one year does."""
    if not explicit or dm.rel_year is not None:
        return None
    years = set()
    for e in explicit:
        for y in (e.year - 1, e.year, e.year + 1):
            cand = safe_date(y, dm.month, dm.day or 15)
            if cand and abs((cand - e).days) <= 60:
                years.add(y)
    return years.pop() if len(years) == 1 else None


def explicit_dates(text: str) -> tuple[date, ...]:
    """Every full date (day, month and year) a text states."""
    out = []
    for dm in find_dates(text):
        if dm.year and dm.month and dm.day and (d := safe_date(dm.year, dm.month, dm.day)):
            out.append(d)
    return tuple(out)


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date of a year, month and day, or None where there is no such day (30 February)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


# a bare day of the month after a name or 于 and before what was done that day ("政府1日在香港签署", "于17日共同发表"),
# or opening the sentence ("9日，清华大学与…签署"); never a day after a month, a number or an ordinal (7月1日, 第1日,
# 每月1日), nor a wire dateline's (1日电)
