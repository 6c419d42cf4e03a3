"""pactwatch.quick_regex: patterns compile to the same code with the shared character-class tables, and a lazy
pattern is compiled on its first use only and then behaves as the compiled one."""
from __future__ import annotations

import importlib
import pkgutil
import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from pactwatch import quick_regex
from pactwatch.quick_regex import lazy

compiler = getattr(re, "_compiler", None)
parser = getattr(re, "_parser", None)
installed = quick_regex.share_charset_work()
needs_install = pytest.mark.skipif(not installed, reason="share_charset_work is not installed on this Python")

# classes and flags the compiler treats apart: case folding (with the special folds of K, S, Greek sigma), ASCII and
# LOCALE, negation, categories, code points past the BMP, bytes
TRICKY = [
    (r"[\u4e00-\u9fff]", 0), (r"[\u4e00-\u9fff]+", re.I), (r"[^\u4e00-\u9fff·]{2,5}", 0), (r"[a-zK]", re.I),
    (r"[kſσς]", re.I), (r"[\w\u4e00-\u9fff]", re.I), (r"[^\s\d]", 0), (r"[\U0001F300-\U0001FAFF]", 0),
    (r"[\u3040-\u30ff\U00020000-\U0002A6DF]", re.I), (r"[A-Za-z]", re.A | re.I), (r"[a-z]", re.A),
    (rb"[a-z\x80-\xff]", re.L | re.I), (rb"[^\x00-\x7f]", 0), (r"(?i)[\u00c0-\u024f]+", 0), (r"[\[\]{}]", 0),
    (r"^(?:[A-Z][a-z]+\s){1,3}(?:City|County)$", 0), (r"[\u4e00-\u9fff]", re.I),
    # one class under each folding in turn: a table remembered under one must not serve another
    (r"[a-kſ]", 0), (r"[a-kſ]", re.I), (r"[a-kſ]", re.A | re.I), (r"[a-kſ]", re.I), (rb"[a-k]", re.L | re.I),
    (rb"[a-k]", re.I), (rb"[a-k]", 0),
]


def _code(optimize, pattern, flags) -> list[int]:
    """The compiled code of a pattern with `optimize` as the compiler's class optimiser."""
    saved = compiler._optimize_charset
    compiler._optimize_charset = optimize
    try:
        return compiler._code(parser.parse(pattern, flags), flags)
    finally:
        compiler._optimize_charset = saved


def _project_patterns() -> list[tuple]:
    """(pattern, flags) of every module-level compiled pattern of the reader and the rules."""
    import scrapers
    import scrapers.extract

    found = {}
    for pkg in (scrapers, scrapers.extract):
        for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
            mod = importlib.import_module(info.name)
            for value in vars(mod).values():
                if isinstance(value, re.Pattern):
                    found[(value.pattern, value.flags)] = None
    return list(found)


@needs_install
def test_the_shared_tables_give_the_same_code_for_tricky_classes():
    original, shared = compiler._optimize_charset.original, compiler._optimize_charset
    for pattern, flags in TRICKY:
        want = _code(original, pattern, flags)
        assert _code(shared, pattern, flags) == want, pattern  # worked out
        assert _code(shared, pattern, flags) == want, pattern  # remembered


@needs_install
def test_the_shared_tables_give_the_same_code_for_every_rule_pattern():
    original, shared = compiler._optimize_charset.original, compiler._optimize_charset
    patterns = _project_patterns()
    assert len(patterns) > 300
    for pattern, flags in patterns:
        assert _code(shared, pattern, flags) == _code(original, pattern, flags), pattern


def test_a_lazy_pattern_compiles_on_first_use_and_then_is_the_compiled_pattern():
    p = lazy(r"(?P<n>\d+)\s*(家|个)", re.I)
    assert "_compiled" not in vars(p)
    m = p.search("签约 12 家企业")
    assert m.group("n") == "12" and p.groupindex == {"n": 1} and p.flags & re.I
    compiled = p.compiled
    assert p.search.__self__ is compiled  # the bound method itself: no indirection once compiled
    assert p.sub(r"<\g<n>>", "3个") == "<3>" and p.findall("1家 2个") == [("1", "家"), ("2", "个")]
    assert re.sub(p.compiled, "N", "4家") == "N" and p.pattern == r"(?P<n>\d+)\s*(家|个)"


def test_a_lazy_pattern_is_compiled_once_whatever_the_threads():
    p = lazy(r"[\u4e00-\u9fff]{2,}")
    with ThreadPoolExecutor(6) as pool:
        seen = list(pool.map(lambda _: p.compiled, range(6)))
    assert len(seen) == 6 and all(s is seen[0] for s in seen)


def test_a_bad_lazy_pattern_fails_when_used():
    p = lazy(r"(unclosed")
    with pytest.raises(re.error):
        p.search("x")
