"""Local units named by their kind word where the text says where they lie, and places named by a description with
their country's demonym (scrapers/extract/located_units_en.py). Texts of our own."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities
from story_records import records


def named(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.country) for e in find_entities(sentence)]


@pytest.mark.parametrize("sentence,want", [
    ("Yuanjiang County of Yuxi signed an agreement with Lyon.", ("Yuanjiang County", "CN")),
    ("The Kasi District in Laos signed an agreement with Lyon.", ("Kasi District", "LA")),
    ("Laos' Xaysomboun District signed an agreement with Lyon.", ("Xaysomboun District", "LA")),
    ("Vietnam's Soc Son district signed an agreement with Lyon.", ("Soc Son District", "VN")),
    ("Hoa Vang District in central Vietnam's Da Nang signed an agreement with Lyon.", ("Hoa Vang District", "VN")),
    ("Colombia's Antioquia Department signed an agreement with Lyon.", ("Antioquia Department", "CO")),
    ("The Chilean city of Chillan signed an agreement with Lyon.", ("Chillan", "CL")),
    ("The Mongolian province of Khovd signed an agreement with Lyon.", ("Khovd", "MN")),
])
def test_a_unit_located_by_the_text_is_an_actor(sentence, want):
    assert want in named(sentence)


def test_the_place_a_unit_is_of_is_no_actor_beside_it():
    assert named("Yuanjiang County of Yuxi signed an agreement with Lyon.") == [("Yuanjiang County", "CN"),
                                                                               ("Lyon", "FR")]


def test_a_province_read_by_its_shape_takes_the_country_of_its_locator():
    assert ("Hinggan League", "CN") in named("Hinggan League in north China's Inner Mongolia Autonomous Region "
                                             "signed an agreement with Lyon.")


@pytest.mark.parametrize("sentence", [
    "Kasi District signed an agreement with Lyon.",  # no locator: a district of whom?
    "The Central Business District of Lyon hosted the signing.",  # no territorial unit
    "The Water District in Laos signed an agreement with Lyon.",
    "The Energy Department of Laos signed an agreement with Lyon.",  # a body's department, in no land of departments
    "The coastal city of Chillan signed an agreement with Lyon.",  # no country told
])
def test_no_unit_without_a_locator_or_of_another_kind(sentence):
    # (a body the shape reader takes, "Water District", has no country: it is no unit located here)
    units = {"Kasi District", "Central Business District", "Water District", "Energy Department", "Chillan"}
    assert not [(n, c) for n, c in named(sentence) if n in units and c]


def test_a_unit_signs_in_a_story():
    got = [r["parties"] for r in records("VIENTIANE, May 2 -- The Kasi District in Laos signed a memorandum of "
                                         "understanding with Mengla County of Honghe on Monday.", "agreement")]
    assert got == [["Kasi District", "Mengla County"]]
