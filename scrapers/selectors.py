"""A source's own CSS selectors for a page's headline, main text and date (`title`, `body`, `exclude`, `date`).

For sites the generic reader (reader.py) gets wrong, a sources file may say where the parts are. Selectors are
matched by BeautifulSoup (soupsieve) on the lxml parser, like `article_links`. Pure functions: HTML and selectors
in, each part or None out; a selector that finds nothing usable is named in `Selected.missed`, so the caller keeps
the generic reader's value for that part and warns for the source.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from bs4 import BeautifulSoup, CData, NavigableString, Tag

from pactwatch.models import ReadPage
from scrapers import chrome_lines, pagemeta
from scrapers.reader import detect_language

# elements that start and end a line of text (a paragraph per line, as the generic reader gives)
_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
}
# elements whose content is never text a reader sees
_HIDDEN = {"script", "style", "noscript", "template", "iframe", "object", "svg", "canvas", "select", "textarea",
           "button", "head"}
_DATE_ATTRS = ("datetime", "content", "data-date", "title")
_DATEPARSER_MAX = 80  # longer texts are not given to dateparser: it would pick any number as a date
_LETTER = re.compile(r"[^\W\d_]")
_SPACE = re.compile(r"\s+")
# a source line break between two Chinese/Japanese characters or punctuation marks is no space at all
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])\s*\n\s*"
                        r"(?=[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])")


@dataclass(frozen=True)
class PageSelectors:
    """The reading selectors of one source: headline, main text (several, in page order), parts to drop, date."""

    title: str | None = None
    body: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    date: str | None = None

    @classmethod
    def of_source(cls, source) -> PageSelectors | None:
        """The selectors a `config.Source` sets, or None when it sets none (the generic reader alone)."""
        found = cls(source.title, tuple(source.body), tuple(source.exclude), source.date)
        return found if (found.title or found.body or found.date) else None


@dataclass
class Selected:
    """What the selectors found: each part or None, and one line per selector that found nothing usable."""

    title: str | None = None
    text: str | None = None
    published_on: date | None = None
    missed: list[str] = field(default_factory=list)


def parse_html(html: str) -> BeautifulSoup:
    """A BeautifulSoup tree of `html` on the lxml parser, without bs4's guesses about markup that looks odd."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # MarkupResemblesLocator / XMLParsedAsHTML: the text is what was fetched
        return BeautifulSoup(html or "", "lxml")


def text_lines(element: Tag) -> list[str]:
    """The visible text of an element, one line per paragraph-like block, whitespace folded."""
    parts: list[str] = []
    stack: list = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            parts.append(node)  # a block's closing line break
        elif isinstance(node, NavigableString):
            if type(node) in (NavigableString, CData):  # not comments, doctypes, processing instructions
                parts.append(_SPACE.sub(" ", _CJK_BREAK.sub("", str(node))))  # a source line break: a space
        elif isinstance(node, Tag) and node.name not in _HIDDEN:
            block = node.name in _BLOCK
            if block:
                parts.append("\n")
                stack.append("\n")
            stack.extend(reversed(node.contents))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def select_title(soup: BeautifulSoup, selector: str) -> str | None:
    """The first non-empty text the selector matches (a `<meta>`'s content), whitespace folded."""
    for element in soup.select(selector):
        value = element.get("content") if element.name == "meta" else " ".join(text_lines(element))
        value = " ".join((value or "").split())
        if value:
            return value
    return None


def parse_date(text: str | None, language: str | None = None) -> date | None:
    """A full publication date written in a short text: the rule the reader uses, then dateparser for the rest
    (told the page's `language` when known: guessing among all its languages costs seconds on first use)."""
    text = " ".join((text or "").split())
    if not text:
        return None
    found = pagemeta.date_in_text(text[:200])
    if found or len(text) > _DATEPARSER_MAX or not _LETTER.search(text):
        return found  # all-digit dates other than year-first are ambiguous (5.3.2024): none rather than a wrong one
    import dateparser  # slow to import: only for dates the reader's rule does not know

    try:  # absolute dates only: "yesterday" or "2 hours ago" is not when a page was published
        parsed = dateparser.parse(text, languages=[language.split("-")[0]] if language else None, settings={
            "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"], "RETURN_AS_TIMEZONE_AWARE": False})
    except Exception:  # noqa: BLE001 - dateparser raises on odd input; no date then
        return None
    if parsed is None or not 1995 <= parsed.year or parsed.date() > datetime.now().date():
        return None
    return parsed.date()


def select_date(soup: BeautifulSoup, selector: str, language: str | None = None) -> tuple[date | None, str | None]:
    """(date, None), or (None, what the selector matched) when it matched no date: attributes first, then text."""
    shown = None
    for element in soup.select(selector):
        for value in [element.get(a) for a in _DATE_ATTRS] + [" ".join(text_lines(element))]:
            if isinstance(value, str) and value.strip():
                found = parse_date(value, language)
                if found:
                    return found, None
                shown = shown or value.strip()
    return None, shown


def select_body(soup: BeautifulSoup, selectors: tuple[str, ...], exclude: tuple[str, ...] = ()) -> str | None:
    """Main text of every element the selectors match, in page order (one inside another counts once), with the
    `exclude` matches inside them dropped; chrome lines removed as for the generic reader. Changes `soup`."""
    matched = soup.select(", ".join(selectors))
    chosen = set(map(id, matched))
    tops = [el for el in matched if not any(id(p) in chosen for p in el.parents)]
    for el in tops:
        for bad in el.select(", ".join(exclude)) if exclude else ():
            bad.decompose()
    text = chrome_lines.clean_lines("\n".join(line for el in tops for line in text_lines(el)))
    return text or None


def select_parts(html: str, selectors: PageSelectors, language: str | None = None) -> Selected:
    """Headline, main text and date of a page by the source's selectors; a part they do not find stays None.
    `language` (the source's) helps read a date written in words."""
    soup = parse_html(html)
    out = Selected()
    if selectors.title:
        out.title = select_title(soup, selectors.title)
        if out.title is None:
            out.missed.append(f"title selector {selectors.title!r} matched nothing "
                              "(the generic reader's title is used)")
    if selectors.date:
        out.published_on, shown = select_date(soup, selectors.date, language)
        if out.published_on is None:
            found = f"matched no date (it holds {shown[:60]!r})" if shown else "matched nothing"
            out.missed.append(f"date selector {selectors.date!r} {found} (the generic reader's date is used)")
    if selectors.body:  # last: the exclusions change the tree
        out.text = select_body(soup, selectors.body, selectors.exclude)
        if out.text is None:
            out.missed.append(f"body selector {', '.join(selectors.body)!r} matched nothing "
                              "(the generic reader's text is used)")
    return out


def overlay(read: ReadPage, selected: Selected, language_hint: str | None = None) -> ReadPage:
    """The generic reading with each part the selectors found put in its place (the language re-read from it)."""
    text = selected.text if selected.text is not None else read.text
    title = selected.title or read.title
    language = read.language if selected.text is None else detect_language(text or title or "", language_hint)
    return replace(read, title=title, published_on=selected.published_on or read.published_on, language=language,
                   text=text)


def whole_reading(selected: Selected, language_hint: str | None = None) -> ReadPage | None:
    """The page's reading from the selectors alone when they found headline, text and date (the generic reader,
    about as costly as the selectors, is then not run); else None."""
    if not (selected.title and selected.text and selected.published_on):
        return None
    return ReadPage(title=selected.title, published_on=selected.published_on, text=selected.text,
                    language=detect_language(selected.text, language_hint))
