"""English phrases around a gathering's name that say when and where it was held, read for events.py: the words of
"met in Paris on Tuesday for the <name>" before "for the" (where and when people came, no part of the name, and the
city and day of the gathering), ", which opened in Berlin on Monday" (its first day, whatever day the news is told),
"on 13 and 14 May" (the first of two days), a name whose head word comes first ("the second Ministerial on Climate
Action") and a short name in brackets after the name, which is no place ("(MoCA)" is not the town of Moca).
"""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date, timedelta

from scrapers.extract.dates import find_dates, settle
from scrapers.extract.day_references import WEEKDAYS
from scrapers.prefilter import quick

_DAYS = "|".join(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
# a weekday or a month in the words before "for the <name>": when people came, not part of the name
WHEN_WORD = re.compile(rf"\b(?:{_MONTHS}|{_DAYS})\b")
# a name whose head word comes first, after an article or an edition: "the second Ministerial on Climate Action", "a
# Summit on Climate Ambition" (a capitalised word before the head is EN_NAME's: "the UN Conference on Trade")
HEAD_FIRST = re.compile(r"\b(?:the|a|an|this|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|"
                        r"inaugural|\d{1,2}(?:st|nd|rd|th))\s+((?:Ministerial|Summit|Conference|Forum|Dialogue)\s+on\s+"
                        r"[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,3})\b")


# "The annual Conference of New England Governors and Eastern Canadian Premiers opened on Thursday": a gathering named
# by who meets, its head word first; read only when the sentence says it was held right after the name (a standing
# body, "the Conference of Mayors", is not told as opened or held)
HEAD_OF = re.compile(r"\b(?:the|an?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|inaugural|"
                     r"\d{1,2}(?:st|nd|rd|th))\s+((?:Conference|Summit|Meeting|Forum)\s+of\s+[A-Z][\w-]+"
                     r"(?:\s+(?:and\s+)?[A-Z][\w-]+){1,6})(?=,?\s+(?:opened|was\s+held|is\s+held|began|convened|"
                     r"took\s+place|kicked\s+off|closed|ended)\b)")


# "at the Summit of the Amazon in Belem", "on the sidelines of the Summit for a New Global Financing Pact": a summit named
# by its head word, then what it is of or for, with an article ("the Conference of the Parties" is the COPs')
HEAD_OF_THE = re.compile(r"\bthe\s+((?:Summit|Conference|Forum|Dialogue)\s+(?:of|for)\s+(?:the|a|an)\s+"
                         r"(?!Parties\b)[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,4})\b")
# "the ICLEI World Congress 2022 closed ...": the edition's year after the name (not "2022-23", not a date's year)
EDITION_YEAR = re.compile(r"\s+(?:19|20)\d\d(?![-–/]\d|,\s*\d)\b(?=\s+(?:opened|closed|was|were|ended|began|concluded|kicked|took|"
                          r"wrapped|brought|drew|in\b|on\b|at\b))")
# "the Founding Conference of the International Solar Alliance", "the Annual Meeting of the Asian Development Bank": a
# two-word name (a modifier and its head) that goes on with the body whose gathering it is
OF_THE_BODY = re.compile(r"\s+of\s+the\s+(?!Parties\b)[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,4}\b")


def head_first_names(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name whose head word comes first ("the second Ministerial on Climate Action", "the
    annual Conference of New England Governors and Eastern Canadian Premiers opened ...", "the Summit of the Amazon")."""
    if "on " not in sentence and "of " not in sentence and "for " not in sentence:
        return []
    return [(m.start(1), m.end(), m.group(1)) for rx in (HEAD_FIRST, HEAD_OF, HEAD_OF_THE)
            for m in quick(rx).finditer(sentence)]


def body_after_name(sentence: str, name: str, end: int) -> int | None:
    """Where a two-word name ending at `end` ends once "of the <Body>" after it is read as its part ("the Founding
    Conference of the International Solar Alliance"), or None."""
    if len(name.split()) != 2 or not (m := OF_THE_BODY.match(sentence, end)):
        return None
    return m.end()


def without_short_name(entities: list, sentence: str, end: int) -> list:
    """The entities but a bracketed short name right after the name ending at `end` ("... Action (MoCA)")."""
    return [e for e in entities if not (re.fullmatch(r"\s*\(", sentence[end:e.start]) and
                                        sentence[e.end:e.end + 1] == ")")]


# ", which opened in Berlin on Monday": the first day of the gathering named just before, told in a relative clause
# when the sentence's own day is another one (the day of the news, "said on Tuesday")
OPENED_WHICH = re.compile(rf",?\s+(?:which|that)\s+(?:had\s+)?(?:opened|began|kicked\s+off|got\s+under\s*way|started)\s+"
                          rf"(?:in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+)?(?:on\s+)?({_DAYS})\b(?!['’]s)")
# "on 13 and 14 May": the first of two days joined by "and" before the month
AND_DAY = re.compile(r"\b([1-3]?\d)\s+(?:and|&)\s+$")


def opened_which(sentence: str, end: int, page_date: date | None) -> date | None:
    """The first day of a gathering named just before (at `end`) that ", which opened ... on Monday" tells: the latest
    such weekday up to the page's date."""
    m = OPENED_WHICH.match(sentence, end)
    if not m or page_date is None:
        return None
    wd = WEEKDAYS[m.group(1).lower()[:3]]
    return page_date - timedelta(days=(page_date.weekday() - wd) % 7)


def and_day(sentence: str, at: int, day: int) -> int | None:
    """The first of two days "13 and 14 May" when the date read at `at` is the second one (`day`); else None."""
    m = AND_DAY.search(sentence, max(0, at - 12), at)
    return int(m.group(1)) if m and 0 < int(m.group(1)) < day else None


# "met in Paris on Tuesday for the One Planet Summit", "gathered ... in Nairobi on Thursday 14 March for the ...": the
# city people came to for the gathering named next
WENT_FOR = re.compile(r"\s+(?:on\s+[^,.;]{1,30}?\s+)?for\s+(?:the\s+)?$")


def went_for(sentence: str, start: int, places: list) -> object | None:
    """The place "in <place> (on <day>) for the <name at start>" names, or None."""
    for e in reversed([e for e in places if e.end <= start]):
        if WENT_FOR.fullmatch(sentence, e.end, start) and re.search(r"\bin\s+$", sentence[max(0, e.start - 5):e.start]):
            return e
        break
    return None


def came_on(sentence: str, place_end: int, start: int, ctx) -> date | None:
    """The day of "in <place> on Tuesday for the <name>" / "on Thursday 14 March for the <name>": a date between the
    place and the name, else the latest such weekday up to the page's date."""
    for dm in find_dates(sentence[place_end:start]):
        d, prec = settle(dm, ctx)
        if prec == "day":
            return d
    m = re.search(rf"\bon\s+({_DAYS})\b", sentence[place_end:start])
    if not m or ctx.page_date is None:
        return None
    wd = WEEKDAYS[m.group(1).lower()[:3]]
    return ctx.page_date - timedelta(days=(ctx.page_date.weekday() - wd) % 7)


# "A press briefing on the results of the Pacific Islands Climate Dialogue was held in Suva on Friday": the day and
# place are the briefing's, not the gathering's named inside its topic
SIDE_ACT = re.compile(r"\b(?:press\s+briefing|briefing|webinar|panel(?:\s+discussion)?|press\s+conference|reception|"
                      r"exhibition|side\s+event|report|study)\s+(?:on|about|of|at|for|ahead\s+of)\s+[^,.;]*$", re.I)


def inside_side_act(sentence: str, start: int) -> bool:
    """Whether the name at `start` sits in the topic of a briefing, webinar, panel or the like ("a press briefing on the
    results of the ... Dialogue was held ..."), whose day and place the sentence gives."""
    return bool(quick(SIDE_ACT).search(sentence, max(0, start - 120), start))


# the UN climate body's mid-year sessions named by code, as COPs are: "known as SB50", "the SB58 talks in Bonn" (never a
# bill, "SB 32": a session's sentence speaks of sessions, subsidiary bodies, Bonn or the talks)
SB_SESSION = re.compile(r"\bSB(\d{2})\b")
SB_CONTEXT = re.compile(r"\bsession|\bsubsidiary\b|\bBonn\b|\bUNFCCC\b|\bclimate\s+talks\b", re.I)


def sb_sessions(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each session of the UN climate body's subsidiary bodies named by code ("SB50")."""
    if "SB" not in sentence or not SB_CONTEXT.search(sentence):
        return []
    return [(m.start(), m.end(), f"SB{m.group(1)}") for m in SB_SESSION.finditer(sentence)]



# "convened the ... Forum virtually on Friday", "a two-day virtual event", "a two-day online meeting", "held by video",
# "the virtual Leaders Summit on Climate":
# a gathering held online, which has no place (a host named, "co-hosted by Britain and Canada", is no venue)
ONLINE = re.compile(r"\b(?:virtually|by\s+video(?:\s*(?:link|conference))?|via\s+video(?:\s*(?:link|conference))?|"
                    r"held\s+online)\b|\b(?:virtual|online)\s+(?:event|meeting|summit|session|conference|forum|"
                    r"gathering|dialogue|ministerial)s?\b|"
                    # "the virtual Leaders Summit on Climate": a gathering's name after the word (capitalised words)
                    r"\b(?:virtual|online)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,6}?(?-i:Summit|Conference|Forum|Meeting|Dialogue)\b")
# "a two-day online meeting", "the three-day summit": a gathering of several days
SEVERAL_DAYS = re.compile(r"\b(?:two|three|four|five|six|seven|2|3|4|5|6|7)-day\b", re.I)


def held_online(sentence: str) -> bool:
    """Whether the sentence tells of a gathering held online (no city, no host country as its place)."""
    return bool(quick(ONLINE).search(sentence))


def several_days(sentence: str) -> bool:
    """Whether the sentence says a gathering lasted several days: a wire dateline's day is then not its first day."""
    return bool(quick(SEVERAL_DAYS).search(sentence))


# (moved from events.py, which reads each gathering's day and place)
DURING_EN = re.compile(r"\b(?:during|amid|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+margins\s+of)\s+[^,.;:]*$",
                       re.I)


def during(sentence: str, start: int, end: int) -> bool:
    """Whether the event named at sentence[start:end] frames the clause as the time within which something was done
    ("during the summit", "on the sidelines of the forum", "大会期间")."""
    return bool(DURING_EN.search(sentence[:start])) or sentence[end:].lstrip().startswith(("期间", "期間"))
