"""English names that hold what would otherwise read as two actors: two states inside one body's name ("Port
Authority of New York and New Jersey"), a city's metropolitan region ("Metro Vancouver", not the Indonesian town of
Metro beside Vancouver), and a unit of a known body ("the Energy Research Institute of the National Development and
Reform Commission": the unit signs, its parent is no second party)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/a", "test", None, date(2019, 5, 9), "en", text + "\n\nMore text.",
                  datetime(2024, 5, 18))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text, expected", [
    ("The Port Authority of New York and New Jersey and the Port of Shanghai signed a memorandum of understanding on "
     "green shipping.", [["Port Authority of New York and New Jersey", "Port of Shanghai"]]),
    ("Ningbo Zhoushan Port signed an agreement with the Delaware River Port Authority of Pennsylvania and New Jersey "
     "on clean energy.", [["Ningbo Zhoushan Port", "Delaware River Port Authority of Pennsylvania and New Jersey"]]),
])
def test_two_states_inside_one_bodys_name(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("sentence, names", [
    ("The Baltic Climate Fund and Riga signed a memorandum.", ["Baltic Climate Fund", "Riga"]),
    ("The Port of Oakland and San Francisco signed a memorandum.", ["Port of Oakland", "San Francisco"]),
    ("The Bank of China and Shanghai signed it.", ["Bank of China", "Shanghai"]),
])
def test_a_place_after_a_bodys_full_name_is_a_second_actor(sentence, names):
    assert [e.name for e in find_entities(sentence)] == names


@pytest.mark.parametrize("text, expected", [
    ("Metro Vancouver and the city of Guangzhou signed a letter of intent on waste management.",
     [["Metro Vancouver", "Guangzhou"]]),
    ("Greater Manchester and Shenzhen signed a memorandum of understanding on low-carbon transport.",
     [["Greater Manchester", "Shenzhen"]]),
])
def test_a_citys_metropolitan_region_is_one_actor(text, expected):
    assert parties(text) == expected


def test_a_body_named_greater_or_metro_keeps_its_own_name():
    assert [e.name for e in find_entities("The Greater London Authority and Metro Transit signed it.")] == [
        "Greater London Authority", "Metro Transit"]


@pytest.mark.parametrize("text, expected", [
    ("The Energy Research Institute of the National Development and Reform Commission and Lawrence Berkeley National "
     "Laboratory signed a research agreement on low-carbon cities.",
     [["Energy Research Institute", "Lawrence Berkeley National Laboratory"]]),
    ("The Policy Research Center of the Ministry of Ecology and Environment signed a memorandum with the World "
     "Resources Institute on climate policy.", [["Policy Research Center", "World Resources Institute"]]),
])
def test_a_unit_of_a_known_body_signs_alone(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("sentence, names", [
    ("Qingdao Port signed an agreement with the Port of Seattle.", ["Qingdao Port", "Port of Seattle"]),
    ("Shanghai Port and Qingdao Port Group signed it.", ["Shanghai Port", "Qingdao Port Group"]),
    ("Kansas City and Shenzhen signed it.", ["Kansas City", "Shenzhen"]),
])
def test_a_port_named_after_its_city_is_the_port(sentence, names):
    assert [e.name for e in find_entities(sentence)] == names


def test_a_port_as_a_topic_of_a_longer_name_stays_inside_it():
    names = [e.name for e in find_entities("The authority signed a memorandum with the Tianjin Port and Shipping "
                                           "Authority on maritime research.")]
    assert names == ["Tianjin Port and Shipping Authority"]
