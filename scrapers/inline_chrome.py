"""Chrome placed INSIDE the article body (the tree stage, after `chrome.rescue_captions`, before `chrome.prune_tree`).

Four kinds a reader skips although they sit between the body's paragraphs:
- in-body link lines: a paragraph made of a label ("READ MORE:", "Related:", "See also:", "相关阅读：", "延伸阅读：")
  and a link to another story, whose text is that story's headline (which reads like a record), or a paragraph that
  is one such link alone (a teaser: the whole paragraph linked, no sentence end);
- pull quotes: a quote box repeating a sentence the body already has (a second copy of the same words);
- summary boxes in the other language: a box titled "中文摘要" / "English summary" restating the body in a second
  language (a translation: not more article text, and it skews the page's language);
- live-blog entry labels: "Pinned", "Key event", "置顶" printed in their own element before an entry's text.
Pure functions over the parsed page; each rule is shown on pages of two sites in tests/scrapers/test_inline_chrome.py.
"""
from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from scrapers.chrome import drop

_INLINE = {"strong", "b", "em", "i", "span", "font", "u"}
_BLOCKS = {"p", "div", "li", "h3", "h4", "h5", "h6", "section", "aside"}
# a label that opens an in-body link line (matched at the start of the line's text)
_LINK_LABEL = re.compile(
    r"^\s*[\[【]?\s*(read more|read also|also read|more|more on this( story)?|related( stories| articles?| coverage)?|"
    r"see also|recommended|further reading|read next|more coverage|"
    r"相关阅读|相关新闻|相关报道|相关链接|延伸阅读|推荐阅读|点击阅读|相關閱讀|相關新聞|延伸閱讀|推薦閱讀)\s*[\]】]?\s*[:：>»|]",
    re.I,
)
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.。!?！？:：\"”’)）]\s*$")
_NON_WORD = re.compile(r"\W+")
_SUMMARY_LABEL = re.compile(
    r"^\s*[【\[]?\s*(中文摘要|中文概要|中文提要|中文简介|中文导读|中文摘要版|英文摘要|英文概要|"
    r"english summary|english abstract|summary in (english|chinese)|chinese summary|in chinese|in english)"
    r"\s*[】\]]?\s*[:：]?\s*$",
    re.I,
)
_ENTRY_LABEL = re.compile(r"^\s*(pinned( post)?|key events?|置顶|重要更新)\s*[:：]?\s*$", re.I)
_STRING = etree.XPath("string()", smart_strings=False)
# quote boxes: a blockquote, or an aside, div or figure whose class says "quote" ("pull-quote", "blockQuote")
_QUOTE_BOXES = etree.XPath(".//*[self::blockquote or ((self::aside or self::div or self::figure) and "
                           "contains(@class, 'uote'))]")


def prune_inline(tree: HtmlElement) -> None:
    """Remove in-body link lines, pull quotes and other-language summary boxes from a parsed page in place."""
    body = tree.find("body")
    if body is None:
        body = tree
    doomed = [*link_lines(body), *pull_quotes(body), *summary_boxes(body), *entry_labels(body)]
    for el in doomed:
        drop(el)


def _text(el: HtmlElement) -> str:
    return _SPACE.sub(" ", _STRING(el)).strip()


def _lead_text(el: HtmlElement) -> str:
    """The text an element opens with: its own text, else its first child's (a label in <strong>)."""
    own = (el.text or "").strip()
    if own or len(el) == 0:
        return own
    return (el[0].text or "").strip() or _text(el[0])[:40]


def link_lines(body: HtmlElement) -> list[HtmlElement]:
    """Paragraphs made of a "READ MORE:"-style label and links to other stories (the rest is mostly link text)."""
    found: list[HtmlElement] = []
    seen: set[HtmlElement] = set()  # the elements, not their id(): lxml may reuse a freed proxy's id
    for a in body.iter("a"):
        block = a.getparent()
        while block is not None and block.tag in _INLINE:
            block = block.getparent()
        if block is None or block.tag not in _BLOCKS or block in seen:
            continue
        seen.add(block)
        if not _LINK_LABEL.match(_lead_text(block)):
            if block.tag == "p" and _is_teaser(block, a):  # (a teaser is a paragraph: most links are in lists)
                found.append(block)
            continue
        text = _text(block)
        m = _LINK_LABEL.match(text)
        if m is None or len(text) > 300:
            continue
        rest = len(text) - m.end()
        links = sum(len(_text(x)) for x in block.iter("a"))
        if rest > 0 and links >= 0.7 * rest:
            found.append(block)
    return found


def _is_teaser(block: HtmlElement, a: HtmlElement) -> bool:
    """A paragraph between two body paragraphs that is one link to another page and reads as a headline (no
    sentence end): a teaser. Lists of linked headlines elsewhere are left to the chrome rules."""
    href = (a.get("href") or "").strip()
    if block.tag != "p" or not href or href.startswith(("#", "javascript", "mailto")):
        return False
    if not (_is_prose(block.getprevious()) and _is_prose(block.getnext())):
        return False
    text = _text(block)
    return 15 <= len(text) <= 150 and _text(a) == text and not _SENTENCE_END.search(text)


def _is_prose(el: HtmlElement | None) -> bool:
    """A body paragraph: a <p> of one sentence or more (sentence-ended)."""
    if el is None or el.tag != "p":
        return False
    text = _STRING(el).strip()
    return len(text) >= 25 and _SENTENCE_END.search(text) is not None


def pull_quotes(body: HtmlElement) -> list[HtmlElement]:
    """Quote boxes whose words the article already holds elsewhere (a pull quote repeats a body sentence): the
    words of the box (punctuation and case aside) occur twice in the nearest container three times its size."""
    found: list[HtmlElement] = []
    for q in _QUOTE_BOXES(body):  # (in document order: a box inside one found is skipped)
        text = _STRING(q)
        if not 20 <= len(text) <= 1000 or any(anc in found for anc in q.iterancestors()):
            continue
        words = _NON_WORD.sub("", text).lower()
        holder, size = q.getparent(), len(text)
        for _ in range(6):
            if holder is None or len(_STRING(holder)) >= 3 * size:
                break
            holder = holder.getparent()
        if len(words) >= 20 and holder is not None and _NON_WORD.sub("", _STRING(holder)).lower().count(words) >= 2:
            found.append(q)
    return found


def summary_boxes(body: HtmlElement) -> list[HtmlElement]:
    """Boxes titled as a summary in another language ("中文摘要", "English summary")."""
    found = []
    for head in body.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span", "div"):
        own = (head.text or "").strip()
        if not own or len(own) > 30 or not _SUMMARY_LABEL.match(own):
            continue
        box = head  # the box the label titles: the first ancestor holding more than the label
        while box.getparent() is not None and len(_text(box)) <= len(own) + 2:
            box = box.getparent()
        if box is head or box.tag in ("body", "html") or box.find(".//h1") is not None:
            continue
        if len(_text(box)) < 1500:
            found.append(box)
    return found


# the inline elements with no child whose text holds a label's words (looked for in C: a page has hundreds of spans)
_ENTRY_CANDIDATES = etree.XPath(
    ".//*[self::b or self::strong or self::span or self::em or self::small][not(*)]"
    "[contains(translate(text(), 'PINEDKYVT', 'pinedkyvt'), 'pinned') or "
    "contains(translate(text(), 'PINEDKYVT', 'pinedkyvt'), 'key event') or contains(text(), '置顶') or "
    "contains(text(), '重要更新')]")


def entry_labels(body: HtmlElement) -> list[HtmlElement]:
    """Live-blog labels ("Pinned", "Key event") in their own element at the start of an entry with more text."""
    found = []
    for el in _ENTRY_CANDIDATES(body):
        parent = el.getparent()
        if parent is None or len(el) or not _ENTRY_LABEL.match(el.text or "") or (parent.text or "").strip():
            continue
        if el.getprevious() is None and len(_text(parent)) > len(el.text.strip()) + 10:
            found.append(el)
    return found
