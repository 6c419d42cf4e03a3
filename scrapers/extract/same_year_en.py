"""A second target in an English sentence dated by the first's year: "to reach carbon neutrality no later than 2045
and to cut emissions 85 percent below 1990 levels by the same year", "net zero by 2050 and an 80 percent cut by that
year". "the same year" / "that (same) year" after by, in or until stands for the last target year the sentence
named before it (by, in, until, before or "no later than" a year); the pledge readers, which want the year in the
clause, read it with that year written in. A base year ("below 1990 levels") and a year not named as a deadline
("since 2005", "in the year 2020 report") are no target year; a sentence with no deadline year before the phrase is
left as it is. Same length out as in (the phrase is padded), so entity offsets hold. Pure function."""
from __future__ import annotations

from scrapers import lazy_re as re

# the phrase that stands for a year named before
_SAME = re.compile(r"\b(?P<lead>by|in|until)\s+(?P<phrase>the\s+same\s+year|that\s+same\s+year|that\s+year)\b")
# a deadline year before it: "by 2045", "no later than 2045", "before 2030", "until 2035", "in 2040"
_DEADLINE = re.compile(r"\b(?:by|in|until|before|than)\s+(?:the\s+end\s+of\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s+levels)")


def same_year_named(sentence: str) -> str:
    """The sentence with "by the same year" (and its kin) written as "by <year>", the last deadline year named before
    it (see the module docstring); the sentence as it was where none is."""
    if "year" not in sentence or not _SAME.search(sentence):
        return sentence
    out, last = [], 0
    for m in _SAME.finditer(sentence):
        years = list(_DEADLINE.finditer(sentence, 0, m.start()))
        if not years:
            continue
        year = years[-1].group("year")
        a, b = m.span("phrase")
        out.append(sentence[last:a] + year + " " * (b - a - len(year)))
        last = b
    return "".join(out) + sentence[last:]
