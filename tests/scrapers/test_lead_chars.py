"""`with_lead`: the same matches as the pattern itself, found from the characters a match can start with."""
from __future__ import annotations

import re

import pytest

from scrapers.lead_chars import with_lead

TEXTS = [
    "On Monday, September 15-16, 2015 the two sides signed; 7 June 2016 and 2016-06-07 too.",
    "No new agreements were signed at the meeting, which did not sign anything. 未签署任何协议。",
    "The Cupertino-based company said; the iPhone maker and the COMPANY; ſ and K (Kelvin) fold under re.I.",
    "何况 nothing here, 2030年前碳达峰, Beijing's plan, the Chinese government.",
    "",
]

PATTERNS = [
    re.compile(r"(?:(?:Mon|Tues)day,?\s+)?(?P<mon>June|September)\s+(?P<d1>\d{1,2})(?:-(?P<d2>\d\d))?"),
    re.compile(r"\b(?P<d1>\d{1,2})\s+(?P<mon>June|Sept)"),
    re.compile(r"\bno\s+(?:new\s+)?agreements?\s+were\s+signed|(?<!\bwhich\s)\bdid\s+not\s+sign\b|未签署", re.I),
    re.compile(r"(?<=\bthe\s)([A-Z][a-z]+)\s+government\b"),
    re.compile(r"\b(?:company|firm|maker)\b", re.I),
    re.compile(r"(?P<y>(?:19|20)\d\d)年(?!\d)"),
    re.compile(r"[sk]\w*", re.I),
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_same_matches_groups_and_spans(pattern):
    fast = with_lead(pattern)
    assert fast.groups == pattern.groups and fast.groupindex == pattern.groupindex
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in pattern.finditer(text)]
        for pos in range(len(text)):
            a, b = fast.match(text, pos), pattern.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_case_folding_follows_the_pattern_flags():
    # under re.I "s" also matches the long s and "k" the Kelvin sign: the lookahead is compiled with the same flags
    pattern = re.compile(r"\b(?:sign|kelvin)", re.I)
    fast = with_lead(pattern)
    assert fast is not pattern
    assert [m.group() for m in fast.finditer("ſign, Kelvin, SIGN")] == ["ſign", "Kelvin", "SIGN"]


@pytest.mark.parametrize("source", [
    r"(?:abc)?",                      # may match the empty string: every position can start a match
    r"[^a]bc",                        # a negated set opens it
    r".x",                            # any character
    r"(?i:abc)d",                     # flags changed inside: the set would need the other case
    r"\b(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau)\b",
])
def test_left_as_it_is_where_no_narrow_set_can_be_read(source):
    flags = re.I if "alpha" in source else 0
    pattern = re.compile(source, flags)
    assert with_lead(pattern) is pattern


def test_a_lookbehind_or_anchor_first_gives_way_to_what_follows():
    pattern = re.compile(r"(?<![\d月])\b([1-3]?\d)日")
    fast = with_lead(pattern)
    assert fast is not pattern
    assert fast.findall("5月20日，21日，3日") == pattern.findall("5月20日，21日，3日") == ["21", "3"]
