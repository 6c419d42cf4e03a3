"""A known unit named with its parent (scrapers/extract/academy_units_en.py): "the Institute of X, Chinese Academy of
Sciences" and "the Chinese Academy of Sciences' Institute of X" are the institute alone; texts written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2024, 6, 12))]


@pytest.mark.parametrize("text,unit", [
    ("Stanford University and the Chinese Academy of Sciences' Institute of Engineering Thermophysics signed an "
     "agreement on energy storage research on June 2, 2024.", "Institute of Engineering Thermophysics"),
    ("Purdue University signed a memorandum on battery research with the Chinese Academy of Sciences’ Institute of "
     "Process Engineering on June 2, 2024.", "Institute of Process Engineering"),
    ("Stanford University and the Institute of Electrical Engineering, Chinese Academy of Sciences signed an agreement "
     "on energy storage research on June 2, 2024.", "Institute of Electrical Engineering"),
])
def test_the_known_unit_is_the_party_not_its_parent(text, unit):
    (parties,) = _parties(text)
    assert unit in parties and "Chinese Academy of Sciences" not in parties and len(parties) == 2


def test_an_unknown_unit_keeps_its_parents_possessive_name():
    text = ("Stanford University and the Chinese Academy of Sciences' Institute of Geographic Sciences signed an "
            "agreement on climate research on June 2, 2024.")
    assert _parties(text) == [["Stanford University", "Chinese Academy of Sciences' Institute of Geographic Sciences"]]
