"""Names that open on a Latin letter with a diacritic ("Ørsted", "Électricité de France", "Île-de-France") are read
as names (entities.TOKEN); before, the first letter was skipped and "Électricité de France" became "France"."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.entities import find_entities
from tests.scrapers.extract.story_records import records


@pytest.mark.parametrize("text, parties", [
    ("Ørsted and Shanghai Electric signed a memorandum of understanding on offshore wind on Monday.",
     {"Ørsted", "Shanghai Electric"}),
    ("Électricité de France and China Three Gorges signed a cooperation agreement on renewable energy on Monday.",
     {"Électricité de France", "China Three Gorges Corporation"}),
    ("Île-de-France and Beijing signed a memorandum of understanding on climate cooperation on Monday.",
     {"Île-de-France", "Beijing"}),
])
def test_a_name_opening_on_a_diacritic(text, parties):
    assert [set(a["parties"]) for a in records(text, "agreement", date(2023, 9, 20))] == [parties]


def test_no_part_of_such_a_name_is_read_alone():
    names = [e.name for e in find_entities("Électricité de France opened an office in Lyon.")]
    assert "France" not in names
