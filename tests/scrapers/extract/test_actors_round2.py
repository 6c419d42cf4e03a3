"""Actors named the way news names them (issue 17), each rule shown on two sentences written for this test in two
sites' wording, with negatives beside: a country's possessive before a place inside it names that place ("China's
Fujian Province", "Germany's state of Bavaria")."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def parties(text: str, day: date = date(2019, 5, 9)) -> list[list[str]]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2024, 5, 18))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


def actors(sentence: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in find_entities(sentence)]


# --- a country's possessive before a place inside it ----------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # a wire's wording: the place the gazetteer knows, with its own word for its kind
    ("Oregon and China’s Fujian Province on Monday signed a memorandum of understanding on clean energy.",
     [["Oregon", "Fujian Province"]]),
    # a city network's wording: the place after its kind and "of", which the gazetteer need not know
    ("Guangdong and Canada's province of British Columbia on Friday signed a memorandum of understanding on climate "
     "action.", [["Guangdong Province", "British Columbia"]]),
    ("Germany's state of Bavaria and Shandong Province on Monday signed an agreement on hydrogen cooperation.",
     [["Bavaria", "Shandong Province"]]),
])
def test_a_country_s_possessive_before_a_place_inside_it_names_the_place(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a company or a person after the possessive: not a place, and the name goes on past the place's word
    ("China's Shanghai Electric signed the contract.", [("China's Shanghai Electric", "org")]),
    ("China's Wang Yi met the delegation.", [("China", "country")]),
    # a month is no place
    ("It was China's May plan.", [("China", "country")]),
    # a place of another country is not inside this one: the country stays
    ("Canada's Texas office opened.", [("Canada", "country")]),
])
def test_the_possessive_country_stays_where_no_place_inside_it_follows(sentence, expected):
    assert actors(sentence) == expected
