"""An institute named with its academy after a comma, as Chinese institutes style themselves in English ("the Institute
of Electrical Engineering, Chinese Academy of Sciences"): the institute is the actor, the academy only says whose it is.

A known unit named after its parent's possessive ("the Chinese Academy of Sciences' Institute of Engineering
Thermophysics", "Tsinghua University's Institute of Climate Change") is the unit alone too: the parent is no party.
A university's unit read as one name with the possessive inside ("the University of Maryland's Center for Global
Sustainability") is named "<University> <Unit>", the form such units carry on their own pages (a name with "'s"
inside is no name anybody uses); only a parent whose name holds University or College and a unit named by its own
head (Center, Institute, School, Laboratory, Program, Initiative ...): "Maryland's Department of the Environment" (a
state's body) and "the university's center" (no name) are left as they were.

A list is told apart by what follows the academy: "the Institute of X, Chinese Academy of Sciences and Tsinghua
University" names no parent (", and" or "and" after it: the academy is a list item of its own).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from scrapers import lazy_re as re
from scrapers.extract.entity_kinds import Entity
from scrapers.extract.entity_pairs import fold_pairs

# a unit's head word, and an academy's name ("Chinese Academy of Sciences", "Chinese Academy of Agricultural Sciences")
UNIT = re.compile(r"\b(?:Institute|Laboratory|Center|Centre|Station)\b")
ACADEMY = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}Academy\s+of(?:\s+[A-Z][\w-]*)+")
LIST_GOES_ON = re.compile(r",?\s+and\b")


def fold_academy_parents(ents: list, s: str, make: Callable) -> list:
    """Entities with "<institute>, <academy>" read as the institute alone, its span over the academy (`make(entity,
    start, end, surface)` copies one with a new span); others unchanged."""
    if "Academy" not in s:
        return ents
    return fold_pairs(ents, s, make, lambda e, nxt: s[e.end:nxt.start] == ", " and UNIT.search(e.name) and
                      ACADEMY.fullmatch(nxt.surface.strip()) and not LIST_GOES_ON.match(s, nxt.end))


# the possessive between a parent and its unit: "Sciences' Institute", "University's Institute"
_POSSESSIVE = re.compile(r"['’]s?\s+")


def _possessive(s: str, owner, unit) -> bool:
    """Whether only a possessive stands between the owner's name and the unit (the owner's surface may hold it)."""
    cut = 2 if owner.surface.endswith(("'s", "’s")) else 1 if owner.surface.endswith(("'", "’")) else 0
    at = owner.start + len(owner.surface) - cut
    return _POSSESSIVE.fullmatch(s, at, unit.start) is not None


def fold_possessive_parents(ents: list, s: str, make: Callable) -> list:
    """Entities with "<parent>'s <unit>" read as the unit alone, its span over the parent, where both are bodies the
    reader knows by name (a unit it does not know stays in the parent's whole possessive name, as written)."""
    if "'" not in s and "’" not in s:
        return ents
    return fold_pairs(ents, s, make, lambda e, nxt: _possessive(s, e, nxt) and UNIT.search(nxt.name) and
                      nxt.name == nxt.surface, keep_second=True)


# "<parent with University/College>'s <capitalised unit words with a unit head>"
_UNIT_OF = re.compile(r"^(?P<parent>(?:[A-Z][\w.&-]*\s+|of\s+|the\s+)*(?:University|College)(?:\s+(?:of\s+)?[A-Z][\w.&-]*)*)"
                      r"(?:'s|’s)\s+(?P<unit>(?:[A-Z][\w.&-]*\s+)*?(?:Center|Centre|Institute|School|College|"
                      r"Laboratory|Lab|Program|Programme|Initiative|Observatory)\b.*)$")


def without_parent_possessive(entities: list[Entity]) -> list[Entity]:
    """The entities with each unit "<University>'s <Unit>" named "<University> <Unit>" (see the module docstring)."""
    out = []
    for e in entities:
        m = _UNIT_OF.match(e.name) if e.kind == "org" and ("'s" in e.name or "’s" in e.name) else None
        out.append(replace(e, name=f"{m.group('parent')} {m.group('unit')}") if m else e)
    return out
