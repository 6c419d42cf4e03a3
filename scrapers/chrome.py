"""General rules for what is not article text (chrome), kept in one place.

Two stages, both site-agnostic:
- `prune_tree` works on the parsed page before trafilatura runs: it removes regions whose class/id or
  heading says they are comments, recommendations, rankings, share/QR blocks, breadcrumbs or footers, and
  turns photo captions inside the body into plain paragraphs so the extractor keeps them in reading order.
- `clean_lines` works on the extracted text, one paragraph per line: it drops labels ("Skip to Main
  Content", "返回顶部", "打印"), contact/footer lines (e-mail, phone, postcode, address, copyright),
  breadcrumb lines, runs of dated headlines, and cuts the text at a trailing "相关推荐"-style marker.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from scrapers import furniture
from scrapers.link_lists import LIST_WORDS, is_link_list
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
    "share", "sharing", "social", "follow", "qrcode", "qr", "ewm", "erweima", "wechat", "weixin", "bdshare",
    # navigation, breadcrumbs, search, footer, copyright, contact
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "location", "position", "weizhi", "dqwz",
    "search", "searchform", "footer", "foot", "copyright", "banquan", "contact",
    # print / close toolbars, paging to other articles
    "print", "toolbar", "prevnext", "pagination", "prev", "next",
    "disclaimer", "statement", "shengming", "shenming",
    # pop-ups: bookmark confirmations, dialogs, toasts
    "alert", "popup", "modal", "dialog", "toast",
}
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
# regions that hold these are never pruned by the class/id rule (the article itself)
_SAFE_WORDS = {"article", "content", "body", "main", "post", "entry", "text", "story", "detail", "zw", "zhengwen"}

# headings that open a non-article block
_BLOCK_MARKERS = re.compile(
    r"^\s*[【\[『「]?\s*("
    r"相关(推荐|文章|阅读|新闻|报道|链接|资讯|内容|专题)|热门(排行|推荐|文章|新闻|阅读|评论|标签|专题)|热点(推荐|新闻|排行)|"
    r"相關(推薦|文章|閱讀|新聞|報導|報道|連結|鏈接|資訊|內容|專題)|延伸閱讀|推薦閱讀|熱門(新聞|文章|閱讀)|為[你您]推薦|"
    r"猜你喜欢|推荐阅读|延伸阅读|精彩推荐|为你推荐|为您推荐|大家都在看|最新文章|最新资讯|最新新闻|排行榜|点击排行|"
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
    r"|(?:Photo|Image|Picture)s?\s*(?:by|via|:)\s+.*$|\b(?:getty images|shutterstock|istock)\b.*$)",
    re.I,
)
_CAPTION_LABEL = re.compile(r"^\s*(image|photo|picture)\s*caption\s*", re.I)


def _words(value: str) -> set[str]:
    if value.islower():  # no capital letter: only the separators split it (the camelCase split needs one)
        return {w.lower() for w in value.replace("_", " ").replace("-", " ").split()}
    return {w.lower() for w in _WORD_SPLIT.split(value) if w}


def _is_chrome_node(el: HtmlElement) -> bool:
    cls, ident = el.get("class"), el.get("id")
    if cls is None and ident is None:
        return False
    return _chrome_attrs(f"{cls or ''} {ident or ''}")


@lru_cache(maxsize=4096)
def _chrome_attrs(attrs: str) -> bool:
    """Whether a class/id value names a chrome region (pages repeat the same values: decided once each)."""
    words = _words(attrs)
    return bool(words & _CHROME_WORDS) and not (words & _SAFE_WORDS)


@lru_cache(maxsize=4096)
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

    Credits ("Photo: Getty Images", "(AP Photo/...)") are cut, repeated captions and captions of galleries or
    slideshows are left to the extractor (which drops them).
    """
    seen: set[str] = set()
    for cap in _CAPTION_XPATH(tree):
        if any(quick(_GALLERY).search(f"{a.get('class', '')} {a.get('id', '')}") for a in cap.iterancestors()):
            continue
        text = _CAPTION_LABEL.sub("", " ".join("".join(cap.itertext()).split()))
        text = quick(_CREDIT).sub("", text).strip(" -–—|")
        if len(text) < 25 or text in seen or not re.search(r"\w", text):
            continue
        seen.add(text)
        para = etree.Element("p")
        para.text = text
        # lift the caption out of its <figure>/<div class="wp-caption"> wrapper, which the extractor drops
        holder = cap
        parent = cap.getparent()
        while parent is not None and (parent.tag == "figure" or "caption" in parent.get("class", "").lower()):
            holder, parent = parent, parent.getparent()
        if parent is None:
            continue
        _replace(holder, para)


def _replace(old: HtmlElement, new: HtmlElement) -> None:
    new.tail = old.tail
    old.getparent().replace(old, new)


def _drop(el: HtmlElement) -> None:
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
    for el in _marked(body):  # only elements with a class, id, style or hidden attribute can be judged here
        if el.tag in ("html", "body", "h1"):
            continue
        if _is_hidden_widget(el):
            doomed.append(el)
        elif _is_chrome_node(el) and el.find(".//h1") is None:
            # keep big text regions that only happen to carry a chrome word ("share-content")
            total = _text_len(el)
            if total < 600 or _link_text_len(el) > 0.4 * total:
                doomed.append(el)
        elif _names_a_list(f"{el.get('class') or ''} {el.get('id') or ''}") and el.find(".//h1") is None and \
                is_link_list(el):
            doomed.append(el)  # "article-recommend": a list of other pages, though its class says "article"
    for el in doomed:
        _drop(el)
    _prune_marked_blocks(body)


def _marked(body: HtmlElement):
    """The elements under `body` with a class, id, style or hidden attribute, in document order (what
    `.//*[@class or @id or @style or @hidden]` selects; walked here, as the XPath costs more on large pages)."""
    for el in body.iterdescendants(etree.Element):
        if el.get("class") is not None or el.get("id") is not None or el.get("style") is not None or \
                el.get("hidden") is not None:
            yield el


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _is_hidden_widget(el: HtmlElement) -> bool:
    """A small region the page hides (dialogs, pop-overs, mini-program prompts): a reader never sees it.

    Kept: large hidden regions and hidden regions named as the content ("rich_media_content"), since some pages
    (WeChat as served) hide the article body until a script reveals it.
    """
    style = el.get("style")
    if style is None and el.get("hidden") is None:
        return False
    hidden = el.get("hidden") is not None or _HIDDEN.search(style or "") is not None
    if not hidden or _words(f"{el.get('class', '')} {el.get('id', '')}") & _SAFE_WORDS:
        return False
    return _text_len(el) < 300


def _prune_marked_blocks(body: HtmlElement) -> None:
    """Remove blocks that open with a '相关推荐'/'Related articles' heading and are mostly links."""
    for el in list(body.iter("h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "b", "dt", "em")):
        own = (el.text or "").strip()  # a childless element's whole text is its text
        if not own or len(own) > 40 or not _BLOCK_MARKERS.match(own):
            continue
        # climb to the block this heading titles: the first ancestor holding more than the heading
        block = el
        while block.getparent() is not None and _text_len(block) <= len(own) + 2:
            block = block.getparent()
        if block.tag in ("body", "html") or block.find(".//h1") is not None:
            continue  # the heading stays: the text stage cuts the text at it
        total = _text_len(block)
        if total < 200 or _link_text_len(block) >= 0.5 * total:
            _drop(block)


# --- text stage -------------------------------------------------------------------------------------------

_LABEL_LINES = re.compile(
    r"^(\s*[\[【(（]?\s*("
    r"skip to (main )?content|search|close this search box|search for:?|menu|print|close|print this page|"
    r"share( this)?|share on (facebook|twitter|linkedin)|tweet|email|follow us|back to top|top|"
    r"打印|关闭|打印本页|关闭窗口|返回顶部|回到顶部|返回首页|阅读全文|展开全文|点击查看全文|查看原文|阅读原文|分享到|分享|"
    r"收藏|点赞|举报|字号|大|中|小|扫一扫|扫码|微信扫一扫|手机看|二维码|[^\s]{0,10}二维码[^\s]{0,10}|"
    r"责任编辑[:：].{0,20}|编辑[:：].{0,20}|来源[:：].{0,30}"
    r")\s*[\]】)）]?\s*[|｜]?)+\s*$",
    re.I,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z][\w.-]*")
_PHONE = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s-]?)?\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}(?!\d)"  # 303-908-3250, (510) 555-1234
    r"|(?<!\d)0\d{1,3}-\d{3,4}-?\d{4}(?!\d)"  # 010-12345678, 02-751-1500
    r"|(?<!\d)(?:400|800)-?\d{3}-?\d{4}(?!\d)|(?<![\d.])1[3-9]\d{9}(?!\d)"  # 400 hotline, CN mobile
    r"|\+\d{1,3}[\s-]\(?\d{1,4}\)?[\s-]\d{3,4}[\s-]?\d{3,4}(?!\d)"  # +86 10 1234 5678
)
_THREE_DIGITS = re.compile(r"\d{3}")  # every shape of _PHONE holds one: a line without skips its costlier search
_CONTACT_LABEL = re.compile(
    r"^\s*[\[【(（]?\s*(contacts?|media contacts?|press contacts?|for more information|tel|telephone|phone|fax|e-?mail|"
    r"address|电\s*话|传\s*真|联系人|联系电话|联系方式|联系我们|地\s*址|通讯地址|邮\s*编|邮政编码|电子邮箱|邮箱|客服热线|热线)\s*[:：]",
    re.I,
)
_FOOTER_WORDS = re.compile(
    r"^\s*(copyright|©|\(c\)|ⓒ)|all rights reserved|版权所有|icp备|icp证|公网安备|违法和不良信息|不良信息举报|禁止转载|"
    r"未经(授权|许可).{0,12}(转载|使用|复制)|무단전재",
    re.I,
)
_US_POSTCODE = re.compile(r",\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\b")
_BREADCRUMB = re.compile(r"^\s*[您你]?(当前|现在|所在的?)?位置\s*[:：]|^\s*(首页|主页|home)\s*[>»/›>]", re.I)
_DATED_HEADLINE = re.compile(
    r"(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/]\d{1,2}\s*$|\d{1,2}月\d{1,2}日\s*$|\(\d{1,2}/\d{1,2}\)\s*$)"
)
# lines that open a comment region: disclaimers, counters, input boxes
_COMMENT_OPENERS = re.compile(
    r"^\s*(网友评论仅供|评论仅代表|.{0,12}评论.{0,6}(仅供|不代表).{0,20}(观点|看法|立场)|目前没有.{0,4}跟[贴帖]|我要跟[贴帖]|"
    r"[\d,]+\s*人参与\s*[\d,]*\s*评论|[\d,]+\s*条评论|评论\s*[（(]\s*\d+\s*[)）]|已输入\s*\d+\s*字|查看更多评论|"
    r"最热评论|最新评论|热评论|新评论|免责声明|版权声明|disclaimer\s*:|\d+\s*comments?|view comments|show comments|leave a comment)",
    re.I,
)
# follow-us / app / QR promos and keyword rows
_PROMO = re.compile(
    r"(扫描?.{0,12}二维码|扫一扫|二维码.{0,10}关注|关注.{0,12}(公众号|微信|微博|客户端)|^\s*点击(?:上方|下方|顶部)?.{0,6}关注|(安装|下载).{0,10}(客户端|app)|"
    r"感谢您的反馈|减少此类.{0,6}推荐|^\s*(关键词|关键字|标签|tags?)\s*[:：>»]|^\s*分享到|加载更多|点击加载|"
    r"follow us on|sign up for our newsletter|subscribe to our newsletter)",
    re.I,
)
_LIST_META = re.compile(
    r"^\s*[-•·]?\s*([\d,]{1,9}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}:\d{2}(:\d{2})?|"
    r"(评论|阅读|点击|浏览)\s*[\d,]+|[\d,]+\s*(评论|阅读|人阅读|次阅读))\s*$"
)
# the end mark of a press release ("###", "-30-", "– 30 –"): what follows is boilerplate and contacts
_END_MARK = re.compile(r"^\s*(?:#{3}|[-–—]\s*30\s*[-–—])\s*$")
_NEXT_PREV = re.compile(r"^\s*(上一篇|下一篇|上一条|下一条|previous( post| article)?|next( post| article)?)\s*[:：]", re.I)


def _is_contact_line(line: str) -> bool:
    """Contact and footer lines: e-mail, phone, postcode addresses, 'Contact:' labels, copyright notices."""
    if len(line) > 250:
        return False
    if quick(_EMAIL).search(line) or (_THREE_DIGITS.search(line) and _PHONE.search(line)) or \
            _CONTACT_LABEL.match(line) or _FOOTER_WORDS.search(line):
        return True
    return len(line) < 150 and bool(_US_POSTCODE.search(line))


def _before_end_mark(lines: list[str]) -> list[str]:
    """The lines before a press release's end mark ("###", "– 30 –") met past the first 40% of the text."""
    if not any(quick(_END_MARK).match(ln) for ln in lines):
        return lines
    total, seen = sum(len(ln) for ln in lines), 0
    for k, ln in enumerate(lines):
        if _END_MARK.match(ln) and seen > 0.4 * total:
            return lines[:k]
        seen += len(ln)
    return lines


def clean_lines(text: str, headline: str | None = None) -> str:
    """Drop chrome lines from extracted text (one paragraph per line) and return the rest.

    With the headline, the page top printed before it and the headline itself are dropped too.
    """
    lines = _before_end_mark([furniture.strip_glued(ln.strip()) for ln in text.splitlines()])
    lines = furniture.after_headline(furniture.normalise([ln for ln in lines if ln]), headline)
    total = sum(len(ln) for ln in lines) or 1
    out: list[str] = []
    seen = 0
    cut_after = min(0.4 * total, 300)
    for ln in lines:
        opener = _BLOCK_MARKERS.match(ln) or _COMMENT_OPENERS.match(ln) or quick(furniture.TAIL_OPENERS).search(ln)
        if opener and seen > cut_after:
            break  # a trailing "相关推荐"/comments block or a disclaimer: the rest is not the article
        seen += len(ln)
        if opener or (len(ln) < 60 and _LABEL_LINES.match(ln)) or _BREADCRUMB.search(ln) or _NEXT_PREV.match(ln):
            continue
        if _is_contact_line(ln) or (len(ln) < 80 and quick(_PROMO).search(ln)):
            continue
        if furniture.is_furniture(ln) or furniture.is_credit(ln) or furniture.is_notice(ln):
            continue
        out.append(ln)
    out = furniture.drop_top_byline(furniture.drop_headline_tail(_drop_list_runs(_drop_dated_runs(out))))
    return "" if furniture.no_article(out) else "\n".join(out)


def _drop_dated_runs(lines: list[str]) -> list[str]:
    """Remove runs of 3+ short lines that each carry a date: lists of headlines, not prose."""
    flags = [len(ln) < 90 and bool(_DATED_HEADLINE.search(ln)) for ln in lines]
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        if flags[i]:
            j = i
            while j < len(lines) and flags[j]:
                j += 1
            if j - i >= 3:
                for k in range(i, j):
                    keep[k] = False
            i = j
        else:
            i += 1
    return [ln for ln, k in zip(lines, keep) if k]


def _drop_list_runs(lines: list[str]) -> list[str]:
    """Remove ranking/recommendation lists: runs of short lines interleaved with bare numbers, dates or counts."""
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        j, metas = i, 0
        while j < len(lines) and (len(lines[j]) < 30 or _LIST_META.match(lines[j])
                                  or len(lines[j]) < 50 and not lines[j].endswith(("。", "！", "？", ".", "!", "?"))):
            metas += bool(_LIST_META.match(lines[j]))
            j += 1
        if j - i >= 4 and metas >= 2 and metas * 3 >= j - i:
            for k in range(i, j):
                keep[k] = False
        i = max(j, i + 1)
    return [ln for ln, k in zip(lines, keep) if k]
