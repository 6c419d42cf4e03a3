"""A signing in a city-state (issue 17, the ninety-sixth web): "在新加坡签署", "signed ... in Monaco" were placed in the
country with no city; a city-state is its city (place_references.venue_city, as events already read it). Any other
country ("in Japan", "在日本") names no city. The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def places(text: str, language: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 6, 20), language, text, datetime(2025, 6, 21))
    return [(m.fields["city"], m.fields["country"]) for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,language,want", [
    ("6月18日，大连港集团与新加坡海事及港务管理局在新加坡签署绿色航运走廊合作备忘录。", "zh", [("Singapore", "SG")]),
    ("The Port of Marseille Fos and the Maritime and Port Authority of Singapore signed a memorandum of "
     "understanding on green shipping in Singapore on 18 June.", "en", [("Singapore", "SG")]),
    ("Nice and the Principality's Energy Transition Mission signed a climate partnership agreement in Monaco on 18 "
     "June.", "en", [("Monaco", "MC")]),
])
def test_a_signing_in_a_city_state_is_in_its_city(text, language, want):
    assert places(text, language) == want


@pytest.mark.parametrize("text,language", [
    ("6月18日，宁波市与大阪市在日本签署友好交流合作备忘录。", "zh"),
    ("Ningbo and Osaka signed a memorandum of understanding on port cooperation in Japan on 18 June.", "en"),
])
def test_a_signing_in_another_country_names_no_city(text, language):
    assert [c for c, _ in places(text, language)] == [None]
