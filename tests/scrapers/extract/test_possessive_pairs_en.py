"""Names of foreign bodies told with a possessive or an acronym: a place and another country's body coordinated in
one run (possessive_pairs_en; the country's body keeps its name as the text writes it, "Singapore's Economic
Development Board", the form a reader copies), a name opening with "New" (entities._place_word), topics joined by "and" inside one name (name_pairs.FIELD_TOPICS), and one
body named by its acronym and its full name (acronym_parties_en)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.acronym_parties_en import spells_out, without_acronym_twins
from story_records import records


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2024, 5, 1))]


@pytest.mark.parametrize("text,want", [
    ("Chongqing and Singapore's Economic Development Board on Monday signed an agreement to jointly develop a "
     "low-carbon industrial park.", [["Chongqing", "Singapore's Economic Development Board"]]),
    ("Tianjin signed a memorandum on green buildings with Singapore's Building and Construction Authority on Monday.",
     [["Tianjin", "Singapore's Building and Construction Authority"]]),
    ("The New Development Bank signed a green finance memorandum with Shanghai on Monday.",
     [["New Development Bank", "Shanghai"]]),
    ("Shenzhen signed a memorandum with NEDO, the New Energy and Industrial Technology Development Organization, on "
     "Monday.", [["Shenzhen", "New Energy and Industrial Technology Development Organization"]]),
])
def test_foreign_body_names(text, want):
    assert _parties(text) == want


def test_new_as_a_common_word():
    assert _parties("New partners signed the memorandum with Shanghai on Monday.") == []


@pytest.mark.parametrize("short,full,want", [
    ("NEDO", "New Energy and Industrial Technology Development Organization", True),
    ("EDB", "Singapore Economic Development Board", False),  # the name opens with another word
    ("EPA", "Environmental Protection Agency", True),
    ("CA", "Clean Air Asia", False),  # two letters: too short to tell
    ("ABC", "Port of Shanghai", False),
])
def test_spells_out(short, full, want):
    assert spells_out(short, full) is want


def test_acronym_twin_dropped():
    assert without_acronym_twins(["Shenzhen", "EPA", "Environmental Protection Agency"]) == \
        ["Shenzhen", "Environmental Protection Agency"]
