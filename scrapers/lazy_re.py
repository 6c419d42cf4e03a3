"""The `re` module with compilation put off until a pattern is first used: `from scrapers import lazy_re as re`.

The extractor's rule modules define about five hundred patterns at import, and compiling them (Python's `re` parses
and compiles in Python) was most of the extractor's start-up: a one-page `pactwatch extract` spent more on it than
on reading the page. Most rules are reached only behind a cheap literal check, so on a given run many of their
patterns are never searched: an English page never reaches the Chinese rules, a page with no signing never reaches
the signing grammar. `compile` here returns a `LazyPattern` that compiles on its first search and then hands out the
compiled pattern's own methods, so a pattern costs nothing until used and the same afterwards. `pattern` (the source)
is read without compiling, as patterns are built from others' sources. Every other name is the real `re`'s, and the
module-level functions (`re.search(PATTERN, text)`) accept a `LazyPattern` where the real ones take a pattern.
"""
from __future__ import annotations

import re as _re
import threading
from re import (A, ASCII, DOTALL, I, IGNORECASE, M, MULTILINE, S, U, UNICODE, VERBOSE, X, Match, Pattern, error,  # noqa: F401
                escape, purge)

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_lock = threading.RLock()  # a deferred pattern compiles its source inside its own build


class LazyPattern:
    """A pattern compiled on first use: `search`, `match`, `finditer` ... and `flags`, `groups`, `groupindex` as the
    compiled one's; `pattern` is its source, read without compiling."""

    def __init__(self, pattern: str | bytes, flags: int = 0, build=None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._build = build  # what compiles it, where that is not re.compile(pattern, flags) (see deferred)
        self._compiled: Pattern | None = None

    def compiled(self) -> Pattern:
        """The real compiled pattern (compiled now if it was not yet); its methods replace this object's own."""
        c = self._compiled
        if c is None:
            with _lock:
                c = self._compiled
                if c is None:
                    c = self._build() if self._build else _re.compile(self.pattern, self._flags)
                    for name in _METHODS:
                        setattr(self, name, getattr(c, name))  # later calls go straight to the compiled pattern
                    self._compiled = c
        return c

    def search(self, *args, **kwargs):
        return self.compiled().search(*args, **kwargs)

    def match(self, *args, **kwargs):
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args, **kwargs):
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args, **kwargs):
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args, **kwargs):
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args, **kwargs):
        return self.compiled().split(*args, **kwargs)

    def scanner(self, *args, **kwargs):
        return self.compiled().scanner(*args, **kwargs)

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self):
        return self.compiled().groupindex

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {self._flags})"

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo) -> LazyPattern:
        return self


def deferred(source: LazyPattern, build) -> LazyPattern:
    """A pattern made from `source` by `build()` (a compiled pattern) on first use: `lead_chars.with_lead` of a lazy
    pattern. Its `pattern` is the source's (the same matches)."""
    return LazyPattern(source.pattern, source._flags, build)


def real(pattern):
    """The compiled pattern behind a `LazyPattern` (compiling it if needed); anything else as it is."""
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


def compile(pattern, flags: int = 0):  # noqa: A001 - the name `re` users call
    """A pattern compiled on first use (a compiled or lazy pattern given again is returned as it is, as `re` does)."""
    if isinstance(pattern, (LazyPattern, Pattern)):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    return LazyPattern(pattern, flags)


def search(pattern, string, flags: int = 0):
    return _re.search(real(pattern), string, flags)


def match(pattern, string, flags: int = 0):
    return _re.match(real(pattern), string, flags)


def fullmatch(pattern, string, flags: int = 0):
    return _re.fullmatch(real(pattern), string, flags)


def finditer(pattern, string, flags: int = 0):
    return _re.finditer(real(pattern), string, flags)


def findall(pattern, string, flags: int = 0):
    return _re.findall(real(pattern), string, flags)


def sub(pattern, repl, string, count: int = 0, flags: int = 0):
    return _re.sub(real(pattern), repl, string, count, flags)


def subn(pattern, repl, string, count: int = 0, flags: int = 0):
    return _re.subn(real(pattern), repl, string, count, flags)


def split(pattern, string, maxsplit: int = 0, flags: int = 0):
    return _re.split(real(pattern), string, maxsplit, flags)
