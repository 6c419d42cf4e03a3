"""Companies a report introduces by their trade ("Nevada utility NV Energy", "Danish ferry and logistics operator
DFDS"): the place or adjective before the trade is no party, the name after it is a company even in capitals, and a
run of names does not swallow the adjective (scrapers/extract/trade_described_en.py). Texts are our own."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 5, 9), "en", text, datetime(2025, 5, 9))
    return [sorted(m.fields["parties"]) for m in extract_mentions(art) if m.record_type == "agreement"]


def test_a_place_before_a_trade_says_where_the_company_is_from():
    got = parties("Amazon and Oregon utility Portland General Electric have signed a power purchase agreement for "
                  "200 MW of wind power.")
    assert got == [["Amazon", "Portland General Electric"]]
    names = [e.name for e in find_entities("Toyota and Texas power company Vistra Corp signed a memorandum.")]
    assert "Texas" not in names and "Vistra Corp" in names


def test_the_name_after_an_adjective_and_trade_is_a_company_in_capitals_too():
    got = parties("The Port of Kiel, the Port of Oslo and Norwegian ferry and cruise operator KNBR have signed a "
                  "memorandum of understanding on shore power.")
    assert got == [sorted(["Port of Kiel", "Port of Oslo", "KNBR"])]
    names = [e.name for e in find_entities("Italian shipping group GNVX and Spanish utility Iberdrola signed a deal.")]
    assert "GNVX" in names and "Iberdrola" in names


def test_no_trade_no_company_and_a_place_that_acts_stays_a_party():
    names = [e.name for e in find_entities("Danish and Swedish ministers met in Aarhus.")]
    assert len(names) == 1 and names[0] != "Denmark"
    got = parties("Nevada and California signed a memorandum of understanding on transmission planning.")
    assert got == [["California", "Nevada"]]
