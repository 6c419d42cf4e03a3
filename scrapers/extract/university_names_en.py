"""How an English story names a university by its short form: "Ohio State", "Arizona State", "Penn State" is the
state's public university of that name ("Ohio State University"), not the state; "the university's Board of
Trustees" (or Regents, Governors) acts for the university, so "Ohio State's Board of Trustees reaffirmed the
university's commitment to ..." is the university's pledge.

The short forms are those of US public universities named "<State> State University" (a general list: the state
flagships' sister universities); "New York State" and "Washington State", which stories use for the state itself,
are not among them. A short form followed by another capitalised word ("Ohio State Senate", "Ohio State University",
"Ohio State Highway Patrol") is left to the other readers.

A university's unit named by its field ("the Institute of Energy of Peking University", "the School of Environment of
Tsinghua University") is the unit, named with its university ("Institute of Energy, Peking University"): the field
alone names no body, and the university is no party of its own.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# "<short form>" -> the university's name
_SHORT = {
    "Arizona State": "Arizona State University", "Ohio State": "Ohio State University",
    "Michigan State": "Michigan State University", "Penn State": "Pennsylvania State University",
    "Oregon State": "Oregon State University", "Iowa State": "Iowa State University",
    "Kansas State": "Kansas State University", "Florida State": "Florida State University",
    "Colorado State": "Colorado State University", "Oklahoma State": "Oklahoma State University",
    "Mississippi State": "Mississippi State University", "Georgia State": "Georgia State University",
    "Louisiana State": "Louisiana State University", "Utah State": "Utah State University",
    "Montana State": "Montana State University", "Boise State": "Boise State University",
    "San Diego State": "San Diego State University", "Portland State": "Portland State University",
}
# a short form used as a name: not followed by another capitalised word (its own full name, a state body) except a
# possessive or a title word read elsewhere
SHORT_FORM = re.compile(r"\b(" + "|".join(k.replace(" ", r"\s") for k in _SHORT) + r")\b(?![ \t]+[A-Z])")
# "Ohio State's Board of Trustees", "the University of Ohio's Board of Regents": the university acting through its board
BOARD_OF = re.compile(r"[’']s\s+Board\s+of\s+(?:Trustees|Regents|Governors)\b")


def state_university_names(text: str) -> dict[str, str]:
    """Surface -> the university's name, for each "<State> State" short form the story uses as a name."""
    if " State" not in text:
        return {}
    return {m.group(1): _SHORT[re.sub(r"\s+", " ", m.group(1))] for m in SHORT_FORM.finditer(text)}


def board_as_university(sentence: str) -> str:
    """The sentence with "X's Board of Trustees/Regents/Governors" read as X (the body it governs), so that what the
    board commits to or signs is the university's; else the sentence itself."""
    if "Board of" not in sentence:
        return sentence
    return BOARD_OF.sub("", sentence)


# a unit named by its field: "Institute of Energy", "School of Environment", "Center for Climate Studies"
_UNIT_BY_FIELD = {"Institute", "School", "College", "Center", "Centre", "Laboratory", "Department", "Faculty"}


def generic_unit_of(toks, i: int, k: int, known: str) -> bool:
    """Whether the capitalised run from token i is a unit named by its field ("Institute of Energy") whose known
    university or academy follows after a bare "of" at token k ("... of Peking University")."""
    return k - i >= 4 and toks[k - 1][0] == "of" and toks[i][0] in _UNIT_BY_FIELD and \
        toks[i + 1][0] in ("of", "for") and bool(re.search(r"(?:University|Academy\b.*)$", known))
