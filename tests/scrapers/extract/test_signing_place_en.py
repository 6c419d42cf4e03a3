"""Where a signing just reported took place, told by the next sentence about its signers ("signed the plan at a
ceremony at a San Francisco hotel"); a similar pact signed elsewhere another year gives no place (texts of our own)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def signings(text: str) -> list[tuple]:
    return [(tuple(r["parties"]), r["signed_on"], r["city"]) for r in records(text, "agreement", date(2014, 9, 23))]


@pytest.mark.parametrize("text,want", [
    ("Nevada and Utah signed a memorandum on Monday to link their charging networks. Governors Sandoval and Herbert "
     "signed it at a ceremony in Reno.", [(("Nevada", "Utah"), date(2014, 9, 22), "Reno")]),
    ("Oregon and Idaho signed an agreement on Monday on wildfire smoke. The two governors signed the agreement at a "
     "brief ceremony at a Boise hotel.", [(("Oregon", "Idaho"), date(2014, 9, 22), "Boise")]),
])
def test_the_ceremony_city_is_the_signing_place(text, want):
    assert signings(text) == want


@pytest.mark.parametrize("text,want", [
    ("Nevada and Utah signed a memorandum on Monday. In 2010 the two governors signed a similar pact at a ceremony in "
     "Reno.", [(("Nevada", "Utah"), date(2014, 9, 22), None)]),
    ("Nevada and Utah signed a memorandum on Monday. Officials met later in Reno.",
     [(("Nevada", "Utah"), date(2014, 9, 22), None)]),
])
def test_another_pact_or_no_ceremony_gives_no_place(text, want):
    assert signings(text) == want
