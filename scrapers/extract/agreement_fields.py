"""Fields of an English signing read off its sentence: whether the instrument's word is plural (one instrument per
counterpart), the day it was signed, and the instrument's own name. Pure functions used by agreements.py."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from scrapers import lazy_re as re
from scrapers.extract.agreement_words import EN_SIGN, NAMED_STATEMENT, REPORTED_ON
from scrapers.extract.dates import DateContext, find_dates, settle
from scrapers.extract.day_references import day_of_span, relative_day
from scrapers.extract.days_en import last_weekday
from scrapers.extract.reported_signings_en import reporting_day_blanked


@dataclass
class AgreementMention:
    agreement_type: str
    title: str | None
    parties: list[str]
    signed_on: date | None
    signed_on_precision: str | None
    city: str | None
    country: str | None
    topics: list[str] = field(default_factory=list)
    definite: bool = False  # "the memorandum was signed by ...": the instrument a sentence before reported
    weak: bool = False  # "signed two deals on Tuesday": a session the next sentences tell instrument by instrument
    joined: str | None = None  # "joined the Under2 Coalition": that body, whose instrument a next sentence signs
    ceremony: bool = False  # "A and B attended a signing ceremony": its principals, unless the next sentence names signers



def plural_instrument(instrument: str) -> bool:
    """Whether an instrument's word is plural ("memoranda", "agreements", "MOUs"), not "memorandum"."""
    word = instrument.split()[0]
    return word.lower().endswith(("s", "memoranda")) and word.lower() not in {"accords"} or \
        word.lower().endswith("memoranda")



def signing_date(sentence: str, ctx: DateContext, dateline) -> tuple[date | None, str | None]:
    """The day (or month) a signing sentence gives, as the page dates it: relative days ("on Tuesday") from the
    dateline's day or the page's, "earlier this month", "last week" (its month where the week has one), else the first
    date of the sentence that is not after the page's (of a span of days, the one "the final day" or "the second day"
    names), else the year a clause of signing ends on ("signed ... in 2013")."""
    sentence = reporting_day_blanked(REPORTED_ON.sub(" ", sentence))  # (reported_signings_en)
    rel = relative_day(sentence, dateline[2] or ctx.page_date) or last_weekday(sentence, dateline[2] or ctx.page_date)
    if rel:
        return rel, "day"
    if ctx.page_date and re.search(r"\b(?:(?:earlier|late[r]?)\s+this\s+month|this\s+week)\b|本月|"
                                   r"(?<![一二三四五六七八九十正冬腊臘\d])月初", sentence, re.I):  # not 五月初八
        return ctx.page_date.replace(day=1), "month"
    if ctx.page_date and re.search(r"\blast\s+week\b", sentence, re.I):
        monday = ctx.page_date - timedelta(days=ctx.page_date.weekday() + 7)
        if monday.month == (monday + timedelta(days=6)).month:  # "signed last week": that week's month, if it has one
            return monday.replace(day=1), "month"
        return None, None
    for dm in find_dates(sentence):
        d, prec = settle(dm, ctx)
        if d and (ctx.page_date is None or d <= ctx.page_date):
            # "on the final day of the forum, which ran from April 8 to 10": the span's day the sentence names
            return (day_of_span(sentence, dm, d) or d) if prec == "day" else d, prec
    if (m := SIGNED_IN_YEAR.search(sentence)) and (ctx.page_date is None or int(m.group(1)) <= ctx.page_date.year):
        return date(int(m.group(1)), 1, 1), "year"  # "signed a memorandum ... in 2013": that year
    if (m := FRONTED_YEAR.match(sentence)) and (ctx.page_date is None or int(m.group(1)) <= ctx.page_date.year):
        return date(int(m.group(1)), 1, 1), "year"  # "In 2015, A and B signed a memorandum": that year
    return None, None


# "In 2015, Los Angeles and Guangzhou signed ...", "Back in 2019, ...": the year a sentence opens on, its signing's
FRONTED_YEAR = re.compile(r"\s*(?:Back\s+|Already\s+|As\s+early\s+as\s+)?[Ii]n\s+((?:19|20)\d\d)\s*,")


# "signed a memorandum of understanding on port cooperation in 2013.": the signing's year, ending its clause (not a
# year something else was done in: "the targets set in 2015", "levels in 2005"; nor the first signing of one renewed:
# "renewed their memorandum ..., first signed in 2019")
SIGNED_IN_YEAR = re.compile(r"(?<!first )(?<!originally )(?<!initially )(?<!previously )(?<!earlier )(?<!renewed )"
                            r"\b(?:signed|inked|sealed|concluded)\b(?:(?!\b(?:set|adopted|launched|established|founded|"
                            r"created|agreed|made|released|published|reached|built|opened)\b)[^.;,]){0,100}?\bin\s+"
                            r"((?:19|20)\d\d)\s*(?=[.;,]|$)")


def instrument_title(sentence: str, m_inst: re.Match) -> str | None:
    """The instrument's own name when the sentence gives one ("the Subnational Global Climate Leadership MOU")."""
    if m_inst.re is re.real(NAMED_STATEMENT):
        return m_inst.group()  # "the Sunnylands Statement": its name is in the match
    left = re.search(r"((?:[A-Z](?:[\w’'\-–]|\.(?=[\w-]))*\s+){1,8})$", sentence[:m_inst.start()])
    if left and m_inst.group()[0].isupper():
        words = left.group(1).split()
        while words and words[0] in {"The", "A", "An", "This", "In", "Signing", "Their"}:
            words = words[1:]
        if words and not EN_SIGN.search(" ".join(words)) and "and" not in words:
            return " ".join(words + [m_inst.group()])
    launched = re.search(r"launch(?:es|ed)?\s+of\s+(?:the\s+)?((?:[A-Z][\w’'\-–]*\s*)+)", sentence)
    if launched:
        return launched.group(1).strip()
    return None
