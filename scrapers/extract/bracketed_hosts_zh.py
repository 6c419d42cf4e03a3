"""A Chinese gathering's name with its host place in brackets inside it: 中美（保定）氢能产业合作对接会,
中国（宜宾）国际动力电池产业大会 (docs/non-party-roles.md).

The events reader's name pattern stops at a bracket, so it read only the part after it (氢能产业合作对接会: a field's
name, no gathering's, or a name cut short). `bracketed_host_start` says where the whole name starts when the bracket
right before the part read holds a known place and a short name part stands before it.
"""
from __future__ import annotations

from pactwatch.gazetteer import gazetteer
from scrapers import lazy_re as re

# "中美（保定）" right before the part read: the name's opening words and the host place in brackets
_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,6})[（(]([\u4e00-\u9fff]{2,6})[）)]$")


def bracketed_host_start(sentence: str, start: int) -> int | None:
    """Where a Chinese gathering's name that the part at `start` ends begins, when a host place in brackets stands
    right before that part ("中美（保定）" + "氢能产业合作对接会"); None when no place is bracketed there."""
    if start < 5 or sentence[start - 1] not in "）)":
        return None
    m = _BEFORE.search(sentence, 0, start)
    if m is None or gazetteer().find_zh(m.group(2)) is None:
        return None
    return m.start()
