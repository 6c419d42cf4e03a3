"""The reader marks a signing sentence that tells a further instrument ("also signed", 还签署) with the hint
`further`, stored with the mention; resolution reads the hint, never the sentence (scrapers/extract/further.py)."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.further import further
from warehouse.resolve import resolve


def _agreements(text: str, language: str = "en"):
    a = Article(url="https://visit.example/1", source="visit", title=None, published_on=date(2018, 5, 8),
                language=language, text=text, fetched_at=datetime(2024, 1, 1))
    return [m for m in extract_mentions(a) if m.record_type == "agreement"]


def test_further_reads_another_signing_in_both_languages():
    assert further("The two sides also signed a letter of intent on offshore wind.")
    assert further("Oregon further inked a memorandum with the port.")
    assert further("双方还签署了港口合作谅解备忘录。")
    assert further("此外还签订了清洁能源合作协议。")


def test_further_is_not_read_in_a_first_signing():
    assert not further("Oregon and Fujian signed an MOU on clean energy.")
    assert not further("福建省与俄勒冈州签署合作备忘录。")
    assert not further("The agreement also covers electric vehicles.")


def test_the_hint_is_stored_with_the_mention_and_keeps_two_instruments_apart():
    ms = _agreements("Oregon Governor Kate Brown and Fujian Governor Tang Dengjie signed a memorandum of "
                     "understanding on clean energy in Fuzhou on May 7, 2018.\n\n"
                     "The Oregon Department of Energy and the Fujian Provincial Department of Ecology and Environment "
                     "also signed a letter of intent on May 7, 2018.")
    assert [bool(m.hints.get("further")) for m in ms] == [False, True]
    assert len([r for r in resolve(ms, {}) if r.record_type == "agreement"]) == 2
