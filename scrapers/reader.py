"""The page reader: one HTML page in, its main text, headline, publication date and language out.

trafilatura does the main-text extraction; `chrome` adds general rules for what is not article text (and
keeps photo captions), `pagemeta` chooses the headline and the date. Pure: no network, no files.
"""
from __future__ import annotations

import re
from collections import Counter

from lxml.html import HtmlElement

from pactwatch.models import ReadPage
from scrapers import bilingual, chrome, chrome_lines, day_evidence, field_dates, inline_chrome, loose_dates, pagemeta, scriptmeta
from scrapers import pager_lines, script_body
from scrapers.page_boxes import prune_page_boxes
from scrapers.doc_meta_dates import doc_meta_date
from scrapers.pagemeta_signoff import signoff_date
from scrapers.html_tree import load_tree
from scrapers.main_text import main_text
from scrapers.table_rows import data_tables, rows_as_lines
from scrapers.spanned_rows import spanned_rows_as_lines, spanned_tables
from scrapers.teasers import prune_teasers

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "are"},
    "fr": {"le", "la", "les", "et", "des", "du", "est", "une", "pour", "dans", "que", "sur"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "ein", "eine", "auf"},
    "es": {"el", "los", "las", "del", "que", "por", "para", "una", "con", "es", "se", "como"},
    "pt": {"os", "das", "dos", "que", "para", "uma", "com", "não", "em", "no", "na", "se"},
}


def read_page(html: str, url: str | None = None, language_hint: str | None = None) -> ReadPage:
    """Read one HTML page (already decoded): main text (one paragraph per line), headline, date, language, author.

    `text` is the body only: the headline is `title`, and lines before it (nav, breadcrumbs) are not the article.
    """
    tree = load_tree(html) if html and html.strip() else None
    if tree is None:
        return ReadPage(title=None, published_on=None, language=language_hint or "en", text="")
    headline, headline_el = pagemeta.find_headline(tree)
    byline, ambiguous = pagemeta.byline_reading(tree, headline_el)
    if ambiguous and (order := day_evidence.settle_order(tree, headline_el, url)):
        byline, ambiguous = pagemeta.byline_reading(tree, headline_el, order)  # a US dateline, a day over 12
    # a gov.cn 索引号 table's 发布日期, not its 成文日期 (doc_meta_dates)
    published = (byline or pagemeta.meta_date(tree) or doc_meta_date(tree, html) or pagemeta.url_date(url) or scriptmeta.script_date(tree)
                 or loose_dates.above_headline_date(headline_el))
    # only pages that name an account in their scripts or a js_name element (WeChat's layout) are searched
    author = scriptmeta.script_author(tree) if "nickname" in html or "js_name" in html else None

    tables = data_tables(tree) if "<table" in html or "<TABLE" in html else []  # (table_rows)
    spanned = spanned_tables(tree) if "rowspan" in html else []  # tables with a merged cell (spanned_rows)
    prune_page_boxes(tree, html)  # e-mail signup boxes, AMP ads and share buttons
    chrome.rescue_captions(tree)
    inline_chrome.prune_inline(tree)  # READ MORE lines, pull quotes, other-language summary boxes
    prune_teasers(tree, headline_el)  # other stories' teaser cards (their headlines and dates)
    chrome.prune_tree(tree)
    if published is None and not ambiguous:  # a byline day-month the locale cannot settle is not guessed
        published = loose_dates.labelled_date(tree)
        if published is None:  # a "Date:" field row; one whose numeric day nothing settles is not guessed either
            published, ambiguous = field_dates.field_row_reading(tree, headline_el, url)
        if published is None and not ambiguous:  # a notice's 落款 date, else a generic search (pagemeta_signoff)
            published = signoff_date(tree, html) or pagemeta.fallback_date(tree, url)
    state = script_body.state_scripts(tree) if "application/json" in html else []  # an app's story state
    text = _extract(tree, url)
    if state and len(text) < script_body.MIN_CHARS:  # an empty mount point: the story is in the state script
        text = script_body.script_body(state) or text
    text = rows_as_lines(text, tables)  # a short page's table written cell by cell: one line per row
    text = spanned_rows_as_lines(text, spanned)  # a table with a merged cell: its rows whole again
    text = chrome_lines.clean_lines(text, headline)
    text = pager_lines.drop_pager_lines(text)  # "共2页: 上一页 1 2 下一页", "Page 1 2 Next ›"
    text = bilingual.drop_translated_copy(text, headline)  # a release printed in two languages: one copy
    if author:
        text = _drop_author_line(text, author)
    return ReadPage(
        title=headline,
        published_on=published,
        language=detect_language(text or headline or "", language_hint),
        text=text,
        author=author,
    )


def _drop_author_line(text: str, author: str) -> str:
    """The author account printed on its own line at the top (a byline, not the article)."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:3]):
        if line.strip() == author:
            return "\n".join(lines[:i] + lines[i + 1:])
    return text


def _extract(tree: HtmlElement, url: str | None) -> str:
    return main_text(tree, url)  # the tree is not read again: trafilatura may prune it in place


def detect_language(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code: 'zh' when CJK characters dominate, 'ja'/'ko' on kana/hangul, else a stopword vote."""
    sample = text[:5000]
    cjk = len(_CJK.findall(sample))
    kana = len(_KANA.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    words = _LATIN_WORD.findall(sample)
    if max(cjk, kana, hangul) * 2 >= len(words) and max(cjk, kana, hangul) > 0:
        if kana > 0.1 * (cjk + kana):
            return "ja"
        if hangul > cjk:
            return "ko"
        return "zh"
    if not words:
        return hint or "en"
    counts = Counter(w.lower() for w in words[:800])
    scores = {lang: sum(counts[w] for w in stops) for lang, stops in _STOPWORDS.items()}  # each word counted once
    best = max(scores, key=scores.get)
    if scores[best] == 0:
        return hint or "en"
    return best
