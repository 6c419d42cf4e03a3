"""A large city is read as English news writes it, without its accents ("Bogota", "Sao Paulo"), but never where
that spelling is a short word or a larger unit's name."""
from __future__ import annotations

import pytest

from pactwatch.gazetteer import gazetteer
from tests.scrapers.extract.story_records import records


@pytest.mark.parametrize("name, city, code", [
    ("Bogota", "Bogotá", "CO"), ("Medellin", "Medellín", "CO"), ("Sao Paulo", "São Paulo", "BR"),
    ("Dusseldorf", "Düsseldorf", "DE"), ("Cancun", "Cancún", "MX")])
def test_a_large_city_is_read_without_its_accents(name, city, code):
    place = gazetteer().find_en(name)
    assert (place.name, place.kind, place.country) == (city, "city", code)


def test_a_region_of_that_spelling_is_not_read_as_the_city():
    # Québec city and the province of Quebec: the province's name stays the province's (read by the region rules)
    assert gazetteer().find_en("Quebec") is None


def test_a_short_one_word_spelling_is_not_read():
    # "Leon" (León, Mexico) is as often a person's name
    assert gazetteer().find_en("Leon") is None


@pytest.mark.parametrize("text, parties", [
    ("The city of Medellin and Santiago signed a memorandum on electric buses.", ["Medellín", "Santiago"]),
    ("Bogota signed a clean air agreement with Sao Paulo on Monday.", ["Bogotá", "São Paulo"]),
])
def test_signings_of_cities_written_without_accents(text, parties):
    assert [sorted(r["parties"]) for r in records(text, "agreement")] == [sorted(parties)]
