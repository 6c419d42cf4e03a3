"""Pairs of places that signed at once, listed before one verb (scrapers/extract/sister_pairs_en.py): one agreement
per pair, never one agreement of them all. A list that is not wholly pairs is read as before. Texts of our own."""
from __future__ import annotations

import pytest

from story_records import records


def parties(text: str) -> list[list[str]]:
    return sorted(r["parties"] for r in records(text, "agreement"))


@pytest.mark.parametrize("text,want", [
    ("SEOUL, Oct 24 (Wire) -- Busan and Qingdao, and Incheon and Dalian inked agreements to become sister cities on "
     "Tuesday.", [["Busan", "Qingdao"], ["Incheon", "Dalian"]]),
    ("OSAKA, Oct 24 -- Osaka and Shanghai, as well as Kobe and Tianjin signed memorandums on hydrogen cooperation on "
     "Tuesday.", [["Kobe", "Tianjin"], ["Osaka", "Shanghai"]]),
])
def test_each_listed_pair_is_its_own_agreement(text, want):
    assert parties(text) == want


@pytest.mark.parametrize("text,want", [
    # a list of signatories of one instrument, not pairs
    ("BERLIN, Oct 24 -- Hamburg, Bremen and Kiel signed a joint declaration with Qingdao on Tuesday.",
     [["Hamburg", "Bremen", "Kiel", "Qingdao"]]),
    # two clauses, each with its own verb: read clause by clause as before
    ("PARIS, Oct 24 -- Lyon and Guangzhou signed an agreement on Tuesday, and Bordeaux and Wuhan signed a memorandum.",
     [["Bordeaux", "Wuhan"], ["Lyon", "Guangzhou"]]),
])
def test_a_list_that_is_not_wholly_pairs_is_read_as_before(text, want):
    assert parties(text) == want
