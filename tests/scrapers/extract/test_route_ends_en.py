"""The places a corridor, route or link joins are no parties of the memorandum that founds it
(scrapers/extract/route_ends_en.py). Texts are our own."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 5, 9), "en", text, datetime(2025, 5, 9))
    return [sorted(m.fields["parties"]) for m in extract_mentions(art) if m.record_type == "agreement"]


def test_the_ends_of_a_corridor_or_a_route_are_no_parties():
    got = parties("The Port of Kiel and the Port of Oslo signed a memorandum of understanding to develop a green "
                  "shipping corridor between Germany and Norway.")
    assert got == [["Port of Kiel", "Port of Oslo"]]
    got = parties("The Port of Esbjerg and the Port of Rostock signed an agreement on a power cable linking Denmark "
                  "and Germany.")
    assert got == [["Port of Esbjerg", "Port of Rostock"]]


def test_a_between_list_of_signers_still_names_the_parties():
    got = parties("A memorandum of understanding between Tianjin and Busan on green ports was signed on Tuesday.")
    assert got == [["Busan", "Tianjin"]]
