"""People and bodies around a signing who are not its parties: witnesses, attendees, hosts, organisers, sponsors,
moderators, the program under whose auspices it was made (docs/non-party-roles.md).

English: "Under the auspices of the X Program, A and B signed ...", "With support from the Y Foundation, ...", "A and
B signed ..., witnessed by Governor X and Vice Mayor Y", "..., in the presence of ...", "..., hosted by the Z
Association": the phrase is an aside (`role_asides`, read by clauses_en.asides), so what it names is never a party.
Chinese: "X副厅长刘芳、Y市长张伟出席签约仪式", "…参加签约仪式", "签约仪式由X主持": who attended, witnessed or chaired a
signing did not sign (`attended_signing`, read by agreements_zh before a bare 签约 concludes anything).

Every rule is gated by a cheap keyword test before its pattern runs.
"""
from __future__ import annotations

from functools import lru_cache

from scrapers import lazy_re as re
from scrapers.lead_chars import with_lead

# the words that open a non-party role phrase; one precompiled search gates the costlier patterns below
_EN_GATE = re.compile(r"auspices|presence\s+of|[Ww]itnessed\s+by|[Hh]osted\s+by|[Oo]rgani[sz]ed\s+by|"
                      r"[Ss]ponsored\s+by|[Ss]upported\s+by|[Mm]oderated\s+by|[Aa]ttended\s+by|[Ff]acilitated\s+by|"
                      r"[Bb]rokered\s+by|(?:support|backing|funding)\s+(?:from|of)")
_ROLE = (r"(?:under\s+the\s+auspices\s+of|with\s+(?:the\s+)?(?:financial\s+)?(?:support|backing|funding)\s+(?:from|of)|"
         r"(?:jointly\s+)?witnessed\s+by|in\s+the\s+(?:joint\s+)?presence\s+of|(?:co-)?hosted\s+by|"
         r"(?:co-)?organi[sz]ed\s+by|(?:co-)?sponsored\s+by|supported\s+by|moderated\s+by|attended\s+by|"
         r"facilitated\s+by|brokered\s+by)\s+")
# "Under the auspices of X, A and B signed ...": the opening phrase up to its first comma
_EN_LEAD = re.compile(rf"(?i:{_ROLE})[^,;]{{2,120}}?,")
# "..., witnessed by X and Y", "... in the presence of X": the phrase to the clause's end
_EN_TRAIL = with_lead(re.compile(rf"(?:,\s+(?:and\s+)?)?\b(?i:{_ROLE})"))
# where a trailing role phrase ends: a semicolon, a comma before a lower-case word (not a list's "and"/"or"), or
# where it goes on with the signing's place or day ("... in Akron on Monday")
_EN_TRAIL_END = re.compile(r";|,\s+(?!and\b|or\b)(?=[a-z])|\s+(?:in|on|at)\s+(?=[A-Z0-9])(?!the\b)|[.!?]\s*$")


@lru_cache(maxsize=256)
def role_asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of an English sentence's non-party role phrases ("Under the auspices of X,", ", witnessed by X and Y",
    "in the presence of X"): what they name witnessed, hosted or backed a signing and is none of its parties."""
    if not _EN_GATE.search(sentence):
        return ()
    spans: list[tuple[int, int]] = []
    if (lead := _EN_LEAD.match(sentence)) is not None:
        spans.append((0, lead.end()))
    for m in _EN_TRAIL.finditer(sentence):
        if m.start() == 0 or any(a <= m.start() < b for a, b in spans):
            continue
        end = _EN_TRAIL_END.search(sentence, m.end())
        spans.append((m.start(), end.start() if end else len(sentence)))
    return tuple(spans)


# "X副厅长刘芳、Y市长张伟出席签约仪式", "…参加了签约仪式", "…见证签约": the subject of 出席/参加/见证 before a bare 签约
_ZH_ATTENDED = re.compile(r"(?:出席|参加|参与|列席|观摩|见证|陪同|主持)(?:了|并见证了?|并致辞)?(?:本次|此次|当天的?|)$")


def attended_signing(before: str) -> bool:
    """Whether the words before a Chinese 签约 say who attended, witnessed or chaired the signing ("…出席签约仪式"):
    they did not sign it, and the sentence reports no agreement of theirs."""
    return ("出席" in before or "参加" in before or "参与" in before or "列席" in before or "观摩" in before or
            "见证" in before or "陪同" in before or "主持" in before) and _ZH_ATTENDED.search(before.rstrip()) is not None
