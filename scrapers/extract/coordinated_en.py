"""Two signings told in one English sentence as coordinated clauses, each with its own subject, verb and instrument
("Utah and Ningxia signed a letter of intent on solar power, and Arizona and Gansu signed a memorandum on desert
parks"): one agreement per clause, not one of four parties (nor the first alone). Pure functions over the sentence;
each clause is read as the sentence with the other clauses blanked, so offsets stay the sentence's."""
from __future__ import annotations

from scrapers import lazy_re as re

# ", and", ", while", ";" opening a clause with a named subject (not "and the X" inside a list of parties: the clause
# must sign); "; and" opens the last clause of a series set apart by semicolons ("A and B signed ...; C and D signed
# ...; and E and F signed ...")
_CLAUSE_AND = re.compile(r"(?:,\s+(?:and|while)|;(?:\s+(?:and|while))?)\s+(?=(?:the\s+)?[A-Z])")
_SIGNED = re.compile(r"\b(?:signed|inked|sealed|concluded|renewed|struck)\b")
# a clause's own signing: its verb within a short subject's reach, its instrument soon after
# (a legal form's comma is no clause's end: "A and B Co., Ltd. signed ...")
_CLAUSE = re.compile(r"(?:[^,;]|,(?=\s*(?:Ltd|Inc|LLC|Limited|PLC|plc|S\.A|AG|GmbH|Pte)\b)){3,120}?\b(?:signed|inked|sealed|concluded|renewed|struck)\s+(?:[\w-]+\s+){0,5}?"
                     r"(?:memorand(?:um|a)|MOUs?|MoUs?|letters?\s+of\s+intent|agreements?|accords?|pacts?|"
                     r"declarations?|compacts?)\b", re.I)


def signing_clauses(sentence: str) -> list[tuple[int, int]]:
    """The spans of the coordinated signing clauses of a sentence (two or more), or [] where it tells one signing."""
    if (", and " not in sentence and ", while " not in sentence and "; " not in sentence) or \
            len(_SIGNED.findall(sentence)) < 2:
        return []
    cuts = [m for m in _CLAUSE_AND.finditer(sentence)
            if _CLAUSE.match(sentence, m.end()) and _SIGNED.search(sentence, 0, m.start())]
    if not cuts:
        return []
    starts, ends = [0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(sentence)]
    return list(zip(starts, ends))


def blanked(sentence: str, span: tuple[int, int]) -> str:
    """The sentence with everything outside `span` blanked (its offsets kept)."""
    a, b = span
    return " " * a + sentence[a:b] + " " * (len(sentence) - b)
