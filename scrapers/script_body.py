"""The article text an app-built page keeps only in a JSON blob: a `__NEXT_DATA__` script, a `__NUXT_DATA__` or any
`<script type="application/json">` state, beside an empty mount point (`<div id="__next">`, `<div id="root">`).

trafilatura reads the page's elements (and a JSON-LD `articleBody`, which it knows), so a story a framework renders in
the browser from its state script gives it nothing. When the reader found no main text and the page holds such a
script (kept before trafilatura prunes the tree), `script_body` takes the longest string stored under a body key
(`bodyHtml`, `content`, `articleBody`, ...): HTML is read paragraph by paragraph, plain text line by line. Other
strings (related headlines, navigation labels, the headline itself) are never taken. Pure: no network, no files.
"""
from __future__ import annotations

import json
import re

import lxml.html
from lxml.html import HtmlElement

# keys a story's body is stored under by the frameworks and CMS front ends seen (case folded, no "_" or "-")
_BODY_KEYS = frozenset({"body", "bodyhtml", "bodytext", "content", "contenthtml", "html", "articlebody",
                        "articlecontent", "storybody", "richtext", "maintext", "fulltext"})
MIN_CHARS = 160  # a body, not a teaser or a label
_BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote")
_TAG = re.compile(r"<(?:p|div|br|h[2-4]|li)\b", re.I)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


def state_scripts(tree: HtmlElement) -> list[str]:
    """The text of each JSON state script of the page (`type="application/json"`; `__NEXT_DATA__` is one)."""
    return [s.text for s in tree.iter("script")
            if s.text and (s.get("type") or "").strip().lower() == "application/json"]


def script_body(scripts: list[str]) -> str:
    """The story text of the page's JSON state scripts (`state_scripts`; one paragraph per line), "" when none holds
    a body."""
    best = ""
    for raw in scripts:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for value in _body_strings(data):
            if len(value) > len(best):
                best = value
    return _as_lines(best) if len(best) >= MIN_CHARS else ""


def _body_strings(data, depth: int = 0):
    """Strings stored under a body key, anywhere in the JSON (a list of strings under one counts as one)."""
    if depth > 12:
        return
    if isinstance(data, dict):
        for key, value in data.items():
            if key.lower().replace("_", "").replace("-", "") in _BODY_KEYS:
                if isinstance(value, str):
                    yield value
                elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                    yield "\n".join(value)
            if isinstance(value, (dict, list)):
                yield from _body_strings(value, depth + 1)
    elif isinstance(data, list):
        for value in data:
            if isinstance(value, (dict, list)):
                yield from _body_strings(value, depth + 1)


def _as_lines(value: str) -> str:
    """A body string as text lines: an HTML body read block by block, plain text by its line breaks."""
    if _TAG.search(value):
        frag = lxml.html.fragment_fromstring(value, create_parent="div")
        for bad in frag.xpath(".//script|.//style|.//figure|.//iframe"):
            bad.drop_tree()
        blocks = [el.text_content() for el in frag.iter(*_BLOCKS)]
        if not blocks:
            for br in frag.iter("br"):
                br.tail = "\n" + (br.tail or "")
            blocks = frag.text_content().split("\n")
    else:
        blocks = value.split("\n")
    lines = (_SPACE.sub(" ", b).strip() for b in blocks)
    return "\n".join(line for line in lines if line)
