"""pactwatch.quick_regex: a lazy pattern is compiled on its first use only and then behaves as the compiled one."""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from pactwatch.quick_regex import lazy

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
