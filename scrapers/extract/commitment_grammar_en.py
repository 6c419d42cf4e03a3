"""English commitment grammar the other rules had not met (round 16, docs/english-unseen-grammar.md):

* a place that will "be carbon-free by 2040" pledges neutrality (never a carbon-free supply: "carbon-free electricity");
* a "we" pledge quoted from a mayor is the mayor's city ("“We will be carbon-free by 2040,” Mayor Jane Roe said");
* a figure told with "could", "might" or "may" is a possibility, no pledge ("Hagerstown could cut its emissions 40%");
* a pledge named as the subject of "was cited" is context for others ("Brazil's national pledge ... was cited by ...");
* a summary before a colon ("Ghent and Bilbao set their own targets the same week: Ghent wants ..., and Bilbao ...")
  is read past, so each clause after it keeps its own subject.

Each function reads one sentence and is gated by a cheap `in` test; `commitments.find_commitments` calls them.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from dataclasses import replace

from pactwatch.gazetteer import gazetteer
from scrapers.extract.datelines import DATELINE
from scrapers.extract.entity_kinds import Entity
from scrapers.extract.units_en import YEAR
from scrapers.lead_chars import with_lead

# "be carbon-free by 2040", "become a carbon-free city by 2045", "go carbon free no later than 2035"
CARBON_FREE = with_lead(re.compile(
    rf"\b(?:be|become|becoming|being|go|going|turn|reach)\s+(?:fully\s+|entirely\s+)?(?:a\s+)?carbon[- ]free"
    rf"(?:\s+(?:city|state|county|town|community|region|province|country|nation))?\s+"
    rf"(?:by|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?({YEAR})\b", re.I))

# a "we" quote, after a dateline the page kept or none: '"We will ...', 'ASHEVILLE - "We will ...'
WE_QUOTE = re.compile(r"^(?:[A-Z][A-Z .,'-]{2,40}\s+[-–—]\s+)?[“\"]\s*(?:We|Our\s+(?:city|town))\b")
_PERSON = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}"
# '...,” Mayor Jane Roe said', '..., said Mayor Jane Roe', '..., said Jane Roe, the city's mayor', '..., mayor of X'
MAYOR_SAID = re.compile(rf"[”\"]\s*,?\s*(?:(?:said|says|added|told\s+\w+)\s+Mayor\s+{_PERSON}|Mayor\s+{_PERSON}\s+"
                        rf"(?:said|says|added|told)\b|(?:said|says|added)\s+{_PERSON},\s+(?:the\s+)?(?:city['’]s\s+)?"
                        rf"mayor\b(?:\s+of\s+(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}))?)")

# "could cut its emissions 40% by 2030", "might reach net zero by 2040", "may be carbon neutral by 2045"
MODAL = re.compile(r"\b(?:could|might|may)\s+(?:(?:also|still|even|well|potentially|eventually)\s+)?(?:[a-z-]+\s+){0,2}$")

# "Brazil's national pledge to cut emissions 53% by 2030 was cited by Curitiba officials as ...": the pledge is
# what is cited, the subject of the sentence
CITED = re.compile(r"^(?:The\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}?(?:[\w.-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
                   r"(?:pledge|goal|target|commitment|promise)s?\b[^.;]{0,140}?\b(?:was|were|is|are|has\s+been|"
                   r"have\s+been)\s+(?:often\s+|widely\s+|repeatedly\s+|also\s+)?(?:cited|invoked|quoted)\b")

# "Ghent and Bilbao set their own targets the same week: ...": a summary naming who set targets, then the targets
SUMMARY = re.compile(r"^([^:;\"“”]{5,160}?\b(?:targets|goals|pledges|commitments)\b[^:;\"“”]{0,60}):\s+(?=[A-Z])")
A_YEAR = re.compile(YEAR)


def carbon_free(s: str) -> list[tuple[int, str, dict]]:
    """A place to "be carbon-free by" a year: a neutrality pledge (position, kind, fields)."""
    if "free" not in s or "arbon" not in s:
        return []
    return [(m.start(), "carbon_neutrality", {"target_year": int(m.group(1))})
            for m in CARBON_FREE.finditer(s)][:1]


def mayor_quote(sentence: str, at: int, entities: list[Entity], places: dict[str, str]) -> list[str]:
    """The city of the mayor who speaks a "we" pledge (at `at`, inside the opening quote): the city the attribution
    names ("mayor of X"), else the city of the page's dateline, else the city the story named last; [] when the
    quote names an actor of its own (left to the other rules) or no city is known."""
    if not WE_QUOTE.match(sentence) or "ayor" not in sentence:
        return []
    m = MAYOR_SAID.search(sentence)
    if not m or m.start() < at:
        return []
    if any(e.start < m.start() and e.kind != "org" for e in entities):
        return []  # '"By 2045, Rosario will be ...," Mayor X said': the quote's own subject
    if m.group("of"):
        named = [e.name for e in entities if e.start >= m.start("of") and e.kind == "city"]
        return named[:1]
    if (d := DATELINE.match(sentence)) and (p := gazetteer().find_en(d.group("city").strip().title())) and \
            p.kind == "city":
        return [p.name]
    return [places["city"]] if places.get("city") else []


def hedged(s: str, at: int) -> bool:
    """Whether the pledge at `at` is told with "could", "might" or "may" just before it (a possibility)."""
    if "could" not in s and "might" not in s and "may " not in s:
        return False
    return bool(MODAL.search(s, max(0, at - 50), at))


def cited(s: str) -> bool:
    """Whether the sentence's subject is a pledge cited or invoked (context, not a pledge of its own)."""
    return ("cited" in s or "invoked" in s or "quoted" in s) and bool(CITED.match(s))


def summary_targets(sentence: str) -> re.Match | None:
    """A summary of who set targets before a colon, with no year of its own ("A and B set their own targets: ..."),
    or None."""
    m = SUMMARY.match(sentence) if ": " in sentence else None
    return m if m and not A_YEAR.search(m.group(1)) else None


def after_summary(sentence: str, entities: list[Entity]) -> int:
    """Where the targets start after a summary of who set them ("A and B set their own targets: A will ..., and B
    ..."), 0 when there is no such summary (the summary holds no year and names at least two actors)."""
    if not (m := summary_targets(sentence)):
        return 0
    return m.end() if sum(e.end <= m.end(1) for e in entities) >= 2 else 0


def shifted(entities: list[Entity], cut: int) -> list[Entity]:
    """The entities named after `cut`, their positions counted from there."""
    return [replace(e, start=e.start - cut, end=e.end - cut) for e in entities if e.start >= cut]
