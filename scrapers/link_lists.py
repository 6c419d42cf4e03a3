"""Regions that list other pages ("article-recommend", "popularPosts" teasers) though their class/id also carries a
word the article's own regions do ("article", "post", "story"): scrapers/chrome.py protects such words from the
class/id rule, and asks here whether the region is nonetheless a list of links to prune. Pure tree reads."""
from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

# class/id words of a list of other pages (related, recommended, popular, ranked)
LIST_WORDS = frozenset({"related", "relate", "recommend", "recommended", "recommendation", "tuijian", "xgtj", "xgxw",
                        "xgwz", "tjyd", "tjxw", "rmtj", "rdtj", "xgyd", "popular", "trending", "mostread", "hotnews",
                        "hotlist", "toplist", "ranking", "ranklist", "readmore", "morenews", "guess", "cnxh"})
_STRING = etree.XPath("normalize-space(string())", smart_strings=False)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def is_link_list(el: HtmlElement) -> bool:
    """A short region of two or more items (list items, else child elements other than headings), each holding a
    link to another page, links a quarter of its text or more: teasers of other stories, not the article's prose."""
    items = list(el.iter("li")) or [c for c in el if isinstance(c.tag, str) and c.tag not in _HEADINGS]
    if len(items) < 2 or not all(any(a.get("href", "#") not in ("", "#") for a in it.iter("a")) for it in items):
        return False
    total = len(_STRING(el))
    return 0 < total < 2000 and sum(len(_STRING(a)) for a in el.iter("a")) >= 0.25 * total
