"""Let the regular-expression engine skip, at C speed, the positions where a pattern's match cannot start.

Python's `re` scans a text position by position, trying the whole pattern at each one, unless the pattern opens with
a literal or a character set it can look for first. Most rule patterns open with `\\b`, a lookbehind, an optional
group or an alternation of words, so every position of every sentence pays for a failed attempt. `with_lead(p)`
derives, from the parsed pattern, the set of characters any match's first character belongs to, and returns the
same pattern behind a lookahead for that set: `(?=[...])(?:pattern)`. Same matches, same groups (the wrapper group
captures nothing), same flags; the engine finds the candidate positions with its set search. Where no such set can be
read (the pattern may match the empty string, opens with a negated set or `.`, or changes flags inside), the pattern
is returned as it is; so is a pattern that opens with a literal or a set (the engine looks for those by itself) and
one whose set holds many lower-case letters (a list of English words under re.I: most positions of a text would pass).
"""
from __future__ import annotations

import re
import string
import re._constants as C
import re._parser as P

from scrapers.lazy_re import LazyPattern, deferred

_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
             C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
_BROAD = 8  # a set holding more lower-case letters than this lets through most positions of English text


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first(items) -> tuple[list[str], bool] | None:
    """(class members any first character of a match of this parsed sequence is one of, whether the sequence can
    match the empty string); None where no such set can be read."""
    members: list[str] = []
    for op, av in items:
        nullable = False
        if op is C.LITERAL:
            members.append(_char(av))
        elif op is C.IN:
            for kind, value in av:
                if kind is C.LITERAL:
                    members.append(_char(value))
                elif kind is C.RANGE:
                    members.append(f"{_char(value[0])}-{_char(value[1])}")
                elif kind is C.CATEGORY and value in _CATEGORY:
                    members.append(_CATEGORY[value])
                else:
                    return None  # a negated set, a set of other kinds
        elif op is C.SUBPATTERN:
            _, add, delete, sub = av
            if add or delete:
                return None  # (?i:...) inside: the set would need the other case too
            inner = _first(sub.data)
            if inner is None:
                return None
            members += inner[0]
            nullable = inner[1]
        elif op is C.ATOMIC_GROUP:
            inner = _first(av.data)
            if inner is None:
                return None
            members += inner[0]
            nullable = inner[1]
        elif op in _REPEATS:
            low, _, sub = av
            inner = _first(sub.data)
            if inner is None:
                return None
            members += inner[0]
            nullable = low == 0 or inner[1]
        elif op is C.BRANCH:
            nullable = False
            for branch in av[1]:
                inner = _first(branch.data)
                if inner is None:
                    return None
                members += inner[0]
                nullable = nullable or inner[1]
        elif op in _ZERO_WIDTH:
            nullable = True  # an anchor or a lookaround consumes nothing: the next item gives the first character
        else:
            return None  # any character, a negated literal, a back-reference
        if not nullable:
            return members, False
    return members, True


def with_lead(pattern: re.Pattern) -> re.Pattern:
    """The pattern behind a lookahead for the characters its matches can start with (see module docstring); the
    pattern itself where none can be read. A pattern compiled on first use (lazy_re) gives one too."""
    if isinstance(pattern, LazyPattern):
        return deferred(pattern, lambda: with_lead(pattern.compiled()))
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE or _GLOBAL_FLAGS.match(pattern.pattern) or \
            pattern.pattern.startswith("(?=["):
        return pattern  # (one that opens with a lookahead for a set: a lead form already)
    parsed = P.parse(pattern.pattern, pattern.flags).data
    if parsed and parsed[0][0] in (C.LITERAL, C.IN):
        return pattern  # the engine looks for a leading literal or set by itself
    found = _first(parsed)
    if found is None or found[1] or not found[0]:
        return pattern
    members = "".join(dict.fromkeys(found[0]))
    lead = re.compile(f"[{members}]", pattern.flags)
    if sum(1 for c in string.ascii_lowercase if lead.match(c)) > _BROAD:
        return pattern  # the lookahead would cost about what it saves
    return re.compile(f"(?=[{members}])(?:{pattern.pattern})", pattern.flags)
