"""scrapers/extract/office_asides_en.py: the body a signer chairs ("Mayor X of A, chair of the Y Network, signed")
and the body that names a gathering ("held during the UN climate conference", "at the ICLEI World Congress") are not
parties; a place in a title apposition ("Z, the Mayor of B") and a body that signs are. Texts written for this test."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.office_asides_en import names_gathering, office_asides
from story_records import records

DAY = date(2022, 6, 10)  # a Friday


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", DAY)]


@pytest.mark.parametrize("text,expected", [
    ("Lisbon Mayor Carlos Moedas and Porto Mayor Rui Moreira, chair of the Eurocities network, signed a climate "
     "declaration on Friday.", [["Lisbon", "Porto"]]),
    ("Dublin Mayor Hazel Chu and Cork Mayor Anne Lyons, co-founder of the Atlantic Cities Alliance, signed a "
     "memorandum of understanding on Tuesday.", [["Dublin", "Cork"]]),
    ("During the UN climate conference, Nairobi and Accra signed an agreement on clean buses on Wednesday.",
     [["Nairobi", "Accra"]]),
])
def test_offices_and_gathering_names_are_no_parties(text, expected):
    assert _parties(text) == expected


def test_a_body_that_signs_is_a_party():
    text = "ICLEI and Bonn signed a memorandum of understanding on Thursday at the city's Climate Week."
    assert [sorted(p) for p in _parties(text)] == [sorted(["ICLEI – Local Governments for Sustainability", "Bonn"])]


def test_spans():
    s = "Mayor X of Porto, chair of the Eurocities network, and Mayor Y of Lisbon signed."
    (a, b), = office_asides(s)
    assert s[a:b] == ", chair of the Eurocities network"
    assert office_asides("Gregor Robertson, the Mayor of Vancouver, signed.") == []  # a place's title: no office aside
    assert office_asides("William Ruto, president of Kenya, signed.") == []  # a head of state signs for his country
    s = "held during the UN climate conference in Paris"
    assert names_gathering(s, s.index("UN") + 2)
    s = "the UN and Kenya signed a memorandum at the summit"
    assert not names_gathering(s, s.index("UN") + 2)
