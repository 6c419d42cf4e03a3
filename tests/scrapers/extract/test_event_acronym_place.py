"""A gathering's place read across its acronym in brackets ("the Urban Transitions Forum (UTF) in Lisbon"):
events._read_mention, the place right after the name."""
from __future__ import annotations

from datetime import date

import pytest

from tests.scrapers.extract.story_records import records


@pytest.mark.parametrize("text, city", [
    ("Mayors met at the Urban Transitions Forum (UTF) in Lisbon on 20 July, where Lisbon and Qingdao signed a "
     "memorandum on clean energy.", "Lisbon"),
    ("Officials attended the Asia Clean Energy Forum (ACEF 2024) in Manila on 20 July, where Manila and Xiamen signed "
     "a memorandum on clean energy.", "Manila"),
])
def test_the_place_after_an_acronym(text, city):
    events = records(text, "event", date(2024, 7, 22))
    assert [(e["city"], e["start_on"]) for e in events] == [(city, date(2024, 7, 20))]


def test_a_bracket_far_from_the_place_is_no_bridge():
    text = ("Mayors met at the Urban Transitions Forum (which its organisers call the largest gathering of its kind "
            "this year) in Lisbon on 20 July, where Lisbon and Qingdao signed a memorandum on clean energy.")
    assert [e["city"] for e in records(text, "event", date(2024, 7, 22))] in ([None], [])
