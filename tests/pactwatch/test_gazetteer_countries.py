"""A country's one-word English name is read as the country, not as a town abroad that shares it."""
from __future__ import annotations

import pytest

from pactwatch.gazetteer import gazetteer


@pytest.mark.parametrize("name, code", [("Montenegro", "ME"), ("Armenia", "AM"), ("Chile", "CL")])
def test_a_country_wins_over_a_town_of_its_name_in_another_country(name, code):
    place = gazetteer().find_en(name)
    assert (place.kind, place.country) == ("country", code)


@pytest.mark.parametrize("name, code", [("Djibouti", "DJ"), ("Luxembourg", "LU")])
def test_a_capital_named_as_its_country_stays_in_that_country(name, code):
    assert gazetteer().find_en(name).country == code


def test_a_name_as_often_something_else_is_neither_the_country_nor_the_town_abroad():
    # Jamaica is listed as ambiguous (places.yaml): no reading beats a wrong one, so not a part of Queens either
    assert gazetteer().find_en("Jamaica") is None
    assert gazetteer().find_en("Georgia").kind == "state"  # a US state is no town abroad: kept


def test_er_after_a_vowel_is_read_as_english_spells_it():
    # 尔 after a vowel is "r" in these cities' English names (haerbin / Harbin, qiqihaer / Qiqihar); a Chinese city
    # name is still checked against its romanisation
    from pactwatch.gazetteer import gazetteer

    assert gazetteer().find_zh("齐齐哈尔市").name == "Qiqihar" and gazetteer().find_zh("哈尔滨").name == "Harbin"
