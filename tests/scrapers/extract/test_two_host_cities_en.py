"""A signing told "in A and B" (two cities, a list that ends there) names no one city as where it was signed: the
city is left out rather than guessed, the country kept where both lie in it (agreements._find_en)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _places(text: str) -> list[tuple]:
    return [(r["city"], r["country"]) for r in records(text, "agreement", date(2021, 5, 5))]


@pytest.mark.parametrize("text,want", [
    ("The forum, held in Beijing and Tianjin from May 10 to 12, saw Tianjin and Incheon sign a memorandum on "
     "low-carbon ports.", [(None, "CN")]),
    ("Tianjin and Incheon signed memoranda on green ports in Busan and Tianjin last week.", [(None, None)]),
    # one city, then a phrase that goes on: that city
    ("Seattle and Shanghai signed a memorandum on green ports in Shanghai and Seattle officials cheered on Monday.",
     [("Shanghai", "CN")]),
])
def test_two_host_cities(text, want):
    assert _places(text) == want


def test_a_city_and_its_state():
    text = ("On Tuesday, PNNL, the University of Washington and SARI signed a research agreement in Spokane, "
            "Washington, that sets up a joint program on catalysts.")
    assert _places(text) == [("Spokane", "US")]
