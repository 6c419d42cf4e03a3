"""The story gate (scrapers/extract/story_gate.py): a story none of whose sentences names a gathering, an instrument
signed or a dated target yields no record, and its actors are not read; a story that names one is read in full."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

import scrapers.extract as extract
import scrapers.extract.told_sentences as told_sentences
from pactwatch.gazetteer import CJK
from pactwatch.models import Article
from scrapers.extract.dates import DateContext
from scrapers.extract.story_gate import may_yield
from scrapers.reader import read_page

CTX = DateContext(date(2024, 5, 2), 2024, [])
DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize("sentence", [
    # signings (an instrument with a verb of signing; a session of deals; the pen put to paper)
    "The Port of Tacoma and the Province of Zhejiang signed a memorandum of understanding on green shipping.",
    "Officials from both regions inked two clean-energy deals on Tuesday.",
    "Mayor Ortiz and her counterpart put pen to paper at a ceremony in Lisbon.",
    # pledges with their year (a cut, a peak, a capacity, a fleet)
    "The county will cut greenhouse gas emissions 45 percent below 2010 levels by 2035.",
    "Nordvik aims to add 3 GW of offshore wind capacity by 2031.",
    "Lagos pledged that its bus fleet will be fully electric by 2033.",
    # gatherings by name
    "Delegates met at the Great Lakes Climate Dialogue in Duluth on Monday.",
    "Ministers arrived in Baku for COP29.",
])
def test_a_sentence_that_can_tell_a_record_opens_the_gate(sentence):
    assert may_yield(sentence, CTX)


@pytest.mark.parametrize("sentence", [
    "The Eagles beat the Huskies 24-10 on Saturday to end a three-game skid.",
    "The keyboard thing is a big deal.",  # an instrument word, no signing
    "UPDATED: Tue., Nov. 19, 2019",  # a colon and a year, no targets summed up
    "The company has the power to reshape the market in 2025.",  # "power", no capacity target
    "Local dealers sold 30,154 new cars, trucks and SUVs in October.",  # vehicles, no fleet target
    "Emissions fell 12 percent from 2005 levels by 2020, the agency said.",  # a result told, no target read
])
def test_a_sentence_that_tells_none_keeps_it_shut(sentence):
    assert not may_yield(sentence, CTX)


def _english_articles() -> list[Article]:
    """Every English page of the project's own test webs, read as the crawl reads it."""
    out = []
    for path in sorted(DATA.glob("*/sites/**/*.htm*")):
        html = path.read_text(encoding="utf-8", errors="replace")
        read = read_page(html, f"http://127.0.0.1/{path.relative_to(DATA)}")
        if len(read.text.strip()) < 40 or CJK.search(read.text) or (read.title and CJK.search(read.title)):
            continue
        out.append(Article(f"http://127.0.0.1/{path.relative_to(DATA)}", "test", read.title, read.published_on,
                           read.language, read.text, datetime(2024, 1, 1)))
    return out


def _told(mentions) -> list[tuple]:
    return [(m.record_type, m.quote, repr(sorted(m.fields.items()))) for m in mentions]


def test_the_gate_changes_no_record_on_the_project_webs(monkeypatch):
    """Every English page of the test webs yields the same records with the gate as with it always open, and the
    gate does shut on some of them (pages telling no record), so the comparison is not idle."""
    articles = _english_articles()
    gated = {a.url: _told(extract.extract_mentions(a)) for a in articles}
    asked: list[bool] = []

    def open_gate(sentence, ctx):
        asked.append(may_yield(sentence, ctx))
        return True

    monkeypatch.setattr(told_sentences, "may_yield", open_gate)
    opened = {a.url: _told(extract.extract_mentions(a)) for a in articles}
    assert len(articles) > 200
    assert gated == opened
    shut = [url for url, told in gated.items() if not told]
    assert shut  # pages of no record: the gate was asked there and said no
    assert not all(asked)
