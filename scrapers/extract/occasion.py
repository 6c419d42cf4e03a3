"""A signing told in the sentence after the one that dates its occasion: "On Monday the two leaders met in Brussels."
+ "The two sides also signed a memorandum ...". The further signing ("also signed", scrapers/extract/further.py) or
one opening with an anaphor of that occasion ("At the meeting, ...") was made the day the sentence before gives.
Pure functions; `extract_mentions` applies them to the sentence just before only."""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date

from scrapers.extract.agreement_words import REPORTING
from scrapers.extract.dates import DateContext, find_dates, settle
from scrapers.extract.day_references import relative_day
from scrapers.extract.further import further

# "the White House said on Thursday (that ...)": the day of the report anywhere in the sentence, not of what it reports
REPORTED = re.compile(REPORTING + r"\b")

# "At the meeting, ...", "During the talks, ...", "On the same occasion ...", "On the sidelines of the summit, ...":
# the occasion the sentence before told (not "At a meeting in May": an article names another one)
OCCASION_OPENING = re.compile(r"^(?:At|During|On)\s+(?:the|that|this)\s+(?:same\s+)?(?:occasion|meeting|talks|visit|"
                              r"summit|ceremony|event|session|forum|conference|signing\s+ceremony)\b|"
                              r"^(?:On|At)\s+the\s+(?:sidelines|margins)\b(?!\s+of\s+(?:a|an)\b)|"
                              # "活动中，", "仪式上，", "会上，", "会谈期间，": the Chinese anaphors of that occasion
                              r"^(?:(?:纪念|庆祝|签约)?活动|(?:签约)?仪式|会谈|会见|座谈会?|会议)(?:中|上|期间)[，,]|^会上[，,]")

# "省领导和塔州州长分别在福州和霍巴特主会场致辞。", "The premier welcomed the delegation.": the occasion's remarks,
# told between the sentence that dates it and the signing made at it (no record, no date, no new gathering)
REMARKS = re.compile(r"(?:致辞|讲话|发言|致欢迎辞|作主旨演讲)[。！]?$|\b(?:delivered|gave)\s+(?:opening\s+)?(?:remarks|"
                     r"(?:a\s+)?speech(?:es)?|addresses)\b")


# "The leaders of A, B and C adopted ...", "The ministers of ...": the participants of the gathering the sentence
# before told as held ("On 18 December, the X Leaders Meeting was held in Tokyo.")
PARTICIPANTS = re.compile(r"^(?:The\s+)?(?:leaders|ministers|heads\s+of\s+(?:state|government)|delegations)\s+(?:of|from)\s")
HELD_BEFORE = re.compile(r"\b(?:Meeting|Summit|Conference|Forum|Dialogue)\s+(?:was|were)\s+held\b")


def same_occasion(sentence: str, before: str = "") -> bool:
    """The sentence tells a signing made at the occasion the sentence before told: "also signed" (further), an
    opening anaphor ("At the meeting, A and B signed ..."), or the participants of a gathering told as held there."""
    return further(sentence) or bool(OCCASION_OPENING.match(sentence.strip())) or \
        bool(PARTICIPANTS.match(sentence.strip()) and HELD_BEFORE.search(before))


def remarks(sentence: str) -> bool:
    """The sentence tells only the occasion's speeches ("…分别致辞。"): what follows it may go on with the occasion
    the sentence before told, as after a quote."""
    return bool(REMARKS.search(sentence.strip())) and not find_dates(sentence)


def quoted(sentence: str) -> bool:
    """The sentence is someone's words in quotation marks (its "today" is the speaker's, not an occasion's)."""
    return sentence.lstrip()[:1] in {'"', "“", "「", "‘"}


def told_day(sentence: str, ctx: DateContext, anchor: date | None) -> date | None:
    """The day a sentence gives for what it tells: a date to the day ("July 16", "7月16日") or a weekday or "today"
    from `anchor` (the dateline's day, else the page's); not the day a source said something."""
    for dm in find_dates(sentence):
        d, prec = settle(dm, ctx)
        if prec == "day" and (ctx.page_date is None or d <= ctx.page_date):
            return d
    return relative_day(REPORTED.sub(" ", sentence), anchor or ctx.page_date)
