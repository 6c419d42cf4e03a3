"""Shared by the extraction tests: one text read as one article's story, and the records of one kind it yields."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def records(text: str, kind: str, day: date = date(2023, 10, 25), title: str | None = None) -> list[dict]:
    """The fields of every `kind` mention ("agreement", "commitment", "event") `extract_mentions` finds in `text`,
    read as the story of a page published on `day` (Chinese where CJK characters make a quarter of it)."""
    language = "zh" if sum("\u4e00" <= c <= "\u9fff" for c in text) * 4 > len(text) else "en"
    art = Article("http://127.0.0.1/a", "test", title, day, language, text, datetime.combine(day, datetime.min.time()))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]
