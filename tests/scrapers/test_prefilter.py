"""scrapers.prefilter: a pattern is skipped only on texts it cannot match."""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import scrapers.extract
from scrapers.prefilter import literals, quick

DATA = Path(__file__).resolve().parents[1] / "data"
TRICKY = ["İSTANBUL MEMORANDUM signed", "ſigned a memorandum", "a joınt statement", "KELVIN \u212a", "SIGNED",
          "电话：010-12345678", "版权所有 ©", "(本文来自澎湃新闻)", "Copyright 2020", "a@b.cn", ""]


def _rule_patterns() -> list[tuple[str, re.Pattern]]:
    names = ["scrapers.chrome", "scrapers.furniture", "scrapers.pagemeta", "scrapers.reader", "scrapers.extract"]
    names += [f"scrapers.extract.{m.name}" for m in pkgutil.iter_modules(scrapers.extract.__path__)]
    out = []
    for name in names:
        for attr, value in vars(importlib.import_module(name)).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out.append((f"{name}.{attr}", value))
    return out


def _texts() -> list[str]:
    lines = []
    for path in sorted(DATA.rglob("*.html")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [ln for ln in re.split(r"<[^>]*>|\n", text) if ln.strip()]
    return lines + TRICKY


def test_every_rule_pattern_matches_no_text_its_condition_rejects():
    texts = _texts()
    assert len(texts) > 500
    for name, pattern in _rule_patterns():
        q = quick(pattern)
        for text in texts:
            found = pattern.search(text)
            assert not found or q.may_match(text), (name, text)
            got = q.search(text)
            assert (got and got.span()) == (found and found.span()), (name, text)


def test_a_literal_every_match_needs_is_required_and_its_absence_skips_the_pattern():
    p = re.compile(r"\b(?:signed|signs|co-signed)\s+(?:an?\s+)?(?:MOU|memorandum)\b")
    lits, lower = literals(p)
    assert lits == frozenset({"signed", "signs"})  # "co-signed" holds "signed"; both are longer than "MOU"
    assert not lower
    q = quick(p)
    assert not q.may_match("The two cities met on Tuesday.")
    assert q.search("They signed a memorandum.").group() == "signed a memorandum"


def test_case_insensitive_patterns_see_what_the_engine_folds():
    p = re.compile(r"\bsign(?:ed)?\b", re.I)
    for text in ("SIGNED", "ſigned", "Signed"):
        assert p.search(text) and quick(p).may_match(text), text
    i = re.compile(r"joint", re.I)
    for text in ("JOİNT", "joınt"):
        assert i.search(text) and quick(i).may_match(text), text
    assert not quick(p).may_match("The parties met.")


def test_patterns_without_a_condition_always_run():
    p = re.compile(r"\d{4}")
    assert literals(p)[0] is None
    assert quick(p).may_match("no digits here")
    assert quick(p).sub("#", "in 2020") == "in #"


def test_a_hot_pattern_gives_the_same_results_after_it_switches_to_its_lead_form():
    from scrapers.prefilter import _HOT, Quick

    pattern = re.compile(r"\b(?:signed|inked)\s+(?P<what>an?\s+\w+)", re.I)
    q = Quick(pattern)
    text = "Officials SIGNED an agreement; they inked a memorandum, and signed nothing else."
    want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    for _ in range(_HOT + 3):
        assert [(m.span(), m.groupdict()) for m in q.finditer(text)] == want
    assert q._run is not pattern  # it switched (the lead form of the same pattern)
    assert q.sub("X", text) == pattern.sub("X", text) and q.findall(text) == pattern.findall(text)
