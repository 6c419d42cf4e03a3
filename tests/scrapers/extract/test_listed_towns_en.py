"""A small town named in a list of cities (scrapers/extract/listed_towns_en.py): an item of a list whose other items
hold two cities already read is a city where the gazetteer's rows hold it, so a signing or a joining keeps its
smallest party. Texts of our own; negatives: a word no row holds, a list with one read city, a town alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def names(sentence: str) -> list[str]:
    return [e.name for e in find_entities(sentence)]


def parties(text: str, day: date = date(2024, 5, 17)) -> list[list[str]]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2024, 5, 17))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("sentence, town", [
    ("Guimarães, Ljubljana and Leuven signed the Urban Tree Charter on Tuesday.", "Guimarães"),
    ("The charter was endorsed by Espoo, Umeå, Guimarães and Heidelberg at the spring meeting.", "Guimarães"),
])
def test_a_small_town_in_a_list_of_cities_is_read(sentence, town):
    assert town in names(sentence)


def test_the_town_is_a_party_of_the_signing():
    found = parties("Leuven, Uppsala and Guimarães signed the Quiet Streets Charter on Wednesday in Brussels.",
                    date(2024, 5, 17))
    assert found and {"Leuven", "Uppsala", "Guimarães"} <= set(found[0])


@pytest.mark.parametrize("sentence, absent", [
    ("Leuven, Umeå and Fisheries signed the charter.", "Fisheries"),  # no city of that name
    ("Leuven and Guimarães signed the Urban Tree Charter on Tuesday.", "Guimarães"),  # one read city only
    ("Guimarães signed the Urban Tree Charter on Tuesday.", "Guimarães"),  # alone: no list
])
def test_no_town_outside_a_list_of_two_read_cities(sentence, absent):
    assert absent not in names(sentence)
