"""One fetched page to one article with its record mentions: the pure step between fetching and loading."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pactwatch.models import Article, Extraction, FetchedPage
from scrapers.decode import decode_body
from scrapers.extract import extract_mentions
from scrapers.reader import read_page

if TYPE_CHECKING:
    from scrapers.selectors import PageSelectors


class NotAnArticle(ValueError):
    """The page holds no readable main text (an empty 200, a shell page, a binary body)."""


def page_text(page: FetchedPage) -> str:
    """The page's decoded HTML: what the fetcher decoded, else decoded here from the raw bytes."""
    if page.text is not None:
        return page.text
    ctype = next((v for k, v in page.headers.items() if k.lower() == "content-type"), None)
    return decode_body(page.body, ctype)[0]


def read_article(page: FetchedPage, language_hint: str | None = None, feed_date=None,
                 selectors: PageSelectors | None = None, warnings: list[str] | None = None) -> Extraction:
    """Read the page's main text and metadata, then extract its events, agreements and commitments.

    `feed_date` is the date a feed gave the article: the publication date when the page itself shows none.
    `selectors` (the source's `title`/`body`/`date`) win over the generic reader where they find something; each
    one that finds nothing adds a line to `warnings` and leaves that part to the generic reader.
    """
    html = page_text(page)
    if not html.strip():
        raise NotAnArticle("empty page")
    if selectors is not None:  # bs4 and the selector machinery load only for sources that name selectors
        from scrapers.selectors import overlay, select_parts, whole_reading
    selected = select_parts(html, selectors, language_hint) if selectors is not None else None
    if selected is not None and warnings is not None:
        warnings += [f"{page.url}: {miss}" for miss in selected.missed]
    read = whole_reading(selected, language_hint) if selected is not None else None
    if read is None:  # the generic reader, for every part the selectors did not give
        read = read_page(html, page.final_url or page.url, language_hint)
        read = overlay(read, selected, language_hint) if selected is not None else read
    if len(read.text.strip()) < 40:
        raise NotAnArticle("no main text found")
    # `text` is the body only; the extractor reads the headline from `title`
    article = Article(url=page.url, source=page.source, title=read.title, published_on=read.published_on or feed_date,
                      language=read.language, text=read.text, fetched_at=page.fetched_at)
    return Extraction(article, extract_mentions(article))
