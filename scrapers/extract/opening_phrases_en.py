"""An instrument named in a sentence's opening phrase that only sets the scene for the signing the sentence reports:
"Following a friendship agreement signed in 2015, Hainan and Hawaii signed a memorandum ...", "Building on their 2015
sister-state agreement, ...", "As part of the partnership, ...". The instrument signed is the one the clause after
the comma names; the earlier one is background, as an instrument in a relative clause is (clauses_en).

Only an opening that is a prepositional phrase of sequence or basis closing with a comma before the clause's
subject, and only where the sentence names another instrument after that comma: "Under the agreement, A and B will
..." (no other instrument) keeps its one instrument for the readers that judge it.
"""
from __future__ import annotations

from scrapers import lazy_re as re

_OPENING = re.compile(r"(?:Following|After|Building\s+on|Under|Since|Besides|Beyond|In\s+addition\s+to|On\s+top\s+of|"
                      r"Alongside|As\s+part\s+of|As\s+a\s+follow-up\s+to|Pursuant\s+to|In\s+line\s+with|Ten\s+years\s+"
                      r"after|Years\s+after|Months\s+after|Two\s+years\s+after|A\s+year\s+after)\s+[^,;:]{3,120}?,\s+")


def opening_background(sentence: str, starts: list[int]) -> tuple[int, int] | None:
    """The span of the sentence's opening scene-setting phrase (see the module docstring) where an instrument named
    at one of `starts` lies after it, or None."""
    m = _OPENING.match(sentence)
    if m is None or not any(s >= m.end() for s in starts) or not any(s < m.end() for s in starts):
        return None
    return 0, m.end()


def scene_blanked(sentence: str, scene: tuple[int, int] | None) -> str:
    """`sentence` with its scene-setting opening blanked (offsets kept): its dates are the earlier instrument's, not
    the signing's ("Following a friendship agreement signed in 2015, ...")."""
    return sentence if scene is None else " " * scene[1] + sentence[scene[1]:]


# a subject that counts the signers without naming them: "Twelve mayors", "More than 20 cities", "Leaders of 30 cities"
_COUNTED = re.compile(r"^(?:(?:The|All|Some|More\s+than|Over|Nearly|Almost|About|At\s+least)\s+)?(?:\d+|two|three|four|five|"
                      r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens\s+of|[a-z]+ty-[a-z]+)"
                      r"\s+(?:(?:[A-Z]?[a-z]+|U\.S\.|European|Chinese)\s+)?(?:mayors|governors|cities|states|provinces|regions|"
                      r"leaders|companies|firms|ports|utilities|organi[sz]ations|members|signatories|governments|"
                      r"municipalities|local\s+governments)\b", re.I)


def counted_subject(sentence: str, verb_at: int) -> bool:
    """Whether the words before the verb only count the signers ("Twelve mayors signed X ..., including the mayors of
    A, B and C"): the list after "including" / "among them" names the parties."""
    return bool(_COUNTED.match(sentence[:verb_at].strip()))


# a frame the clause after it works in: "Under the Hawaii Clean Energy Initiative, the state aims ...", "Through its
# Green Ports Programme, the city will ..."
_FRAME = re.compile(r"(?:Under|Through|As\s+part\s+of|In\s+line\s+with|Consistent\s+with|Pursuant\s+to|In\s+keeping\s+with)"
                    r"\s+[^,;:]{3,100}?,\s+(?=(?:the|its|their|this|that)\s+[a-z]|[A-Z])")


def frame_end(sentence: str) -> int:
    """Where a sentence's opening frame ends (0 if it has none): a programme or plan named there is the frame of the
    clause's pledge, never its pledger ("Under the Hawaii Clean Energy Initiative, the state aims ...": the state)."""
    m = _FRAME.match(sentence)
    return m.end() if m else 0
