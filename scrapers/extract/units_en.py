"""A unit named through its parent's owner: "the Center for X of China's Ministry of Y" is one actor, the unit.

A sub-body of a national (or state, provincial, city) body is often written "<unit> of <place>'s <parent>". The
possessive belongs to the parent, so the place is no party, and the parent only says where the unit belongs: the
unit is the most specific actor the text names (as "<unit> of the <parent>" is read in entities.py). Whether the
parent was matched as a known name (a separate entity right after the unit) or by its shape (one run of capitalised
words), the result is one entity named after the unit whose span covers the parent too.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from typing import Callable

from pactwatch.gazetteer import gazetteer
from scrapers.extract.orgs import aliases, looks_like_org_en

# "<unit> of <Place>'s" at the end of a name, "<unit> of <Place>'s <parent>" for a whole run

# the two figures every pledge reader needs: a target or base year, and a percentage or a range of two
YEAR = r"(?:19|20)\d\d"
PCT = r"(\d+(?:\.\d+)?)\s*(?:(?:to|-|–|~)\s*(\d+(?:\.\d+)?)\s*)?(?:percent|per\s+cent|%)"

_OWNER = r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s"
_TAIL = re.compile(r"^(?P<unit>.+?)" + _OWNER + r"$")
_WHOLE = re.compile(r"^(?P<unit>.+?)" + _OWNER + r"\s+(?P<parent>.+)$")


_OWNED = re.compile(r"^(?:the\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s")


def _owner_is_place(place: str, unit: str) -> bool:
    """The owner is a place, and "<unit> of <place>" is not itself a name ("Bank of China's ...": the bank's)."""
    p = gazetteer().find_en(place)
    return p is not None and p.kind in {"country", "state", "province", "city"} and \
        aliases().find_en(f"{unit} of {place}") is None


def merge_units(ents: list, s: str, org_entity: Callable, make: Callable) -> list:
    """Entities with "<unit> of <place>'s <parent>" read as the unit alone, its span over the parent.

    `org_entity(surface, start, end)` builds the canonical entity of a name; `make(entity, start, end, surface)`
    copies one with a new span."""
    out: list = []
    i = 0
    while i < len(ents):
        e = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        m = _TAIL.match(e.surface.strip()) if e.kind == "org" else None
        if m is None and e.kind == "org" and nxt is not None and re.fullmatch(r"\s+of\s+", s[e.end:nxt.start]):
            # the known parent took its owner with it: "<unit>" + "of" + "<place>'s <parent>"
            o = _OWNED.match(nxt.surface)
            m = {"unit": e.surface.strip(), "place": o["place"]} if o else None
        if m and nxt is not None and nxt.kind == "org" and not re.sub(r"^\s+of\s+$", "", s[e.end:nxt.start]).strip() \
                and _owner_is_place(m["place"], m["unit"]) and looks_like_org_en(m["unit"]):
            unit = org_entity(m["unit"], e.start, nxt.end)
            if unit is not None:
                out.append(make(unit, e.start, nxt.end, s[e.start:nxt.end]))
                i += 2
                continue
        w = _WHOLE.match(e.surface.strip(" .,;")) if e.kind == "org" else None
        if w and _owner_is_place(w["place"], w["unit"]) and looks_like_org_en(w["unit"]) and looks_like_org_en(w["parent"]):
            unit = org_entity(w["unit"], e.start, e.end)
            if unit is not None:
                out.append(make(unit, e.start, e.end, e.surface))
                i += 1
                continue
        out.append(e)
        i += 1
    return out


# small numbers written out ("below two metric tons per capita")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
NUMBER_WORDS = "(?:" + "|".join(_WORDS) + ")"


def number(text: str) -> float:
    """A figure written in digits or as a small number word ("2", "2.5", "two")."""
    return float(_WORDS.get(text.lower(), text))


# a mass per person in tonnes or kilograms, thousands with commas: "2 metric tons", "two tonnes", "3,300 kg"
MASS = (rf"(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{NUMBER_WORDS})\s*(?:(?:metric\s+)?(?:tons?|tonnes?|t)|"
        rf"(kg|kilo(?:gram|gramme)s?))\b")


def tonnes(figure: str, kilograms: str | None) -> float:
    """The figure and unit of a MASS match in tonnes ("3,300", "kg" -> 3.3)."""
    value = number(figure.replace(",", ""))
    return value / 1000 if kilograms else value


# "by between 70 and 75 percent", "between 55% and 60%": a range told with "between ... and" (its unit after the
# second figure, or after each)
BETWEEN = re.compile(r"\bbetween\s+(\d+(?:\.\d+)?)\s*(?:%|percent\s+|per\s+cent\s+)?\s*and\s+"
                     r"(?=\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%))", re.I)
# "at least 70 percent", "no less than 40 per cent": a floor
FLOOR = re.compile(r"\b(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of)\s+(\d+(?:\.\d+)?)\s*(?:percent|per\s+cent|%)",
                   re.I)


# "by 65% to 70%", "65 percent to 70 percent": a range with its unit after each figure (not "from 30% to 50%", a
# change from one figure to the other)
UNIT_EACH = re.compile(r"(?<!\bfrom\s)(?<!\d)(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)(\s*(?:to|-|–)\s*)"
                       r"(?=\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))", re.I)


def between_as_range(s: str) -> str:
    """The sentence with "between 70 and 75 percent" and "70% to 75%" written "70 to 75 percent" / "70 to 75%",
    padded so positions stay."""
    if "between" in s:
        s = BETWEEN.sub(lambda m: f"{m.group(1)} to ".rjust(len(m.group())), s)
    if "%" in s or "cent" in s:
        s = UNIT_EACH.sub(lambda m: f"{m.group(1)} to ".rjust(len(m.group())), s)
    return s


def floor_figures(s: str) -> set[float]:
    """The percentages the sentence gives as floors ("at least 70 percent"): cuts with no ceiling."""
    return {float(m.group(1)) for m in FLOOR.finditer(s)} if re.search(r"least|less\s+than|minimum", s) else set()
