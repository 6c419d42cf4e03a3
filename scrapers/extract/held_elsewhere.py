"""When and where a gathering was held, told in another sentence of the story than the one naming it ("The two-day
forum opened Monday in Brussels", "论坛由…主办，11月9日闭幕。"): read for the event a sentence names by its head word
only."""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date

from pactwatch.gazetteer import gazetteer
from scrapers.extract.dates import DateContext, find_dates, settle
from scrapers.extract.entities import find_entities
from scrapers.extract.event_phrases_en import inside_side_act
from scrapers.extract.event_rules import CLOSING, bare_day, closing_day, opening_weekday
from scrapers.extract.events import HELD, during


def _held_sentences(sentences: list[str], head: str):
    """(sentence, end of the head word) of each sentence saying a meeting of this kind was held ("The forum opened
    ...", "论坛在北京开幕"), not one framing an act done during it."""
    for s in sentences:
        at = s.casefold().find(head.casefold())
        if (HELD.search(s) or CLOSING.search(s)) and at >= 0 and not during(s, at, at + len(head)) and \
                not inside_side_act(s, at):
            yield s, at + len(head)


def held_date(sentences: list[str], ctx: DateContext, head: str) -> date | None:
    """The day a text says a meeting of this kind was held ("... meeting was successfully held" + a date, "The
    two-day forum opened Monday")."""
    for s, end in _held_sentences(sentences, head):
        if closing_day(s):
            continue  # "The forum closed on Wednesday": its last day, not its first
        for dm in find_dates(s):
            d, prec = settle(dm, ctx)
            if prec == "day":
                return d
        if (d := opening_weekday(s, end, ctx.page_date) or bare_day(s, end, ctx.page_date)) is not None:
            return d
    return None


def closed_date(sentences: list[str], ctx: DateContext, head: str, start: date) -> date | None:
    """The last day of a meeting of this kind whose first day is `start`, where another sentence tells its close
    ("…论坛在南昌开幕。" + "论坛由…主办，11月9日闭幕。"): a day after the start and at most a fortnight later."""
    for s, end in _held_sentences(sentences, head):
        if not closing_day(s):
            continue
        days = [d for dm in find_dates(s) if (d := settle(dm, ctx))[1] == "day"]
        if len(days) == 1 and 0 < (days[0][0] - start).days <= 14:
            return days[0][0]
    return None


def held_place(sentences: list[str], head: str) -> tuple[str, str] | None:
    """(city, country) where a text says a meeting of this kind was held: a city right after the head word and its
    verb ("The two-day forum opened Monday in Brussels", "论坛在北京开幕")."""
    for s, end in _held_sentences(sentences, head):
        for e in find_entities(s):
            if e.start >= end and e.kind == "city" and e.start - end <= 40 and \
                    re.fullmatch(r"\s*(?:(?:was\s+)?\w+(?:\s+\w+)?\s+)?in\s+(?:the\s+)?|(?:于|当地时间)?(?:\d{1,2}日(?:至\d{1,2}日)?)?在",
                                 s[end:e.start]):
                return e.name, gazetteer().place(e.name).country if gazetteer().place(e.name) else None
    return None
