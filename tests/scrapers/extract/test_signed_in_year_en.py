"""The year a clause of signing ends on is the signing's ("signed a memorandum ... in 2013."): year precision, so an
older signing and a new one of the same pair stay two records (agreement_fields.SIGNED_IN_YEAR)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _signed(text: str) -> list[tuple]:
    return [(r["agreement_type"], str(r["signed_on"]), r["signed_on_precision"])
            for r in records(text, "agreement", date(2023, 5, 3))]


@pytest.mark.parametrize("text,want", [
    ("Shanghai and Rotterdam signed a memorandum of understanding on port cooperation in 2013. On Monday, the two "
     "cities signed a new agreement on green shipping corridors.",
     [("mou", "2013-01-01", "year"), ("agreement", "2023-05-01", "day")]),
    ("The Port of Tacoma and the Port of Ningbo signed a green-port agreement in 2016, officials recalled.",
     [("agreement", "2016-01-01", "year")]),
])
def test_year_of_signing(text, want):
    assert _signed(text) == want


@pytest.mark.parametrize("text", [
    "Shanghai and Rotterdam signed a memorandum on the targets set in 2015.",  # the year of something else
    "On Monday, Shanghai and Rotterdam renewed their memorandum on port cooperation, first signed in 2013.",
])
def test_no_year_of_signing(text):
    assert all(r[2] != "year" for r in _signed(text))


@pytest.mark.parametrize("text,want", [
    ("In 2015, Los Angeles and Guangzhou signed a memorandum of understanding on port cooperation.",
     [("mou", "2015-01-01", "year")]),
    ("Back in 2019, the Port of Tacoma and the Port of Ningbo signed a green-port agreement.",
     [("agreement", "2019-01-01", "year")]),
])
def test_the_year_a_signing_sentence_opens_on(text, want):
    assert _signed(text) == want


def test_a_fronted_year_after_the_page_is_none():
    assert all(r[2] != "year" for r in _signed("In 2031, Los Angeles and Guangzhou signed a memorandum on ports."))
