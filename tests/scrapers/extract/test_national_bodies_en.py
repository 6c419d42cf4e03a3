"""A party country's own ministry signing "The MOU was inked by ..." restates the countries' signing: one row
(scrapers/extract/national_bodies_en.py, clause_readers_en.another_instrument). The texts are our own."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.national_bodies_en import body_country, of_party_country


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/a", "test", None, date(2024, 10, 17), "en", text, datetime(2024, 10, 18))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text", [
    # state media: the countries, then their ministries' signers
    "LIMA, Oct. 16 (Xinhua) -- China and Peru on Wednesday signed a memorandum of understanding on climate "
    "cooperation. The MOU was inked by the Chinese ambassador on behalf of China's Ministry of Ecology and Environment "
    "and by Peru's Minister of Environment.",
    # a government release: the countries, then "The agreement was signed by" their ministries
    "Kenya and China on Monday signed an agreement on solar equipment aid. The agreement was signed by Kenya's "
    "Ministry of Energy and Petroleum and China's Ministry of Ecology and Environment.",
])
def test_the_countries_ministries_restate_the_countries_signing(text):
    assert len(parties(text)) == 1


def test_a_third_countrys_body_is_no_party_country():
    assert not of_party_country("Germany's Federal Ministry for Economic Affairs", {"Kenya", "China"})
    assert of_party_country("Kenya's Ministry of Energy", {"Kenya", "China"})
    assert body_country("Ministry of Ecology and Environment") == "CN"
    assert body_country("Global Green Growth Institute") is None
