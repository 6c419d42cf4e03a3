"""Actors named the way news names them (issue 17), each rule shown on two sentences written for this test in two
sites' wording, with negatives beside: a country's possessive before a place inside it names that place ("China's
Fujian Province", "Germany's state of Bavaria"); a company named by one brand word that the story fixes as a company
("Zentrix ..., the company said"); a governor or mayor by surname after the story named them with their place
("Oregon Governor Kate Brown" ... "Governor Brown")."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities
from scrapers.extract.names_en import short_forms
from scrapers.extract.officials_en import named_officials


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
    # a company or a person after the possessive: not a place, and the name goes on past the place's word (the
    # company's own name: the country's possessive only locates it)
    ("China's Shanghai Electric signed the contract.", [("Shanghai Electric", "org")]),
    ("China's Wang Yi met the delegation.", [("China", "country")]),
    # a month is no place
    ("It was China's May plan.", [("China", "country")]),
    # a place of another country is not inside this one: the country stays
    ("Canada's Texas office opened.", [("Canada", "country")]),
])
def test_the_possessive_country_stays_where_no_place_inside_it_follows(sentence, expected):
    assert actors(sentence) == expected


# --- a company named by one brand word, which the story fixes as a company -----------------------------------------
def pledges(text: str, day: date = date(2021, 3, 9)) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2024, 5, 18))
    return [(m.fields["actor"], m.fields["target_year"]) for m in extract_mentions(art)
            if m.record_type == "commitment"]


@pytest.mark.parametrize("text,expected", [
    # a release's wording: the role noun in the sentence's attribution
    ("SEATTLE, March 9, 2021 – Zentrix today set a goal to reach net-zero emissions by 2040.\n\n"
     "Zentrix will cut its emissions by half by 2030 from 2019 levels, the company said.",
     [("Zentrix", 2040), ("Zentrix", 2030)]),
    # a paper's wording: the role noun opening the next sentence, and a ticker
    ("Veltora (NYSE: VLT) on Tuesday pledged to become carbon neutral by 2035. The carmaker also plans to cut its "
     "emissions by 40 percent by 2030 from 2018 levels.", [("Veltora", 2035), ("Veltora", 2030)]),
    # an apposition with the company's seat
    ("Quorvia, the Austin-based company, pledged to become carbon neutral by 2030.", [("Quorvia", 2030)]),
])
def test_a_brand_word_the_story_fixes_as_a_company_is_an_actor(text, expected):
    assert pledges(text) == expected


@pytest.mark.parametrize("text,word,name", [
    ("Veltora, a company that makes electric buses, opened a plant. Veltora hired 300 people.", "Veltora", "Veltora"),
    ("Windmark (NASDAQ: WMK) said on Monday that Windmark will build the farm.", "Windmark", "Windmark"),
    ("Kestrel Motor Company opened a plant in Ohio. Kestrel will hire 300 people.", "Kestrel",
     "Kestrel Motor Company"),
])
def test_a_brand_word_the_story_fixes_as_a_company_is_one_of_its_names(text, word, name):
    assert short_forms(text, {}).get(word) == name


@pytest.mark.parametrize("text,word", [
    # nothing says it is a company
    ("Zentrix today set a goal to reach net-zero emissions by 2040.", "Zentrix"),
    # a person's surname: the story gives the full name, or a title before it
    ("Maria Zentrix joined in 2019. Zentrix will lead the project, the company said.", "Zentrix"),
    ("Mr. Veltora spoke first. Veltora will lead the project, the company said.", "Veltora"),
    # a month, a place, a common word written in lower case elsewhere
    ("May will see the plant open, the company said.", "May"),
    ("Houston will host the plant, the company said.", "Houston"),
    ("Power will flow next year, the company said. The power comes from wind.", "Power"),
    # a person in apposition, or a speaker before "The company ...": no company said
    ("Kowalski, a company spokesman, confirmed the date.", "Kowalski"),
    ("Kowalski said the plant would open in May. The company plans to hire 200 workers.", "Kowalski"),
    # a heading and a possessive after the role noun: no subject and no anaphor
    ("About Quorvia\n\nThe company’s products are sold worldwide.", "About"),
    # a word inside a longer name before the company's head ("Tyvak Nano-Satellite Systems, Inc.")
    ("Tyvak Nano-Satellite Systems, Inc. was chosen. Satellite launches are planned.", "Satellite"),
])
def test_a_brand_word_nothing_fixes_as_a_company_stays_unread(text, word):
    assert word not in short_forms(text, {})


# --- a governor or mayor named by surname after the story named them with their place -------------------------------
@pytest.mark.parametrize("text,expected", [
    # a wire's wording: the state before the title, the signing a sentence later
    ("Oregon Governor Kate Brown arrived in Beijing on Sunday.\n\nOn Monday Governor Brown and Guangdong Governor Ma "
     "Xingrui signed a memorandum of understanding on climate cooperation.", [["Oregon", "Guangdong Province"]]),
    # a city office's wording: the city before the title, the counterpart after "with"
    ("Houston Mayor Sylvester Turner visited Shenzhen this week.\n\nOn Monday Mayor Turner signed a memorandum of "
     "understanding on clean energy with Shenzhen Mayor Xu Qin.", [["Houston", "Shenzhen"]]),
])
def test_a_governor_or_mayor_by_surname_stands_for_the_place_named_with_them(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,key", [
    # two governors of one surname: the surname settles nothing
    ("Oregon Governor Kate Brown met California Governor Jerry Brown. Governor Brown spoke.", "Governor Brown"),
    # a place's official named without the place: no place is said
    ("Governor Kate Brown arrived in Beijing on Sunday. Governor Brown spoke.", "Governor Brown"),
    # a mayor of a state, a governor of a city: no such office
    ("Oregon Mayor Tom Smith spoke. Mayor Smith left.", "Mayor Smith"),
])
def test_no_place_where_the_text_does_not_say_which(text, key):
    assert key not in named_officials(text)
