"""A place's possessive before a body's name (scrapers/extract/entity_kinds.org_entity): a government body's full name
holds its place ("Beijing's Municipal Commission of Transport" is the Beijing Municipal Commission of Transport); a
body with a name of its own is only located by it ("Arizona's Salt River Project", "China's State Grid", the known
State Grid Corporation of China); a country's ministry keeps its country ("Chile's Ministry of Energy")."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities


@pytest.mark.parametrize("text, expected", [
    ("Arizona's Salt River Project and Ohio signed it.", "Salt River Project"),
    ("China's State Grid and Ohio signed it.", "State Grid Corporation of China"),
    ("Beijing's Tsinghua University and Ohio signed it.", "Tsinghua University"),
    ("China's Envision Energy and Ohio signed it.", "Envision Energy"),
    ("Beijing's Municipal Commission of Transport and Ohio signed it.", "Beijing Municipal Commission of Transport"),
    ("California's Air Resources Board and Ohio signed it.", "California Air Resources Board"),
    ("Chile's Ministry of Energy and Ohio signed it.", "Chile's Ministry of Energy"),
])
def test_the_body_a_possessive_names(text, expected):
    assert find_entities(text)[0].name == expected
