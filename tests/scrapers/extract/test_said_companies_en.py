"""Companies a story calls companies (issue 17, the ninety-sixth web: scrapers/extract/said_companies_en.py): the two
names of a signing's subject closed by ", the two companies said" are parties even when no table and no head word
knows them; subjects closed by another noun ("the two leaders said", "the two countries said") are not.
The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.said_companies_en import said_companies


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 6, 5), "en", text, datetime(2025, 6, 6))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,want", [
    ("Kunming-based Lucky Air and Henan Junheng Biofuels signed a memorandum of understanding on sustainable aviation "
     "fuel supply in Kunming on 3 June, the two companies said.", [["Lucky Air", "Henan Junheng Biofuels"]]),
    ("Chinese carrier Okay Airways and Dutch fuel maker Amsterdam Biojet have signed a cooperation agreement on "
     "sustainable aviation fuel in Beijing on 4 June, the firms said on Wednesday.",
     [["Okay Airways", "Amsterdam Biojet"]]),
])
def test_a_pair_the_story_calls_companies_signs(text, want):
    assert parties(text) == want


@pytest.mark.parametrize("text", [
    "Premier Wen and Chancellor Brandt signed a joint statement on climate in Berlin on 3 June, the two leaders said.",
    "Ruritania and Borduria signed a memorandum on clean energy on 3 June, the two countries said.",
    "The two sides signed a deal on 3 June, the companies said.",
    "Lucky Air and Henan Junheng Biofuels will sign a memorandum next month, a person familiar with the matter said.",
])
def test_no_companies_without_the_story_saying_so(text):
    assert said_companies(text) == {}
