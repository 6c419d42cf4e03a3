"""scrapers/lazy_re.py: a rule module's pattern is compiled on its first use, and behaves as the compiled one after."""
from __future__ import annotations

import re

from scrapers import lazy_re
from scrapers.lead_chars import with_lead


def test_nothing_is_compiled_until_a_search():
    p = lazy_re.compile(r"\bsign(?:ed|s)?\b", re.I)
    assert p._compiled is None and p.pattern == r"\bsign(?:ed|s)?\b"  # the source is read without compiling
    assert p.search("They SIGNED it").group() == "SIGNED"
    assert p._compiled is not None and p.search == p._compiled.search  # later calls go straight to the compiled one


def test_every_method_and_the_module_functions_match_as_re_does():
    text = "MOUs signed on 12 May and 14 June 2024"
    lazy, real = lazy_re.compile(r"(\d+) (May|June)"), re.compile(r"(\d+) (May|June)")
    assert [m.groups() for m in lazy.finditer(text)] == [m.groups() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text) and lazy.sub("X", text) == real.sub("X", text)
    assert lazy.split(text) == real.split(text) and lazy.groups == real.groups == 2
    assert lazy_re.search(lazy_re.compile(r"June \d+"), text).group() == "June 2024"  # re.search(PATTERN, ...) in a module
    assert lazy_re.sub(lazy, r"\2", text) == real.sub(r"\2", text)
    assert lazy.fullmatch("12 May") and lazy.match(text) is None


def test_a_match_knows_the_pattern_through_real():
    lazy = lazy_re.compile(r"Statement")
    m = lazy.search("the Sunnylands Statement")
    assert m.re is lazy_re.real(lazy) and lazy_re.real("x") == "x"


def test_the_lead_form_of_a_lazy_pattern_is_deferred_and_matches_the_same():
    lazy = lazy_re.compile(r"\b(?:signed|inked)\s+an?\s+(MOU|agreement)\b", re.I)
    lead = with_lead(lazy)
    assert isinstance(lead, lazy_re.LazyPattern) and lead._compiled is None
    text = "Oslo and Wuhan inked an MOU; Rome signed an agreement."
    assert [m.span(1) for m in lead.finditer(text)] == [m.span(1) for m in re.finditer(lazy.pattern, text, re.I)]
