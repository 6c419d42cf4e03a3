"""A body of a foreign place named with its country's possessive inside its name
(scrapers/extract/country_possessive_bodies_en.py): "the Department of ... of Thailand's Chiang Rai Province" is the
province's department, named without the country. A name where "of <Country>" is the body's own (Bank of China's
Sydney Branch) is left as it is. Texts of our own."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities
from story_records import records


def orgs(sentence: str) -> list[str]:
    return [e.name for e in find_entities(sentence) if e.kind == "org"]


@pytest.mark.parametrize("sentence,want", [
    ("The Forestry Department of Thailand's Chiang Rai Province hosted the talks.",
     "Forestry Department of Chiang Rai Province"),
    ("The Natural Resources Office of Laos' Oudomxay Province sent five experts.",
     "Natural Resources Office of Oudomxay Province"),
])
def test_the_country_possessive_is_no_part_of_the_body_name(sentence, want):
    assert orgs(sentence) == [want]


@pytest.mark.parametrize("sentence,want", [
    ("The Bank of China's Sydney Branch arranged the loan.", "Bank of China's Sydney Branch"),
    ("The Development Bank of Kenya's Nairobi Office opened in May.", "Development Bank of Kenya's Nairobi Office"),
])
def test_a_body_of_the_country_itself_keeps_its_name(sentence, want):
    assert orgs(sentence) == [want]


def test_the_signing_names_the_province_department():
    text = ("KUNMING, March 4 -- The Department of Ecology and Environment of Sichuan Province and the Environment "
            "Office of Thailand's Chiang Rai Province inked a memorandum of understanding on air quality cooperation "
            "in Chengdu on Tuesday.")
    got = [r["parties"] for r in records(text, "agreement")]
    assert got == [["Department of Ecology and Environment of Sichuan Province", "Environment Office of Chiang Rai Province"]]


@pytest.mark.parametrize("sentence,want", [
    # state media's compass word before the country's possessive
    ("The Department of Commerce of east China's Zhejiang Province signed the agreement.",
     ["Department of Commerce of Zhejiang Province"]),
    ("Officials from the Department of Natural Resources of northwest China's Gansu Province hosted the talks.",
     ["Department of Natural Resources of Gansu Province"]),
])
def test_a_compass_word_before_the_country_keeps_the_body_whole(sentence, want):
    assert orgs(sentence) == want


def test_a_known_national_body_before_a_compass_place_is_left_alone():
    # a ministry the tables know is not made a province's body
    assert "Ministry of Commerce" in orgs("The Ministry of Commerce of east China's Zhejiang Province signed.")
