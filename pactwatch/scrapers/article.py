"""One fetched page to one article with its record mentions: the pure step between fetching and loading."""
from __future__ import annotations

from pactwatch.models import Article, Extraction, FetchedPage
from pactwatch.scrapers.decode import decode_body
from pactwatch.scrapers.extract import extract_mentions
from pactwatch.scrapers.reader import read_page


class NotAnArticle(ValueError):
    """The page holds no readable main text (an empty 200, a shell page, a binary body)."""


def page_text(page: FetchedPage) -> str:
    """The page's decoded HTML: what the fetcher decoded, else decoded here from the raw bytes."""
    if page.text is not None:
        return page.text
    ctype = next((v for k, v in page.headers.items() if k.lower() == "content-type"), None)
    return decode_body(page.body, ctype)[0]


def read_article(page: FetchedPage, language_hint: str | None = None, feed_date=None) -> Extraction:
    """Read the page's main text and metadata, then extract its events, agreements and commitments.

    `feed_date` is the date a feed gave the article: the publication date when the page itself shows none.
    """
    html = page_text(page)
    if not html.strip():
        raise NotAnArticle("empty page")
    read = read_page(html, page.final_url or page.url, language_hint)
    if len(read.text.strip()) < 40:
        raise NotAnArticle("no main text found")
    # `text` is the body only; the extractor reads the headline from `title`
    article = Article(url=page.url, source=page.source, title=read.title, published_on=read.published_on or feed_date,
                      language=read.language, text=read.text, fetched_at=page.fetched_at)
    return Extraction(article, extract_mentions(article))
