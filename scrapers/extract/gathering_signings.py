"""Signings told as made at the story's gathering without naming it.

A signing told as one of those a sentence before counted at the story's gathering: "The Dialogue, held in Berkeley
on Sept. 9, ended with 14 agreements. Among them, California and Hainan signed ...", "A dozen memoranda were signed
at the forum. These include ...". The signing was made at that gathering, so it takes its place (and day) as one told
"at the forum" does; a sentence before that counts no signings ("Among them, ..." after a list of delegates) gives
nothing.
"""
from __future__ import annotations

from datetime import date

from scrapers import lazy_re as re
from scrapers.extract.agreement_words import EVENT_ANAPHORA
from scrapers.extract.place_references import hall_city
from scrapers.extract.visit_days_zh import during_visit

# the clause opens on the counted signings ("Among them,", "Of these,", "These include", "The agreements include")
_AMONG = re.compile(r"^\W*(?:(?:Among|Of)\s+(?:them|these|those|the\s+(?:agreements|deals|documents|memoranda|MOUs|"
                    r"accords))\s*,|(?:These|They|The\s+(?:agreements|deals|documents|memoranda|MOUs))\s+"
                    r"(?:include|included|including)\b)")
# the sentence before counts signings: "ended with 14 agreements", "saw a dozen memoranda signed", "12 MOUs were inked"
_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|"
                      r"several|a\s+(?:series|number|raft|slew)\s+of)\s+(?:[\w-]+\s+){0,3}(?:agreements|memoranda|MOUs|"
                      r"MoUs|deals|documents|accords|contracts)\b")
_SIGNED = re.compile(r"\b(?:signed|inked|sealed|concluded|ended\s+with|closed\s+with|saw|yielded|produced|"
                     r"resulted\s+in)\b")


def among_counted(clause: str, previous: str) -> bool:
    """Whether a signing clause opens as one of the signings the sentence before counted ("Among them, ...")."""
    if not previous or not _AMONG.match(clause):
        return False
    return bool(_COUNTED.search(previous) and _SIGNED.search(previous))


def counted_day(sentence: str, before: str, ctx, dateline) -> date | None:
    """The day the sentence before told the signings it counted ("... inked eight agreements on Tuesday at the ...
    Conference." + "Among them, A and B, C and D inked ..."), where this sentence opens as one of them: its day."""
    if not among_counted(sentence, before):
        return None
    from scrapers.extract.agreement_fields import signing_date

    day, precision = signing_date(before, ctx, dateline)
    return day if precision == "day" else None


def at_recent_gathering(sentence: str, before: str = "") -> bool:
    """Whether a signing sentence tells its signing as made at the gathering (or on the visit) the text told just
    before ("at the forum", 会议期间, "Among them, ..."), so it takes that gathering's day."""
    return bool(EVENT_ANAPHORA.search(sentence)) or during_visit(sentence, before) or among_counted(sentence, before)


def told_around(found: list, sentence: str, before: str, recent_day: date | None, page_date: date | None) -> list:
    """The agreements a sentence reports, with the city of the hall they were signed at ("at Hobart Town Hall") and,
    undated, the day of the gathering the text told just before where the sentence says they were signed there."""
    for ag in found:
        if ag.city is None and (hall := hall_city(sentence)):
            ag.city, ag.country = hall
        if ag.signed_on is None and recent_day and at_recent_gathering(sentence, before) and \
                (page_date is None or recent_day <= page_date):
            ag.signed_on, ag.signed_on_precision = recent_day, "day"
    return found
