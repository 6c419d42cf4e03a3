"""Crawl configuration: the list of sources (sources.yaml) and the fetcher's settings (env `PACTWATCH_*`).

Sources are validated strictly at load time so a typo in the YAML fails the run at once, with one line that
names the file, the source and the key, instead of silently crawling nothing.
"""
from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import soupsieve
import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pactwatch import __version__

VERSION = __version__
CONTACT_URL = "https://github.com/pactwatch/pactwatch"


class SourcesError(ValueError):
    """A sources file that cannot be used; the message is one line naming file, source and key."""


def check_http_url(value: str) -> str:
    """Accept only absolute http(s) URLs with a host; anything else (file:, ftp:, relative) is refused."""
    if not isinstance(value, str):
        raise ValueError("must be a URL string")
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"{value!r} is not an http(s) URL")
    if not parts.hostname:
        raise ValueError(f"{value!r} has no host")
    return value


HttpUrlStr = Annotated[str, AfterValidator(check_http_url)]


def _check_selector(value: str | None) -> str | None:
    """A CSS selector soupsieve (BeautifulSoup's `select`) accepts, else ValueError with its first line."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError("empty CSS selector")
    try:
        soupsieve.compile(value)
    except (soupsieve.SelectorSyntaxError, NotImplementedError) as exc:
        raise ValueError(f"invalid CSS selector {value!r}: {str(exc).splitlines()[0]}") from None
    return value


SelectorStr = Annotated[str, AfterValidator(_check_selector)]


def _check_regex(value: str) -> str:
    if not value.strip():
        raise ValueError("empty pattern")
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"bad regular expression {value!r}: {exc}") from None
    return value


class Source(BaseModel):
    """One site to crawl: listing pages (start_urls + article_links), and/or an RSS/Atom feed, and/or a sitemap."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    language: str | None = None
    start_urls: tuple[HttpUrlStr, ...] = ()
    article_links: str | None = None
    next_page: str | None = None
    feed: str | None = None
    sitemap: str | None = None
    rate_limit: float | None = Field(default=None, ge=0)
    allow_hosts: tuple[str, ...] = ()
    # Reading overrides for pages the generic reader gets wrong (scrapers/selectors.py; docs/sources.md)
    title: str | None = None
    body: tuple[SelectorStr, ...] = ()
    exclude: tuple[SelectorStr, ...] = ()
    date: str | None = None
    article_url: str | None = None  # regex: only discovered URLs it matches are articles (scrapers/canonical.py)
    exclude_urls: tuple[str, ...] = ()  # regexes: discovered URLs any of them matches are not articles

    @field_validator("start_urls", "allow_hosts", "exclude_urls", "body", "exclude", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        """A list field given one string in the sources file: a list of that one."""
        return [value] if isinstance(value, str) else value

    @field_validator("article_url")
    @classmethod
    def _pattern(cls, value: str | None) -> str | None:
        return None if value is None else _check_regex(value)

    @field_validator("exclude_urls")
    @classmethod
    def _patterns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_regex(v) for v in value)

    @field_validator("feed", "sitemap")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else check_http_url(value)

    @field_validator("article_links", "next_page", "title", "date")
    @classmethod
    def _selector(cls, value: str | None) -> str | None:
        return _check_selector(value)

    @field_validator("language")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip().lower()
        if not value.replace("-", "").isalpha() or not 2 <= len(value) <= 8:
            raise ValueError(f"{value!r} is not a language code like 'en' or 'zh'")
        return value

    @model_validator(mode="after")
    def _has_entry_point(self) -> Source:
        if self.start_urls and not self.article_links:
            raise ValueError("start_urls needs article_links")
        if self.article_links and not self.start_urls:
            raise ValueError("article_links needs start_urls")
        if not (self.start_urls or self.feed or self.sitemap):
            raise ValueError("needs start_urls + article_links, or feed, or sitemap")
        if self.exclude and not self.body:
            raise ValueError("exclude needs body (it drops parts of what body selects)")
        return self


_SOURCE_KEYS = tuple(Source.model_fields)


def _label(raw: Any, index: int) -> str:
    name = raw.get("name") if isinstance(raw, Mapping) else None
    return f"source {name!r}" if isinstance(name, str) and name.strip() else f"source #{index + 1}"


def _describe(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = [str(part) for part in err["loc"]]
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "missing":
        return f"{loc[0]}: missing (required)"
    if not loc:
        return msg
    key = loc[0] + "".join(f"[{part}]" for part in loc[1:])
    return f"{key}: {msg}"


def _unknown_key(key: Any) -> str:
    """An unknown key as named in an error: quoted, with the closest known key when one is close."""
    close = difflib.get_close_matches(str(key), _SOURCE_KEYS, n=1)
    return f"{key!r}" + (f" (did you mean {close[0]!r}?)" if close else "")


def parse_sources(text: str, origin: str = "sources.yaml") -> list[Source]:
    """Parse sources YAML text (a list, or a mapping with a `sources:` list); raise SourcesError on any fault."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SourcesError(f"{origin}: {where}bad YAML: {problem}") from None
    if isinstance(data, Mapping):
        extra = sorted(set(data) - {"sources"})
        if extra:
            raise SourcesError(f"{origin}: unknown top-level key {extra[0]!r} (expected 'sources')")
        data = data.get("sources")
    if data is None:
        return []
    if not isinstance(data, list):
        raise SourcesError(f"{origin}: expected a list of sources, got {type(data).__name__}")
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(data):
        label = _label(raw, index)
        if not isinstance(raw, Mapping):
            raise SourcesError(f"{origin}: {label}: expected a mapping of keys, got {type(raw).__name__}")
        unknown = [_unknown_key(key) for key in raw if key not in _SOURCE_KEYS]
        if unknown:
            raise SourcesError(f"{origin}: {label}: unknown key{'s' if len(unknown) > 1 else ''} "
                               + ", ".join(unknown))
        try:
            source = Source.model_validate(dict(raw))
        except ValidationError as exc:
            raise SourcesError(f"{origin}: {label}: {_describe(exc)}") from None
        if source.name in seen:
            raise SourcesError(
                f"{origin}: {label}: name: duplicate name (also source #{seen[source.name] + 1})")
        seen[source.name] = index
        sources.append(source)
    return sources


def load_sources(path: str | os.PathLike[str]) -> list[Source]:
    """Read and validate a sources YAML file; raise SourcesError (one line) if it is missing or invalid."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise SourcesError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return parse_sources(text, str(path))


class Settings(BaseModel):
    """How the fetcher behaves: identity, timeouts, size cap, politeness and retries.

    `Settings.from_env()` reads `PACTWATCH_<FIELD>` (e.g. PACTWATCH_READ_TIMEOUT=10) over the defaults.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    user_agent: str = ""  # empty: "pactwatch/<version> (+<contact_url>)"
    contact_url: str = CONTACT_URL
    connect_timeout: float = Field(default=5.0, gt=0)
    read_timeout: float = Field(default=20.0, gt=0)
    max_fetch_seconds: float = Field(default=120.0, gt=0)  # bound on one body download (slow-drip servers)
    max_body_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    rate_limit: float | None = Field(default=1.0, ge=0)  # requests/second per host; 0 or None: no limit
    retries: int = Field(default=3, ge=0)  # extra attempts after the first
    backoff_base: float = Field(default=0.5, ge=0)  # first retry waits about this long, then doubles
    backoff_max: float = Field(default=30.0, ge=0)
    retry_after_max: float = Field(default=60.0, ge=0)  # cap on a server's Retry-After
    max_redirects: int = Field(default=5, ge=0)
    obey_robots: bool = True
    trust_env: bool = True  # use proxy settings from the environment (requests' default)
    # Articles fetched, read and loaded together (flows/waves.py): peak memory is one wave's bodies and
    # extractions. 500 keeps that near 30 MB while each wave's load (a transaction, ~0.2-0.5 s) stays a small
    # share of the wave's fetch and read (~5-15 s); smaller waves add loads, larger ones only memory.
    wave_pages: int = Field(default=500, ge=1)

    @model_validator(mode="after")
    def _default_agent(self) -> Settings:
        if not self.user_agent.strip():
            object.__setattr__(self, "user_agent", f"pactwatch/{VERSION} (+{self.contact_url})")
        return self

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from `PACTWATCH_*` variables (unknown ones are ignored), then keyword overrides."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name in cls.model_fields:
            raw = environ.get(f"PACTWATCH_{name.upper()}")
            if raw is not None and raw.strip() != "":
                values[name] = None if raw.strip().lower() in ("none", "off") and name == "rate_limit" else raw
        values.update(overrides)
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            err = exc.errors()[0]
            key = f"PACTWATCH_{str(err['loc'][0]).upper()}" if err["loc"] else "settings"
            raise ValueError(f"settings: {key}: {err['msg'].removeprefix('Value error, ')}") from None
