"""Publication dates printed away from the byline, read when the byline, meta tags, URL and scripts gave none.

Two places templates put them (the thirtieth web's round of unseen templates):
- a labelled stamp anywhere on the pruned page, often after the body: "Posted on November 14, 2024 by staff",
  "This article was first published on 8 October 2024.", "发布时间：2024-10-08" in a footer row;
- the line just above the headline when it reads as a byline: a full date with a clock time or a source label
  ("2024年10月08日 10:26 来源：某某日报"). A bare date above the headline is left alone: headers print today's date.
Update stamps ("Updated", 更新) are never taken. Pure functions over the parsed, pruned page.
"""
from __future__ import annotations

import re
from datetime import date

from lxml.html import HtmlElement

from scrapers import pagemeta

_PUBLISHED = re.compile(
    r"(?<![\w])(?:(?:first\s+)?published|posted)(?:\s+(?:on|at))?\s*[:：]?\s*"
    r"|(?:发布|發布|發佈|发表|發表|首发|首發|刊发|刊發)(?:时间|時間|日期|于|於)?\s*[:：]?\s*",
    re.I,
)
_UPDATE = re.compile(r"updated|更新|修改|修訂", re.I)
_CLOCK_OR_SOURCE = re.compile(r"\d{1,2}:\d{2}|来源|來源|source\s*:|作者|记者|記者", re.I)
_MAX_CHUNK = 160


def _chunks(root: HtmlElement):
    """(element, text) of every short text and tail on the page, in reading order."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "title", "head"):
            continue
        for text in (el.text, el.tail):
            text = (text or "").strip()
            if text and len(text) <= _MAX_CHUNK:
                yield el, text


def labelled_date(tree: HtmlElement) -> date | None:
    """The first 'Published/Posted …' or '发布时间 …' stamp on the page with a full date after its label."""
    body = tree.find("body")
    for _, text in _chunks(body if body is not None else tree):
        m = _PUBLISHED.search(text)
        if m is None or _UPDATE.search(text[:m.start()]):
            continue
        found = pagemeta.date_in_text(text[m.end():m.end() + 60])
        if found:
            return found
    return None


def above_headline_date(headline: HtmlElement | None) -> date | None:
    """A byline printed just above the headline: the element before it, a full date with a clock time or a source."""
    if headline is None:
        return None
    node = headline
    while node.getprevious() is None and node.getparent() is not None and node.getparent().tag != "body":
        node = node.getparent()
    prev = node.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # comments
        prev = prev.getprevious()
    if prev is None or prev.tag in ("script", "style", "noscript", "nav", "header"):
        return None
    text = " ".join(prev.text_content().split())
    if not text or len(text) > 80 or _UPDATE.search(text) or not _CLOCK_OR_SOURCE.search(text):
        return None
    return None if pagemeta.not_a_byline(text) else pagemeta.date_in_text(text)
