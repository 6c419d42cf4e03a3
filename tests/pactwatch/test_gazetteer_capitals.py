"""A country's capital is read as its city wherever geonames names it, by the cities' table's spelling where it has one."""
from __future__ import annotations

import pytest

from pactwatch.gazetteer import gazetteer


@pytest.mark.parametrize("name, city, country", [
    ("Ulaanbaatar", "Ulaanbaatar", "MN"),  # the cities' table spells it "Ulan Bator"
    ("Port Vila", "Port Vila", "VU"),
    ("Lome", "Lomé", "TG"),  # the table's accented row, one name for the city
    ("Reykjavik", "Reykjavík", "IS"),
])
def test_a_countrys_capital_is_its_city(name, city, country):
    place = gazetteer().find_en(name)
    assert (place.name, place.kind, place.country) == (city, "city", country)


@pytest.mark.parametrize("name", ["Douglas", "The Valley", "Stanley"])
def test_a_capital_named_like_a_person_or_a_phrase_is_not_read(name):
    assert gazetteer().find_en(name) is None
