"""A headline that writes the body's instrument in title case ("Signs Power Purchase Agreement with ...") restates the
body's agreement and gives no row of its own (scrapers/extract/story_close.py); a container line named in Chinese or
English is one actor (pactwatch/data/organisations.yaml). Texts are our own."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def agreements(title: str, text: str, lang: str = "en") -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", title, date(2025, 5, 9), lang, text, datetime(2025, 5, 9))
    return [m.fields for m in extract_mentions(art) if m.record_type == "agreement"]


def test_a_title_case_headline_of_the_body_instrument_is_no_second_agreement():
    got = agreements("Acme Power Signs Power Purchase Agreement with Gujarat Urja Vikas Nigam",
                     "Acme Power announced that its subsidiary, Acme Solar Holdings Limited, has signed a power "
                     "purchase agreement with Gujarat Urja Vikas Nigam Limited for 250MW of solar power.")
    assert len(got) == 1 and "Acme Solar Holdings Limited" in got[0]["parties"]


def test_a_headline_of_another_signing_stays():
    # (another signing: no actor shared with the body's, though the body names the same kind of instrument)
    got = agreements("Beta Grid Signs Power Purchase Agreement with Delta Wind Company",
                     "Acme Power has signed a power purchase agreement with Gujarat Urja Vikas Nigam Limited.")
    assert len(got) == 2


def test_a_container_line_in_chinese_is_the_line():
    got = agreements(None, "5月8日，宁波舟山港股份有限公司与法国达飞海运集团签署绿色燃料加注合作备忘录。", "zh")
    assert got and "CMA CGM" in got[0]["parties"]
