"""Regular expressions compiled when first used, not at import: cheaper start-up, same patterns.

A `pactwatch extract` process compiles about 600 patterns before its first page (the rules' and trafilatura's),
a sixth of its start-up. A pattern most runs never use need not be among them:

`lazy(pattern, flags)`: a pattern compiled on its first use, for module-level patterns that most runs never use
(the Chinese rules on an English crawl). After the first use its methods are the compiled pattern's own bound
methods, so a call costs what it did. It is not an `re.Pattern`: pass it to `re.sub(P, ...)`-style functions as
`P.compiled`, and use `P.search(...)` etc. as before.
"""
from __future__ import annotations

import re
import threading

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


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
