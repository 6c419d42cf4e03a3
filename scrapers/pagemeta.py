"""Headline and publication date of a page: general rules, no per-site code.

Headline: the visible `h1` (or the `h2`/`h3` nearest the body) when it agrees with `<title>`/`og:title`,
else the title with its site-name part removed ("News I …", "… - 新浪网", "…_凤凰网").
Date: the date printed beside the headline or byline, then meta tags / JSON-LD (through htmldate's header
and JSON readers, original date preferred), then a date in the URL path, then htmldate's fast search on the
page with its chrome already pruned (so related lists and footers cannot supply it).
"""
from __future__ import annotations

import re
from copy import deepcopy
from datetime import date, datetime

from lxml import etree
from lxml.html import HtmlElement

from scrapers.era_dates import era_date
from scrapers import bylines, chrome, headline_elements

# --- headline -----------------------------------------------------------------------------------------------

_TITLE_SEPS = re.compile(r"\s+[|｜\-–—:·•»/]\s+|\s*[_｜|]\s*|\s+I\s+|\s*——\s*|\s*-{2,}\s*")
# for finding a title part printed on the page: also a bare hyphen ("中华人民共和国监察法-纪检")
_PART_SEPS = re.compile(_TITLE_SEPS.pattern + r"|-|\s+")
_NORM = re.compile(r"[\W_]+", re.U)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


_TAGLIKE = re.compile(r"<[^<>]{0,200}>")


def _clean(text: str | None) -> str:
    """Whitespace-folded plain text; tag-like runs ("<script>", "<img onerror=...>") are removed."""
    return " ".join(_TAGLIKE.sub(" ", text or "").split())


def _heading_text(el: HtmlElement) -> str:
    """Visible text of a heading, without the text of any script/style inside it."""
    if el.find(".//script") is None and el.find(".//style") is None:
        return _clean(el.text_content())
    el = deepcopy(el)
    for bad in el.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    return _clean(el.text_content())


def _norm(text: str) -> str:
    return _NORM.sub("", text).lower()


def _visible(el: HtmlElement) -> bool:
    node = el
    while node is not None:
        if _HIDDEN.search(node.get("style", "")) or node.get("hidden") is not None:
            return False
        node = node.getparent()
    return True


_META_NAMED = etree.XPath("//meta[@property=$name or @name=$name]")


def _meta(tree: HtmlElement, *names: str) -> str | None:
    for name in names:
        for el in _META_NAMED(tree, name=name):
            value = _clean(el.get("content"))
            if value:
                return value
    return None


# "…-新华网", "…-EDN 电子技术设计": a site name glued to the title by a bare hyphen
_GLUED_SITE = re.compile(
    r"^(.{6,}?)\s*[-－]\s*([^-－]{2,16}(?:网|报|社|台|频道|官网|新闻|中心|在线|设计|资讯)|[A-Z][\w.]*(?:\s[\w.]+){0,3}"
    r"|[\w.-]+\.(?:com|cn|net|org)(?:\.cn)?)$"
)


def _parts(title: str) -> list[str]:
    parts = [p for p in (_clean(x) for x in _TITLE_SEPS.split(title)) if p]
    if parts:
        m = _GLUED_SITE.match(parts[-1])
        if m and not m.group(2).isdigit():
            parts[-1:] = [m.group(1).strip(), m.group(2).strip()]
    return parts


def _agrees(heading: str, title: str) -> bool:
    """True when a heading and a page title name the same article (one contains the other, or most of it)."""
    h, t = _norm(heading), _norm(title)
    if not h or not t:
        return False
    if h in t or t in h:
        return min(len(h), len(t)) >= 4
    # long headline cut short in <title>, or title with extra words: compare on common prefix
    common = 0
    for a, b in zip(h, t):
        if a != b:
            break
        common += 1
    return common >= max(8, 0.6 * min(len(h), len(t)))


def find_headline(tree: HtmlElement) -> tuple[str | None, HtmlElement | None]:
    """Return (headline, element it was read from): the page's own heading, checked against <title>/og:title.

    In order: a visible h1/h2/h3, then h4-h6 or a "title"-classed element, that agrees with the title; a part of
    the title printed on its own on the page; under a "栏目--网站名" title, the heading just above the body.
    """
    title_el = tree.find(".//title")
    page_title = _clean(title_el.text_content()) if title_el is not None else ""
    og_title = _meta(tree, "og:title", "twitter:title") or ""
    references = [t for t in (og_title, page_title) if t]
    headings = [h for h in tree.iter("h1", "h2", "h3") if _visible(h)]
    for level in ("h1", "h2", "h3"):
        for h in headings:
            if h.tag != level:
                continue
            text = _heading_text(h)
            if 4 <= len(text) <= 300 and any(_agrees(text, ref) for ref in references):
                return _unbadged(text, references), h
    found = headline_elements.own_heading(tree, references, _agrees, _heading_text, _visible, _PART_SEPS)
    if found:
        return found
    # no heading agrees with the title: a lone long h1 is still the headline when there is no usable title
    h1s = [h for h in headings if h.tag == "h1" and len(_heading_text(h)) >= 6]
    best = _strip_site(og_title or page_title, tree)
    if not best and h1s:
        return _heading_text(h1s[0]), h1s[0]
    if best:
        # the element holding the chosen text, if any, anchors the byline search
        for h in headings:
            if _agrees(_heading_text(h), best):
                return best, h
        return best, (h1s[0] if len(h1s) == 1 else None)
    return None, None


def _unbadged(heading: str, references: list[str]) -> str:
    """A heading that is the title behind a short badge ("原创", "独家") reads as the title."""
    for ref in references:
        h, r = _norm(heading), _norm(ref)
        if len(r) >= 6 and h.endswith(r) and 0 < len(h) - len(r) <= 4:
            return ref
    return heading


def _strip_site(title: str, tree: HtmlElement) -> str | None:
    """Remove site-name parts of a page title: the longest part that is not the site's name."""
    if not title:
        return None
    parts = _parts(title)
    if len(parts) <= 1:
        return title
    site = _norm(_meta(tree, "og:site_name", "application-name") or "")
    candidates = [p for p in parts if not site or (_norm(p) != site and _norm(p) not in site)] or parts
    return max(candidates, key=len)


# --- publication date ---------------------------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
         ("nov", "november"), ("dec", "december")]
    )
    for m in names
}
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_MDY = re.compile(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)", re.I)
_DMY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+((?:19|20)\d{2})(?!\d)", re.I)
# a byline that writes the year in two digits: "发布时间：18-03-08" (2018-03-08, not 8 March 2018)
_LABELED_YY = re.compile(r"(?:发布|发表)?(?:时间|日期)\s*[:：]\s*(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d-])")
# Taiwan writes the year of the Republic (民國): "發布日期：112-10-17" and "民國112年10月17日" are 2023-10-17
_LABELED_ROC = re.compile(r"(?:(?:[發发][布佈表]|公告)?(?:日期|[時时][間间])\s*[:：]\s*|民[國国]\s*)"
                          r"(1[0-4]\d|[4-9]\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d-])")
_STAMP = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*\d{1,2}:\d{2}")
# a date the body's first sentence opens with ("2019年2月27日下午，…"): when the news happened, not the byline
_NEWS_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:[上下中]午|凌晨|早上|晚上|晚间|[，,])")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?:[/_\-.]|\d{0,8}[/_.])")
# Chinese government CMS paths: /202311/t20231117_58812.html
_URL_T = re.compile(r"/t((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])_\d+")
_URL_YM = re.compile(r"/((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
# text that says "this is today's date in the site header", not the article's
# (a weekday in brackets after the date, "2024年9月24日（星期二）", is a byline's own style, not a header's)
_NOT_BYLINE = re.compile(r"今天是|今日|(?<![（(])星期[一二三四五六日天].{0,3}$|updated|更新于|更新(?:时间|時間|日期)|最[后後]更新|修改", re.I)


_STRING = etree.XPath("string()", smart_strings=False)


def not_a_byline(text: str) -> bool:
    """Text that dates the site header ("今天是…", a weekday) or an update, not the article."""
    return _NOT_BYLINE.search(text) is not None


def date_in_text(text: str) -> date | None:
    """First full date written in a short text: 2021-04-08, 2021年04月08日, September 15, 2015, 15 Sep 2015."""
    best: tuple[int, date] | None = None
    for pattern, order in ((_YMD, (1, 2, 3)), (_MDY, (3, 1, 2)), (_DMY, (3, 2, 1))):
        for m in pattern.finditer(text):
            y, mo, d = (m.group(i) for i in order)
            found = bylines.valid_date(int(y), int(mo) if mo.isdigit() else _month(mo), int(d))
            if found and (best is None or m.start() < best[0]):
                best = (m.start(), found)
            break
    if best is None and (m := _LABELED_YY.search(text)):
        found = bylines.valid_date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
        best = (m.start(), found) if found else None
    if best is None and (m := _LABELED_ROC.search(text)):
        found = bylines.valid_date(1911 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
        best = (m.start(), found) if found else None
    return best[1] if best else (bylines.minguo_date(text) or era_date(text))  # 民國113年…, Reiwa 6 (2024) …


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:3]]


def byline_date(tree: HtmlElement, headline: HtmlElement | None) -> date | None:
    """The date printed just after the headline (byline/dateline), before the article's first long paragraph."""
    return byline_reading(tree, headline)[0]


def byline_reading(tree: HtmlElement, headline: HtmlElement | None,
                   order: str | None = None) -> tuple[date | None, bool]:
    """The byline date (as `byline_date`), and whether the byline held an all-numeric day this page's locale cannot
    settle (05/09/2024): then no later guess (htmldate's search) may date the page from it either. `order` ('mdy',
    'dmy'), where the page's other evidence settled it, stands in for a locale that says nothing."""
    if headline is None:
        return None, False
    order = bylines.day_order(tree) or order
    ambiguous = False
    budget = 400
    started = False
    skipped: set[HtmlElement] = set()  # inside a chrome region between the headline and the body (the elements
    # themselves are kept: lxml hands out the same proxy for a live element, while an id() may be reused)
    for node in headline.getroottree().getroot().iter():
        if node is headline:
            started = True
            texts = [node.tail or ""]
        elif not started or node in skipped:
            continue
        else:
            if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript"):
                texts = [node.tail or ""]
            elif chrome.names_chrome(node):  # a "Most read" list's dates are other stories' (its text still counts)
                skipped.update(node.iterdescendants())
                texts = [node.tail or ""]
                budget -= len(_STRING(node).strip())
                if budget <= 0:
                    return None, ambiguous
            else:
                texts = [node.text or "", node.tail or ""]
        for chunk in texts:
            chunk = chunk.strip()
            if not chunk:
                continue
            if len(chunk) > 160 and not _STAMP.search(chunk[:80]):
                return None, ambiguous  # reached the body (a date the body opens with is its news)
            if chunk.endswith("。") and "，" in chunk and not _STAMP.search(chunk[:80]):
                return None, ambiguous  # a Chinese sentence: a short body ("…已经2024年12月30日…审议通过，现印发…。")
            if _NOT_BYLINE.search(chunk):
                chunk = bylines.published_part(chunk) or ""  # "Updated: … | Published: …": the published one
            if chunk and not _NEWS_DATE.search(chunk[:200]):
                found = date_in_text(chunk[:200])
                if found is None:
                    found, unsure = bylines.numeric_date(chunk[:200], order)
                    ambiguous = ambiguous or unsure
                if found:
                    return found, False
            budget -= len(chunk)
            if budget <= 0:
                return None, ambiguous
    return None, ambiguous


def url_date(url: str | None) -> date | None:
    """A full date in the URL path (/2015/09/22/, /20150922/, /2015-09-22/, /t20231117_58812.html)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    m = _URL_YM.search(path) or _URL_DATE.search(path) or _URL_T.search(path)
    return bylines.valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def meta_date(tree: HtmlElement) -> date | None:
    """Publication date from meta tags and JSON-LD (htmldate's header and JSON readers, original date). JSON-LD's
    datePublished wins over a later header date: htmldate falls back on article:modified_time when the head has no
    published tag (a WordPress page whose Yoast graph alone gives datePublished)."""
    try:
        from htmldate.core import examine_header, json_search
        from htmldate.utils import Extractor
        from htmldate.validators import get_max_date, get_min_date

        opts = Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")
        found = examine_header(tree, opts)
        if not found:
            found = json_search(tree, opts)
        elif _modified_meta(tree):  # the header date may be a modified time htmldate fell back on
            ld = json_search(tree, opts)  # JSON-LD datePublished: earlier, it is the publication
            if ld and ld < found:
                found = ld
    except Exception:  # noqa: BLE001 - htmldate internals moved: fall back to its public API
        from htmldate import find_date

        found = None
        try:
            found = find_date(tree, extensive_search=False, original_date=True)
        except Exception:  # noqa: BLE001
            return None
    return _parse_iso(found)


def _modified_meta(tree: HtmlElement) -> bool:
    """Whether the page's head holds a modified / updated time meta tag (only the head's own children are read)."""
    head = tree.find("head")
    if head is None:
        return False
    for el in head.iterchildren("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if "modified" in key or "updated" in key:
            return True
    return False


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d").date()
    except ValueError:
        return None


def fallback_date(pruned: HtmlElement, url: str | None) -> date | None:
    """htmldate's fast search over a page whose chrome (related lists, footers) is already removed."""
    from htmldate import find_date

    try:
        return _parse_iso(find_date(pruned, extensive_search=False, original_date=True, url=url))
    except Exception:  # noqa: BLE001
        return None
