"""Where a page prints its own headline when it is not an agreeing h1-h3 (helpers of `pagemeta.find_headline`).

Three general cases, in order:
- an h4-h6 or an element whose class/id names a title ("title-text", "news_title", "post-title") agrees with
  the page's <title>/og:title;
- one part of the <title> ("中华人民共和国监察法" of "中华人民共和国监察法-纪检") is printed on its own as an
  element of the page: the page's heading, the rest is the section or site name;
- the <title> only names a section and the site ("新闻动态--中国地理学会官网", every part short; "City News < News <
  Ulsan Metropolitan City", a trail of three parts): the heading printed just above the body's first long paragraph
  is the headline.
"""
from __future__ import annotations

import re
from typing import Callable

from lxml.html import HtmlElement

_TITLE_WORD = re.compile(r"title|headline|(?<![a-z])(tit|bt|biaoti)(?![a-z])", re.I)
_NORM = re.compile(r"[\W_]+", re.U)
_SECTION_PART = 10
# a <title> written as a trail, page to site ("City News < News < Ulsan Metropolitan City", Korean and Japanese
# municipal CMSs): three parts at least, a section's, not an article's
_TRAIL_SEPS = re.compile(r"\s[<>›»]\s")
_SECTION_SEPS = re.compile(r"-{2,}|[_|｜]|\s+[-–—|·]\s+")  # a <title> whose every part is this short names a section and a site, not an article


def _norm(text: str) -> str:
    return _NORM.sub("", text).lower()


def own_heading(tree: HtmlElement, references: list[str], agrees: Callable, text_of: Callable,
                visible: Callable, part_seps: re.Pattern) -> tuple[str, HtmlElement] | None:
    """(headline, element) by the three cases of the module docstring, or None."""
    section_parts = [p for p in _SECTION_SEPS.split(references[-1]) if p.strip()] if references else []
    if len(section_parts) >= 2 and all(len(p.strip()) <= _SECTION_PART for p in section_parts) or \
            (references and len(_TRAIL_SEPS.split(references[-1])) >= 3):
        return _heading_above_body(tree, references, text_of, visible)
    best, best_score = None, 0.0
    for el in tree.iter("h4", "h5", "h6", "div", "span", "p", "td", "strong", "b", "font", "a"):
        if el.tag in ("h4", "h5", "h6") or _TITLE_WORD.search(f"{el.get('class', '')} {el.get('id', '')}"):
            if len(el) > 4 or not visible(el):
                continue
            text = text_of(el)
            for ref in references:
                if 6 <= len(text) <= 200 and agrees(text, ref):
                    # the closest in length to the title: not the box that also holds the byline
                    a, b = len(_norm(text)), len(_norm(ref))
                    score = min(a, b) / max(a, b, 1)
                    if score > best_score:
                        best, best_score = (text, el), score
    if best:
        return best
    return _title_part_printed(tree, references, text_of, visible, part_seps)


def _title_part_printed(tree: HtmlElement, references: list[str], text_of: Callable, visible: Callable,
                        part_seps: re.Pattern) -> tuple[str, HtmlElement] | None:
    """The first visible element printing a part of the first reference on its own, else of the next one (the
    page's elements are read once for all references: their text is the costly part)."""
    wanted_by_ref = []
    for ref in references:
        parts = [p.strip() for p in part_seps.split(ref) if len(_norm(p)) >= 6]
        if len(parts) < 2 and _norm(parts[0] if parts else "") == _norm(ref):
            continue
        wanted_by_ref.append({_norm(p): p for p in parts})
    if not wanted_by_ref:
        return None
    first: list[HtmlElement | None] = [None] * len(wanted_by_ref)
    for el in tree.iter("h4", "h5", "h6", "div", "span", "p", "td", "strong", "b", "font"):
        if len(el) > 2:
            continue
        key = _norm(el.text_content())
        for i, wanted in enumerate(wanted_by_ref):
            if first[i] is None and key in wanted and visible(el):
                first[i] = el
        if first[0] is not None:
            break  # the first reference's element wins over any later reference's
    el = next((e for e in first if e is not None), None)
    return (text_of(el), el) if el is not None else None


def _heading_above_body(tree: HtmlElement, references: list[str], text_of: Callable,
                        visible: Callable) -> tuple[str, HtmlElement] | None:
    """The last visible h1-h6 before the first long paragraph, when it is not the title's section or site."""
    refs = {_norm(p) for ref in references for p in re.split(r"[-_|｜\s]+", ref) if p}
    last = None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "head"):
            continue
        if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = text_of(el)
            if 6 <= len(text) <= 120 and _norm(text) not in refs and visible(el):
                last = (text, el)
        elif el.tag in ("p", "div", "td", "span", "font") and len((el.text or "").strip()) >= 40:
            return last
    return None
