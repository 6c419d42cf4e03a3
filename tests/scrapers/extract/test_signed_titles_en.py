"""A network named inside the title of the declaration or charter signed is not who pledges
(scrapers/extract/network_declarations.SIGNED_TITLE): "signed the C40 ... Declaration, pledging ..." is the signers'."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _actors(text: str) -> list[str]:
    return sorted({r["actor"] for r in records(text, "commitment", date(2024, 5, 1))})


@pytest.mark.parametrize("text,want", [
    ("Twelve cities, including Paris, London and Mexico City, signed the C40 Fossil-Fuel-Free Streets Declaration, "
     "pledging to buy only zero-emission buses from 2025.", ["London", "Mexico City", "Paris"]),
    ("The city of Wuhan has signed on to the C40 Clean Construction Declaration, committing to halve embodied "
     "emissions by 2030.", ["Wuhan"]),
    ("Ontario endorsed the Under2 Coalition Climate Commitment and pledged to cut emissions 30 percent below 2005 "
     "levels by 2030.", ["Ontario"]),
])
def test_title_network_is_no_pledger(text, want):
    assert _actors(text) == want

