"""Which gathering a story's "nothing was signed" is said of. A newsletter tells several gatherings on one page, each
in its own short item ("The Midwest Energy Expo drew 400 exhibitors. No agreements were announced." under an item on
a roundtable held the same week): the sentence is said of the gathering named in it or in the sentence right before
it, not of every gathering on the page. Where neither names one ("首届CityCOP…" + "…市府…" + "论坛并未签署…", a story
calling one gathering by several names), it is said of them all, as topic.keep_records always read it."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.models import Mention


def silenced(pattern: re.Pattern, events: list[Mention], sentences: list[str]) -> set[str] | None:
    """The keys of the events a "nothing was signed" sentence (`pattern`) is said of, or None for every event (a
    sentence saying it where neither it nor the one before names a gathering, or an event whose sentence is not
    found). Call only where the
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
        before = [(pos, key) for pos, key in at if pos <= i]
        if not before or before[-1][0] < i - 1:
            return None  # no gathering named in it or right before it: said of the story's gatherings, all of them
        keys.update(key for pos, key in before if pos == before[-1][0])  # (a forum and the week it is held in)
    return keys
