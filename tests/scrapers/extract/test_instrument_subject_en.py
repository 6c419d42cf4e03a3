"""An instrument told at the sentence's opening, its parties in the clause after it
(scrapers/extract/instrument_subject_en.py): "Under an agreement signed Monday, A and B will ...", "The memorandum,
signed Thursday in Chengdu, commits A and B to ...", "Signed on Thursday, the memorandum commits A and B to ..."."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def agreements(text: str) -> list[dict]:
    a = Article(url="http://example.test/a", source="t", title="News", published_on=date(2026, 6, 12), language="en",
                text=text, fetched_at=datetime(2026, 6, 12))
    return [m.fields for m in extract_mentions(a) if m.record_type == "agreement"]


@pytest.mark.parametrize("text, parties, day", [
    ("The agreement, signed Thursday in Chengdu, commits Sichuan and Washington State to joint work on clean "
     "transportation and building efficiency.", {"Sichuan Province", "Washington"}, "2026-06-11"),
    ("A memorandum of understanding signed in Denver on Monday binds Colorado and Hubei Province to a joint hydrogen "
     "programme.", {"Colorado", "Hubei Province"}, "2026-06-08"),
    ("The memorandum, which was signed Thursday, commits Oregon and Fujian Province to share offshore wind data.",
     {"Oregon", "Fujian Province"}, "2026-06-11"),
    ("Signed on Tuesday in Seattle, the memorandum commits Washington State and Chongqing to joint research on "
     "electric ferries.", {"Washington", "Chongqing"}, "2026-06-09"),
    ("Under an agreement signed Monday, Utah and Zhejiang Province will share data on air quality.",
     {"Utah", "Zhejiang Province"}, "2026-06-08"),
])
def test_parties_after_the_instrument(text, parties, day):
    found = agreements(text)
    assert [set(f["parties"]) for f in found] == [parties]
    assert str(found[0]["signed_on"]) == day


@pytest.mark.parametrize("text", [
    # an older instrument recalled: no signing this week, no record
    "The agreement, signed in 2013, commits California and Jiangsu Province to annual meetings on clean energy.",
    "Signed in 2015, the agreement commits Hawaii and Hainan Province to clean energy exchanges.",
    "Under the agreement signed in 2013, California and Jiangsu Province meet every year.",
    # an aside never closed is no aside: the verb binds nobody the signing names
    "The agreement, signed Thursday commits, in the mayor's words, nothing new.",
])
def test_recalled_or_unbuilt_instruments_give_no_record(text):
    assert agreements(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Utah and Guizhou Province formalized their clean energy partnership with a memorandum of understanding on "
     "Tuesday.", "mou"),
    ("Oregon and Fujian Province formalized their partnership through an agreement on offshore wind on Tuesday.",
     "agreement"),
    ("Utah and Guizhou Province launched a clean energy partnership on Tuesday.", "partnership"),
])
def test_a_partnership_concluded_with_an_instrument_is_that_instrument(text, kind):
    assert [f["agreement_type"] for f in agreements(text)] == [kind]
