"""Agreements whose instrument opens the sentence and whose parties are the main clause's objects or subject.

"Under an agreement signed Monday, Utah and Zhejiang will share data" and "The memorandum, signed Thursday in
Chengdu, commits Sichuan and Washington State to joint research": the instrument and its signing are told first, in
a phrase or an aside, and the parties come in the clause that follows it: as its subject after "Under ...," or as
the objects of a verb that binds them ("commits", "binds", "obliges", "requires"). A definite instrument ("the
agreement") is this week's signing only where the aside dates it by a weekday, "today"/"yesterday" or a month and day;
"Under the agreement signed in 2013, A and B meet every year" recalls an older one and names no signing.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_SIGNED = r"(?:signed|inked|sealed|concluded)"
_UNDER = re.compile(r"(?:Under|Through)\s+(an?|a\s+new|the)\s+(?:[\w-]+\s+){0,3}$")
_UNDER_LEAD = re.compile(rf",?\s+(?:\w+\s+)?{_SIGNED}\b[^,]{{0,60}},\s+")
_OPENING = re.compile(r"(?:(An?|The|This|That)\s+)(?:[\w-]+\s+){0,3}$")
# ", signed Thursday in Chengdu, commits" / " signed Thursday commits": the aside, then a verb that binds its objects
# a verb that binds the parties named after it ("commits Sichuan and Washington State to", "binds the City of ...")
_BIND_VERB = r"\s+(?:commits|binds|obliges|requires)\s+(?=[A-Z]|the\s+[A-Z]|the\s+(?:city|state|province)\s+of\b)"
_BINDS = re.compile(rf"(,?)\s+(?:which\s+(?:was|were)\s+)?(?:(?:jointly|formally)\s+)?{_SIGNED}\b([^,.;]{{0,70}}?)(,?)"
                    + _BIND_VERB)
# "Signed on Thursday in Chengdu, the memorandum commits A and B to": the participle fronted
_FRONTED = re.compile(rf"(?:Jointly\s+)?(?:Signed|Inked|Sealed|Concluded)\b([^,.;]{{0,70}}),\s+(?:the|this)\s+(?:[\w-]+\s+){{0,3}}$")
_FRONTED_BINDS = re.compile(_BIND_VERB)
_THIS_WEEK = re.compile(r"\b(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|"
                        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b")


def parties_after_instrument(sentence: str, inst_start: int, inst_end: int) -> int | None:
    """Where the parties of an instrument told at the sentence's opening begin (the main clause's subject after
    "Under an agreement signed Monday,", the objects of "commits" after "The memorandum, signed Thursday," or "Signed Thursday, the memorandum"), or None
    where the sentence is not built so, or the instrument is an older one recalled."""
    if under := _UNDER.match(sentence[:inst_start]):
        lead = _UNDER_LEAD.match(sentence, inst_end)
        if lead and (under.group(1) != "the" or _THIS_WEEK.search(lead.group())):
            return lead.end()
        return None
    if (fronted := _FRONTED.fullmatch(sentence[:inst_start])) and _THIS_WEEK.search(fronted.group(1)):
        binds = _FRONTED_BINDS.match(sentence, inst_end)
        return binds.end() if binds else None
    opening = _OPENING.fullmatch(sentence[:inst_start])
    binds = _BINDS.match(sentence, inst_end) if opening else None
    if not binds or binds.group(1) != binds.group(3):  # an aside is closed by the comma that opened it
        return None
    if opening.group(1).lower() not in ("a", "an") and not _THIS_WEEK.search(binds.group(2)):
        return None
    return binds.end()


# "their partnership with a memorandum", "the partnership through an agreement", "... in a memorandum signed"
_THROUGH = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:with(?:\s+the\s+signing\s+of)?|through|by\s+signing|in|under)\s+(?:an?|the)\s+"
                      r"(?:[\w-]+\s+){0,2}$")


def instrument_of_partnership(sentence: str, partnership: re.Match, hits: list) -> tuple | None:
    """The instrument a partnership was concluded with, named after it ("formalized their clean energy partnership
    with a memorandum of understanding"): (match, kind) of a memorandum or an agreement, or None."""
    return next(((m, kind) for m, kind in hits if kind in {"mou", "agreement"} and m.start() > partnership.end() and
                 _THROUGH.fullmatch(sentence, partnership.end(), m.start())), None)


# ", which was signed Tuesday in Seattle by the Port of Seattle and the Port of Shanghai,": the instrument's own signing
_REL_BY = re.compile(rf",\s*which\s+(?:was|were)\s+(?:jointly\s+|formally\s+)?{_SIGNED}\b[^,;]{{0,60}}?\bby\s+"
                     r"([^;]{3,160}?)(?=,|;|\.$|$)")


def relative_signers(sentence: str, inst_end: int) -> tuple[int, int] | None:
    """The span of the signers an instrument's relative clause names by "by" (", which was signed Tuesday by A and
    B,"), or None: what is otherwise an aside names the parties of the instrument it follows."""
    m = _REL_BY.match(sentence, inst_end)
    return (m.start(1), m.end(1)) if m else None
