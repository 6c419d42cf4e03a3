"""The day an English lede under a dated dateline gives its gathering ("CHANGSHA, June 14 -- Ministers met in Changsha
on Friday at the ... Forum"): the dateline's day is the day the story was filed; a weekday the sentence names is the
latest such day up to it (the Friday before a Saturday's dateline), and a gathering the sentence names only as the
parent of the one it reports ("..., one of the main forums of the 4th ... Expo", "a side event of COP29") is not
dated by the sentence at all: it began days before. ("On the sidelines of COP14, A and B signed ...": the signing's
gathering itself, dated as any other.) Pure functions, used where `extract_mentions`
dates the events of a dated lede.
"""
from __future__ import annotations

from datetime import date, timedelta

from scrapers import lazy_re as re

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "on Friday", "met Friday" (not "next Friday", "last Friday", "Friday's", "every Friday")
WEEKDAY = re.compile(r"(?<!\bnext\s)(?<!\blast\s)(?<!\bthis\s)(?<!\bevery\s)(?<!\beach\s)(?<!\buntil\s)(?<!\bby\s)"
                     r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])")
# the words before a gathering's name that make it the parent of the one the sentence reports
PARENT = re.compile(r"(?:\bone\s+of\s+the\s+(?:[\w-]+\s+){0,2}(?:forums|events|sessions|activities|meetings|"
                    r"conferences)|\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:side|parallel|supporting|sub-?)\s*"
                    r"(?:forum|event|session|activity|meeting))"
                    r"\s+of\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+|(?:first|second|third|[a-z]+th)\s+)?$", re.I)


def lede_day(sentence: str, dateline_day: date) -> date:
    """The day a dated lede's gathering was on: the weekday the sentence names, counted back from the dateline's day
    (the same day where it is that weekday), else the dateline's day itself."""
    m = WEEKDAY.search(sentence)
    if not m:
        return dateline_day
    wd = _DAYS.index(m.group(1).lower())
    return dateline_day - timedelta(days=(dateline_day.weekday() - wd) % 7)


def parent_gathering(sentence: str, start: int) -> bool:
    """Whether the gathering named at `start` is told only as the parent of the one the sentence reports ("one of the
    main forums of the 4th ... Expo", "a side event of COP29")."""
    return bool(PARENT.search(sentence[max(0, start - 80):start]))


# "on Thursday, the opening day of the 4th ... Expo", "Monday, the first day of the ... Summit"; "announced on Saturday
# at the opening of the ... Forum", "on Monday at the opening session of the ... Summit": the weekday it opened
_OPENING_DAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+the\s+(?:opening|first)\s+"
                          r"day|\s+(?:at|during)\s+the\s+(?:opening(?:\s+(?:session|ceremony|plenary))?|start))\s+of\s+"
                          r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+|(?:first|second|third|[a-z]+th)\s+)?$", re.I)


def opening_day_of(sentence: str, start: int, page_date: date | None) -> date | None:
    """The first day of the gathering named at `start` where the sentence calls a weekday its opening day ("signed
    ... on Thursday, the opening day of the 4th ... Expo"): the latest such weekday up to the page's date."""
    m = _OPENING_DAY.search(sentence[max(0, start - 60):start])
    if not m or page_date is None:
        return None
    return lede_day(m.group(1), page_date)
