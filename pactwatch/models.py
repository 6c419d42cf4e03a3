"""Plain data passed between the pipeline's steps: fetched pages, read articles and record mentions.

Every step takes and returns these (never database rows or HTTP objects), so parsing and extraction stay pure
functions and each Prefect task's inputs and outputs are small, picklable values.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class FetchedPage:
    """One HTTP exchange for one URL, as the fetcher saw it (body bytes undecoded)."""

    url: str  # canonical URL that was asked for
    source: str  # the source's `name`
    final_url: str  # canonical URL after redirects
    status: int  # HTTP status; 0 when no response came (error says why)
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    error: str | None = None  # why the page could not be used, if it could not
    encoding: str | None = None  # charset the body was decoded with (set by the fetcher)
    text: str | None = None  # the decoded body, for HTML/XML responses

    @property
    def ok(self) -> bool:
        return self.error is None and 200 <= self.status < 300


@dataclass
class ReadPage:
    """What the page reader gets out of one HTML page: main text and its metadata."""

    title: str | None
    published_on: date | None
    language: str  # ISO 639-1: 'en', 'zh', ...
    text: str  # main text, one paragraph per line, chrome removed
    author: str | None = None  # the author account a page names (WeChat's public account), when it does


@dataclass
class Article:
    """A read page, ready for the `articles` relation."""

    url: str
    source: str
    title: str | None
    published_on: date | None
    language: str
    text: str
    fetched_at: datetime
    content_sha256: str = ""

    def __post_init__(self) -> None:
        if not self.content_sha256:
            self.content_sha256 = text_sha256(self.text)


def text_sha256(text: str) -> str:
    """Hash of the normalized main text: NFKC, whitespace folded, so re-rendered copies hash alike."""
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class Mention:
    """One record as one article states it, before resolution merges it with others.

    `record_type` is 'event', 'agreement' or 'commitment'; `fields` holds that relation's columns with the names
    of RECORDS.md (dates as `datetime.date`, lists as lists). `quote` is the sentence it was read from, in the
    article's language. `hints` carries what resolution may use but the relation does not store (aliases,
    how sure a date's year is, ...).
    """

    record_type: str
    url: str
    quote: str
    fields: dict
    hints: dict = field(default_factory=dict)

    def key(self) -> str:
        """Identity of this mention: same article, same record type, same sentence, same main fields.

        Stored keys depend on this exact text (tests/test_models.py pins two); loads hash every new mention.
        """
        f = self.fields
        basis = repr((self.record_type, self.url, self.quote, sorted([(k, repr(f[k])) for k in f])))
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:20]


@dataclass
class Extraction:
    """Everything read from one page: the article and the record mentions found in it."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class ResolvedRecord:
    """One fact after resolution: what one row of `events`, `agreements` or `commitments` holds.

    `fields` has the relation's columns except the id and `source_urls` (those come from `record_id` and the
    evidence); `evidence` is every (url, quote) that supports it; `mention_keys` names the merged mentions, so
    the next resolution can give the same fact the same id.
    """

    record_type: str
    record_id: str
    fields: dict
    evidence: list[tuple[str, str]]
    mention_keys: list[str]

    @property
    def source_urls(self) -> list[str]:
        return sorted({url for url, _ in self.evidence})
