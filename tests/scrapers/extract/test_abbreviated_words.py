"""Words written short inside names: "St. Paul" is Saint Paul, "Mt. Hood ..." no sentence end, "Dept." a Department
(gazetteer, text.ABBREV, entity_kinds.org_entity)."""
from __future__ import annotations

import pytest

from pactwatch.gazetteer import gazetteer
from scrapers.extract.text import split_sentences
from story_records import records


@pytest.mark.parametrize("name, city", [("St. Paul", "Saint Paul"), ("St Paul", "Saint Paul"),
                                        ("Saint Louis", "St. Louis"), ("Ft. Worth", "Fort Worth")])
def test_a_city_by_its_short_or_full_first_word(name, city):
    assert gazetteer().find_en(name).name == city


def test_a_name_opening_on_an_abbreviation_is_not_cut_into_sentences():
    assert len(split_sentences("Mt. Hood Community College and Zhejiang University signed a memorandum.")) == 1


@pytest.mark.parametrize("text, parties", [
    ("St. Paul and Changsha signed a climate cooperation agreement on Feb. 6, 2023.", ["Changsha", "Saint Paul"]),
    ("Mt. Hood Community College and Zhejiang University signed a memorandum on solar research on Feb. 6, 2023.",
     ["Mt. Hood Community College", "Zhejiang University"]),
    ("The U.S. Dept. of Energy and China's National Energy Administration signed a protocol on clean coal on Feb. 6, "
     "2023.", ["National Energy Administration", "U.S. Department of Energy"]),
])
def test_parties_named_with_abbreviations(text, parties):
    assert [sorted(r["parties"]) for r in records(text, "agreement")] == [parties]
