"""Which gathering a story's "nothing was signed" is said of. A newsletter tells several gatherings on one page, each
in its own short item ("The Midwest Energy Expo drew 400 exhibitors. No agreements were announced." under an item on
a roundtable held the same week): the sentence is said of the gathering named last before it, not of every gathering
on the page. A page that names no gathering before it says it of them all (as topic.keep_records always read it)."""
from __future__ import annotations

import re

from pactwatch.models import Mention


def silenced(pattern: re.Pattern, events: list[Mention], sentences: list[str]) -> set[str] | None:
    """The keys of the events a "nothing was signed" sentence (`pattern`) is said of, or None for every event (a
    sentence saying it before any gathering is named, or an event whose sentence is not found). Call only where the
    page's text holds the pattern at all (one search over the whole text first)."""
    at: list[tuple[int, str]] = []
    for m in events:
        try:
            at.append((sentences.index(m.quote), m.hints.get("key") or ""))
        except ValueError:
            return None
    at.sort()
    keys: set[str] = set()
    for i, s in enumerate(sentences):
        if not pattern.search(s):
            continue
        before = [key for pos, key in at if pos <= i]
        if not before:
            return None
        keys.add(before[-1])
    return keys
