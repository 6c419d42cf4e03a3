""""The MOU was signed on <day> on the sidelines of <gathering>" (or "at", "during"): the agreement just reported was
signed there, at the gathering's place (scrapers/extract/__init__.py, SIGNED_IN). Texts are our own."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def agreements(text: str) -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", None, date(2023, 10, 25), "en", text, datetime(2023, 10, 25))
    return [m.fields for m in extract_mentions(art) if m.record_type == "agreement"]


def test_a_day_then_the_sidelines_of_a_gathering_give_its_place():
    got = agreements("Acme Power has signed a memorandum of understanding with Tata Power Company. The MOU was signed "
                     "on 24 October 2023 on the sidelines of the Asia Clean Energy Summit 2023, held from 23 to 27 "
                     "October in Singapore.")
    assert [(g["signed_on"], g["city"]) for g in got] == [(date(2023, 10, 24), "Singapore")]
    got = agreements("Acme Power has signed a memorandum of understanding with Tata Power Company. The MOU was signed "
                     "on Tuesday at the Asia Clean Energy Summit in Bangkok.")
    assert [g["city"] for g in got] == ["Bangkok"]


def test_signed_by_people_says_no_place():
    got = agreements("Acme Power has signed a memorandum of understanding with Tata Power Company. The MOU was signed "
                     "on Tuesday by the two chief executives.")
    assert [g["city"] for g in got] == [None]
    # "signed at City Hall by ... and Pune Deputy Mayor ...": the city of a signer is not where it was signed
    got = agreements("Austin has signed a memorandum of understanding with Pune. The memorandum was signed at City "
                     "Hall by Mayor Kirk Watson and Pune Deputy Mayor Raj Patel.")
    assert [g["city"] for g in got] == [None]
