"""Skip a regular expression on a text it cannot match: a necessary condition read off the pattern itself.

The reader and the extractor run many rule patterns over every line and sentence, and most texts hold none of
their words. `quick(pattern)` wraps a compiled pattern: before scanning a text it checks, with plain substring
searches, that the text holds one of the literals every match needs (a literal run the pattern cannot match
without, or one per branch of an alternation; lookarounds count, as the whole text is checked). Without that the
pattern cannot match and is not run. The literals are derived from the pattern when it is first wrapped, so a rule
edited later gets its own condition; a pattern from which none can be derived is always run. Same results as the
pattern itself: only the time spent on texts that cannot match is saved.

Case-insensitive patterns are checked on the lower-cased text, where the few characters that match an ASCII letter
only under the regex engine's case folding (dotless ı, long ſ, dotted İ) are folded too; a literal with any other
character that has case gives no condition.
"""
from __future__ import annotations

import re
import re._constants as C
import re._parser as P

from scrapers.lead_chars import with_lead

_HOT = 16  # runs of a pattern after which it is worth compiling its lead_chars form
_MAX_LITERALS = 24  # beyond this many alternatives the substring checks cost about what the pattern does
_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})  # what re.I matches to i and s beyond str.lower()
_IGNORECASE = C.SRE_FLAG_IGNORECASE
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_NO_CASE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff20\uff3b-\uff40\uff5b-\uff65]")


def _caseless_ok(ch: str) -> bool:
    """Whether a literal character of a case-insensitive pattern can be checked on lower-cased text."""
    return ch.isascii() or _NO_CASE.match(ch) is not None


def _absorbed(lits: frozenset[str]) -> frozenset[str]:
    """The literals without those holding a shorter one of the set ("signed" holds "sign"): the same condition."""
    short = sorted(lits, key=len)
    kept: list[str] = []
    for lit in short:
        if not any(k in lit for k in kept):
            kept.append(lit)
    return frozenset(kept)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: the longest shortest literal, then the fewest alternatives."""
    options = [o for o in options if o]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _required(items, ignorecase: bool) -> frozenset[str] | None:
    """Literals one of which every match of this parsed sequence contains (None: no condition known)."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av)
            if ignorecase and not _caseless_ok(ch):
                close_run()
                continue
            run.append(ch.lower() if ignorecase else ch)
            continue
        close_run()
        if op is C.SUBPATTERN:
            _, add, delete, sub = av
            flags = (ignorecase or bool(add & _IGNORECASE)) and not delete & _IGNORECASE
            req = _required(sub.data, flags)
        elif op is C.ATOMIC_GROUP:
            req = _required(av.data, ignorecase)
        elif op in _REPEATS:
            low, _, sub = av
            req = _required(sub.data, ignorecase) if low >= 1 else None
        elif op is C.BRANCH:
            branches = [_required(b.data, ignorecase) for b in av[1]]
            req = None if any(b is None for b in branches) else _absorbed(frozenset().union(*branches))
            req = req if req and len(req) <= _MAX_LITERALS else None
        elif op is C.ASSERT:  # a lookahead or lookbehind: what it needs is in the text too
            req = _required(av[1].data, ignorecase)
        else:
            req = None
        if req:
            options.append(req)
    close_run()
    return _best(options)


def literals(pattern: re.Pattern) -> tuple[frozenset[str] | None, bool]:
    """(literals one of which any text the pattern matches contains, whether to look for them in lower case);
    None when the pattern gives no such condition."""
    if pattern.flags & (C.SRE_FLAG_VERBOSE | C.SRE_FLAG_LOCALE) or isinstance(pattern.pattern, bytes):
        return None, False
    parsed = P.parse(pattern.pattern, pattern.flags)
    ignorecase = bool(parsed.state.flags & _IGNORECASE)
    return _required(parsed.data, ignorecase), ignorecase


class Quick:
    """A compiled pattern that is not run on texts lacking every literal its matches need."""

    __slots__ = ("pattern", "_run", "_left", "_lits", "_lower")

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self._run = pattern  # what runs: after _HOT runs, the same pattern looking for its first characters first
        self._left = _HOT
        lits, self._lower = literals(pattern)
        self._lits = tuple(sorted(lits, key=len, reverse=True)) if lits else None

    def _runner(self) -> re.Pattern:
        if self._left:
            self._left -= 1
            if not self._left:
                self._run = with_lead(self.pattern)  # (compiled again: worth it for a pattern run this often)
        return self._run

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in `text`."""
        if self._lits is None:
            return True
        if self._lower:
            text = _lowered(text)
        for lit in self._lits:  # a loop, not any() over a generator: this runs for every rule on every sentence
            if lit in text:
                return True
        return False

    def search(self, text: str, *args):
        """`pattern.search`, skipped where it cannot match."""
        return self._runner().search(text, *args) if self.may_match(text) else None

    def match(self, text: str, *args):
        """`pattern.match`, skipped where it cannot match."""
        return self._runner().match(text, *args) if self.may_match(text) else None

    def finditer(self, text: str, *args):
        """`pattern.finditer`, skipped where it cannot match."""
        return self._runner().finditer(text, *args) if self.may_match(text) else iter(())

    def findall(self, text: str, *args):
        """`pattern.findall`, skipped where it cannot match."""
        return self._runner().findall(text, *args) if self.may_match(text) else []

    def sub(self, repl, text: str, count: int = 0) -> str:
        """`pattern.sub`, skipped (the text returned as it is) where it cannot match."""
        return self._runner().sub(repl, text, count) if self.may_match(text) else text


_last_lowered: tuple[str, str] = ("", "")


def _lowered(text: str) -> str:
    """The text lower-cased, with what re.I matches to i and s folded; the last one is kept (several patterns
    look at one sentence in turn)."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    low = text.lower()
    if not low.isascii() and ("ı" in low or "ſ" in low or "\u0307" in low):
        low = low.translate(_FOLD)
    _last_lowered = (text, low)
    return low


_WRAPPED: dict[int, Quick] = {}  # by id: hashing a compiled pattern hashes its whole program


def quick(pattern: re.Pattern) -> Quick:
    """The `Quick` wrapper of a compiled pattern (derived once per pattern)."""
    q = _WRAPPED.get(id(pattern))
    if q is None or q.pattern is not pattern:
        q = _WRAPPED[id(pattern)] = Quick(pattern)
    return q
