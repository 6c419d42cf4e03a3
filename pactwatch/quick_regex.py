"""Cheaper regular-expression compilation at start-up, same patterns.

A `pactwatch extract` process compiles about 600 patterns before its first page (the rules' and trafilatura's),
a sixth of its start-up. Two helpers cut that without changing what any pattern matches:

`share_charset_work()`: Python's compiler turns each character class into its matching table by visiting every
code point the class spans, again for every pattern that holds it. The rules' CJK classes (`[\\u4e00-\\u9fff]`,
21,000 code points) appear in dozens of patterns. This remembers each class's table the first time it is worked out
(`re._compiler._optimize_charset`, a pure function of the class and of the case-folding functions the flags
choose), so the same class costs once per process. The compiled code is the same, element for element
(tests/pactwatch/test_quick_regex.py compares it for every pattern the rules hold). Installed only on the CPython
releases whose compiler it was checked against; elsewhere it does nothing.

`lazy(pattern, flags)`: a pattern compiled on its first use, for module-level patterns that most runs never use
(the Chinese rules on an English crawl). After the first use its methods are the compiled pattern's own bound
methods, so a call costs what it did. It is not an `re.Pattern`: pass it to `re.sub(P, ...)`-style functions as
`P.compiled`, and use `P.search(...)` etc. as before.
"""
from __future__ import annotations

import re
import sys
import threading

CHECKED = {(3, 11), (3, 12), (3, 13)}  # releases whose re._compiler._optimize_charset has the signature used here
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_installed = False


def share_charset_work() -> bool:
    """Remember character-class tables across the patterns this process compiles; True if installed."""
    global _installed
    if _installed:
        return True
    compiler = getattr(re, "_compiler", None)
    if sys.implementation.name != "cpython" or sys.version_info[:2] not in CHECKED or compiler is None:
        return False
    original = compiler._optimize_charset
    folds = compiler._EXTRA_CASES
    tables: dict[tuple, tuple[tuple, bool]] = {}

    def optimize_charset(charset, iscased=None, fixup=None, fixes=None):
        if fixes is not None and fixes is not folds:
            return original(charset, iscased, fixup, fixes)
        try:
            key = (tuple(charset), iscased, fixup, fixes is not None)
            known = tables.get(key)
        except TypeError:  # an unhashable item: never seen in the parser's output, but let the compiler have it
            return original(charset, iscased, fixup, fixes)
        if known is None:
            out, hascased = original(charset, iscased, fixup, fixes)
            known = tables[key] = (tuple(out), hascased)
        return list(known[0]), known[1]  # a fresh list, as the compiler's own; its items are only read

    optimize_charset.original = original
    compiler._optimize_charset = optimize_charset
    _installed = True
    return True


class LazyPattern:
    """A regular expression compiled on first use (see the module's docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        self._lock = threading.Lock()

    @property
    def compiled(self) -> re.Pattern:
        """The compiled pattern (compiled now if it was not yet)."""
        if "search" not in self.__dict__:
            with self._lock:
                if "search" not in self.__dict__:
                    compiled = re.compile(*self._source)
                    self.__dict__["_compiled"] = compiled
                    for name in _METHODS:
                        self.__dict__[name] = getattr(compiled, name)
        return self.__dict__["_compiled"]

    def __getattr__(self, name: str):
        # only reached for what the instance does not hold yet: the methods before the first use, and the
        # pattern's other attributes (pattern, flags, groups, groupindex)
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r}, {self._source[1]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)` on its first use instead of now."""
    return LazyPattern(pattern, flags)
