"""General rules for what is not article text (chrome): the tree stage.

Two stages, both site-agnostic; this module is the first, `chrome_lines` the second:
- `prune_tree` works on the parsed page before trafilatura runs: it removes regions whose class/id or
  heading says they are comments, recommendations, rankings, share/QR blocks, breadcrumbs or footers, and
  turns photo captions inside the body into plain paragraphs so the extractor keeps them in reading order.
- `chrome_lines.clean_lines` works on the extracted text, one paragraph per line.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from scrapers.caption_credits import cut_credit_tail, drop_credit_parts
from scrapers.link_lists import LIST_WORDS, is_link_list
from scrapers.section_rails import rail_heading
from scrapers.prefilter import quick

# --- tree stage -------------------------------------------------------------------------------------------

# class/id words that mark a non-article region (matched as whole words inside class/id values, where words
# are split on '-', '_', spaces and camelCase).
_CHROME_WORDS = {
    # comments
    "comment", "comments", "commentlist", "pinglun", "reply", "replies", "respond", "disqus",
    # recommendations, rankings, related lists
    "related", "relate", "recommend", "recommended", "recommendation", "tuijian", "xgtj", "xgxw", "xgwz",
    "ranking", "rank", "ranklist", "paihang", "phb", "hotnews", "hotlist", "toplist", "mostread",
    "tjyd", "tjxw", "rmtj", "rdtj", "xgyd", "wxfollow",
    "popular", "trending", "guess", "cnxh", "readmore", "morenews", "newslist",
    # share / follow / qr
    "share", "sharing", "fenxiang", "social", "follow", "qrcode", "qr", "ewm", "erweima", "wechat", "weixin", "bdshare",
    # navigation, breadcrumbs, search, footer, copyright, contact
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "location", "position", "weizhi", "dqwz",
    "search", "searchform", "footer", "foot", "copyright", "banquan", "contact",
    # print / close toolbars, paging to other articles
    "print", "toolbar", "prevnext", "pagination", "prev", "next",
    "disclaimer", "statement", "shengming", "shenming",
    # the author's bio box under the story
    "bio", "biography",
    # pop-ups: bookmark confirmations, dialogs, toasts
    "alert", "popup", "modal", "dialog", "toast",
}
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
# regions that hold these are never pruned by the class/id rule (the article itself)
_SAFE_WORDS = {"article", "content", "body", "main", "post", "entry", "text", "story", "detail", "zw", "zhengwen"}

# headings that open a non-article block
BLOCK_MARKERS = re.compile(
    r"^\s*[【\[『「]?\s*("
    r"相关(推荐|文章|阅读|新闻|报道|链接|资讯|内容|专题)|热门(排行|推荐|文章|新闻|阅读|评论|标签|专题)|热点(推荐|新闻|排行)|"
    r"相關(推薦|文章|閱讀|新聞|報導|報道|連結|鏈接|資訊|內容|專題)|延伸閱讀|推薦閱讀|熱門(新聞|文章|閱讀)|為[你您]推薦|"
    r"猜你喜欢|推荐阅读|延伸阅读|精彩推荐|为你推荐|为您推荐|[\u4e00-\u9fff]{2,6}推荐|大家都在看|最新文章|最新资讯|最新新闻|排行榜|点击排行|"
    r"阅读排行|新闻排行|24小时(热门|排行)|[一二三四五六七八九十\d]+小时(热门|排行|热文)|网友评论|全部评论|最新评论|热门评论|"
    r"发表评论|我要评论|评论区|上一篇|下一篇|新闻评论|(作者|小编|编辑)最[近新]文章|更多精彩|相关搜索|"
    r"related (articles?|posts?|news|stories|content|links)|recommended( for you| reading| stories)?|"
    r"more (from|stories|news|articles)|most (popular|read|viewed)|you may also like|read next|"
    r"leave a (reply|comment)|comments?|share this( article| story| page)?:?|(media|press) (contacts?|enquiries|inquiries)"
    r")\s*[】\]』」]?\s*[:：]?\s*$",
    re.I,
)

_CAPTION_XPATH = etree.XPath(  # 'aption' first: one test rules out most elements (the same nodes)
    "//figcaption | //*[contains(@class, 'aption')][self::p or self::div or self::span or self::dd]"
    "[contains(@class, 'caption') or contains(@class, 'Caption')][not(.//figcaption)]"
)
# containers of slideshows and galleries: their captions are a separate feature, not the article's photos
_GALLERY = re.compile(r"gallery|slideshow|carousel|slider|lightbox|swiper|video|media-caption|promo", re.I)
_CREDIT = re.compile(
    r"\s*(\((?:image|photo|picture|credit|source|foto)s?\s*(?:credit)?\s*:[^)]*\)|\[[^\]]*(?:reuters|getty|ap|afp|file)[^\]]*\]"
    r"|\((?:AP|AFP|Reuters|Getty)[^)]*\)|(?:photo|image|picture)?\s*credit\s*:.*$|(?:REUTERS|AFP|AP)/.*$"
    r"|(?:File\s+)?(?:Photo|Image|Picture)s?\s*(?:by|via|:)\s+.*$|\b(?:getty images|shutterstock|istock)\b.*$)",
    re.I,
)
_FILE_PHOTO = re.compile(r"\bfile (photo|picture|image|pic)\b|\(file\)\s*$|资料图|资料照片|資料圖|資料照片|檔案照片", re.I)
_CAPTION_LABEL = re.compile(r"^\s*(image|photo|picture)\s*caption\s*", re.I)


def _words(value: str) -> set[str]:
    if value.islower():  # no capital letter: only the separators split it (the camelCase split needs one)
        return {w.lower() for w in value.replace("_", " ").replace("-", " ").split()}
    return {w.lower() for w in _WORD_SPLIT.split(value) if w}


@lru_cache(maxsize=1 << 16)
def _chrome_attrs(attrs: str) -> bool:
    """Whether a class/id value names a chrome region (pages repeat the same values: decided once each)."""
    words = _words(attrs)
    if not words & _CHROME_WORDS:  # "most-read", "hot_list": the words joined may name it ("mostread", "hotlist")
        if not words & _chrome_heads():
            return False  # (no word opens a chrome word: no pair of them joins into one)
        return any(f"{a}{b}".lower() in _CHROME_WORDS and not (words & _SAFE_WORDS)
                   for value in attrs.split() for a, b in _pairs(value))
    return not (words & _SAFE_WORDS)


@lru_cache(maxsize=1)
def _chrome_heads() -> frozenset[str]:
    return frozenset(w[:k] for w in _CHROME_WORDS for k in range(1, len(w)))


def _pairs(value: str) -> list[tuple[str, str]]:
    parts = [w for w in _WORD_SPLIT.split(value) if w]
    return list(zip(parts, parts[1:]))


def names_chrome(el: HtmlElement) -> bool:
    """Whether an element's class/id names a chrome region (comments, rankings, related lists, share rows...)."""
    cls, ident = el.get("class"), el.get("id")
    return (cls is not None or ident is not None) and _chrome_attrs(f"{cls or ''} {ident or ''}")


@lru_cache(maxsize=1 << 16)
def _names_a_list(attrs: str) -> bool:
    """The class/id names a list of other pages beside a word the article's own regions carry ("article-recommend")."""
    words = _words(attrs)
    return bool(words & LIST_WORDS) and bool(words & _SAFE_WORDS)


_STRING = etree.XPath("string()", smart_strings=False)  # the text of a subtree, as "".join(itertext()), in C


def _text_len(el: HtmlElement) -> int:
    return len(_STRING(el).strip())


def _link_text_len(el: HtmlElement) -> int:
    return sum(len(_STRING(a).strip()) for a in el.iter("a"))


def rescue_captions(tree: HtmlElement) -> None:
    """Turn photo captions (figcaption, wp-caption-text) into plain paragraphs in place, so they are kept.

    Credits ("Photo: Getty Images", "(AP Photo/...)", a credit element or a "staff photo" / "张三 摄" tail:
    caption_credits) are cut, repeated captions and captions of galleries or slideshows are left to the extractor
    (which drops them). A figure holding a table (WordPress's wp-block-table)
    keeps its table: only the caption becomes a paragraph.
    """
    seen: set[str] = set()
    for cap in _CAPTION_XPATH(tree):
        if any(quick(_GALLERY).search(f"{a.get('class', '')} {a.get('id', '')}") for a in cap.iterancestors()):
            continue
        text = _CAPTION_LABEL.sub("", " ".join("".join(cap.itertext()).split()))
        if _FILE_PHOTO.search(text):  # a file photo shows an earlier occasion, not this article's news (its credit
            if cap.getparent() is not None:  # may say so: read before the credit is cut)
                drop(_caption_holder(cap))
            continue
        if len(quick(_CREDIT).sub("", text).strip(" -–—|")) < 25:  # (measured with a credit element: the same
            continue  # captions are kept as before its rule)
        if len(cap):  # <span class="credit">Courier staff photo</span>, "<span>张三 摄</span>" (caption_credits)
            drop_credit_parts(cap)
            text = _CAPTION_LABEL.sub("", " ".join("".join(cap.itertext()).split()))
        text = cut_credit_tail(quick(_CREDIT).sub("", text)).strip(" -–—|")
        if not text or text in seen or not re.search(r"\w", text):
            continue
        seen.add(text)
        para = etree.Element("p")
        para.text = text
        # lift the caption out of its <figure>/<div class="wp-caption"> wrapper, which the extractor drops
        holder = _caption_holder(cap)
        if holder.getparent() is None:
            continue
        if holder is not cap and holder.find(".//table") is not None:  # a table's caption: the table is the text
            holder.tag = "div"
            _replace(cap, para)
            continue
        _replace(holder, para)


def _caption_holder(cap: HtmlElement) -> HtmlElement:
    """The caption's outermost <figure> / caption-classed wrapper (the caption itself when it has none)."""
    holder, parent = cap, cap.getparent()
    while parent is not None and (parent.tag == "figure" or "caption" in parent.get("class", "").lower()):
        holder, parent = parent, parent.getparent()
    return holder


def _replace(old: HtmlElement, new: HtmlElement) -> None:
    new.tail = old.tail
    old.getparent().replace(old, new)


def drop(el: HtmlElement) -> None:
    """Remove an element from its parent, keeping its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def unlist_layout(tree: HtmlElement) -> None:
    """Lists used as page columns (an <li> holding several long paragraphs) become plain <div>s.

    Otherwise the extractor reads the whole column as one list item and flattens the article into one line.
    """
    for li in list(tree.iter("li")):
        paras = [p for p in li.iter("p") if len(p.text_content().strip()) > 20]
        if len(paras) < 3 or sum(len(p.text_content()) for p in paras) < 300:
            continue
        holder = li.getparent()
        if holder is not None and holder.tag in ("ul", "ol"):
            holder.tag = "div"
            for item in holder:
                if item.tag == "li":
                    item.tag = "div"
        else:
            li.tag = "div"


def unlayout_tables(tree: HtmlElement) -> None:
    """Tables used as page layout (a cell holding several paragraphs or another table) become plain <div>s.

    Otherwise the extractor reads the article cell as one table cell and flattens its paragraphs into one line.
    """
    for table in list(tree.iter("table")):
        cells = [c for c in table.iter("td", "th") if _own_table(c) is table]
        if not any(len(c.findall(".//p")) >= 2 or c.find(".//table") is not None for c in cells):
            continue
        for el in [table, *(e for e in table.iter("tbody", "thead", "tfoot", "tr", "td", "th")
                            if _own_table(e) is table)]:
            el.tag = "div"


def _own_table(el: HtmlElement) -> HtmlElement | None:
    return next(el.iterancestors("table"), None)


def prune_tree(tree: HtmlElement) -> None:
    """Remove chrome regions from a parsed page in place (see module docstring)."""
    body = tree.find("body")
    if body is None:
        body = tree
    unlist_layout(body)
    unlayout_tables(body)
    doomed: list[HtmlElement] = []
    # only elements with a class, id, style or hidden attribute can be judged here: the body is walked (an XPath
    # for them costs more on large pages) and each element's four attributes are read once
    for el in body.iterdescendants(etree.Element):
        cls, ident, style, hidden = el.get("class"), el.get("id"), el.get("style"), el.get("hidden")
        if cls is None and ident is None and style is None and hidden is None or el.tag in ("html", "body", "h1"):
            continue
        if (style is not None or hidden is not None) and _is_hidden_widget(el, cls, ident, style, hidden):
            doomed.append(el)
            continue
        if cls is None and ident is None:
            continue
        attrs = f"{cls or ''} {ident or ''}"
        if _chrome_attrs(attrs):
            if el.find(".//h1") is None:
                # keep big text regions that only happen to carry a chrome word ("share-content")
                total = _text_len(el)
                if total < 600 or _link_text_len(el) > 0.4 * total:
                    doomed.append(el)
        elif _names_a_list(attrs) and el.find(".//h1") is None and is_link_list(el):
            doomed.append(el)  # "article-recommend": a list of other pages, though its class says "article"
    for el in doomed:
        drop(el)
    _prune_marked_blocks(body)


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _is_hidden_widget(el: HtmlElement, cls: str | None, ident: str | None, style: str | None,
                      hidden: str | None) -> bool:
    """A small region the page hides (dialogs, pop-overs, mini-program prompts): a reader never sees it. The
    element's class, id, style and hidden attributes are given (None where absent).

    Kept: large hidden regions and hidden regions named as the content ("rich_media_content"), since some pages
    (WeChat as served) hide the article body until a script reveals it.
    """
    if style is None and hidden is None:
        return False
    is_hidden = hidden is not None or _HIDDEN.search(style or "") is not None
    if not is_hidden or _words(f"{cls or ''} {ident or ''}") & _SAFE_WORDS:
        return False
    return _text_len(el) < 300


def _prune_marked_blocks(body: HtmlElement) -> None:
    """Remove blocks that open with a '相关推荐'/'Related articles' heading and are mostly links."""
    for el in list(body.iter("h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "b", "dt", "em")):
        own = (el.text or "").strip()  # a childless element's whole text is its text
        if not own or len(own) > 40:
            continue
        rail = not BLOCK_MARKERS.match(own)
        if rail and not rail_heading(own):  # "成员城市动态": dropped only as a list of links (section_rails)
            continue
        # climb to the block this heading titles: the first ancestor holding more than the heading
        block = el
        while block.getparent() is not None and _text_len(block) <= len(own) + 2:
            block = block.getparent()
        if block.tag in ("body", "html") or block.find(".//h1") is not None:
            continue  # the heading stays: the text stage cuts the text at it
        total = _text_len(block)
        if total < 200 and not rail or _link_text_len(block) >= 0.5 * total:
            drop(block)
