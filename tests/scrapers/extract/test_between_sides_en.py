"""A bare governor or mayor in a signing sentence that names the instrument's sides in "between A and B" signs for
the side of their kind already named, not for another place the story names elsewhere
(scrapers/extract/between_sides_en.py)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

from scrapers.extract.between_sides_en import own_side_named  # noqa: E402


def parties(text: str) -> list[list[str]]:
    return [sorted(r["parties"]) for r in records(text, "agreement", date(2019, 4, 12))]


@pytest.mark.parametrize("text,want", [
    ("Governor Mara Ellison and Zhou Ping, Vice Governor of Anhui Province, signed a memorandum of understanding on "
     "Thursday that launches cooperation between Maryland and the province on offshore wind.\n"
     "The Anhui delegation travels on to Delaware on Saturday.",
     [["Anhui Province", "Maryland"]]),
    ("Governor Dale Pruett and Li Qun, Party Secretary of Fujian Province, signed an agreement on Monday setting up "
     "a clean energy partnership between Oregon and Fujian Province.\nLi will also visit Washington state next week.",
     [["Fujian Province", "Oregon"]]),
])
def test_the_named_side_is_the_governors_own(text, want):
    assert parties(text) == want


@pytest.mark.parametrize("sentence,parties_,title,want", [
    ("... signed an MOU that opens cooperation between Maryland and the province.", ["Anhui Province", "Maryland"],
     "governor", True),
    ("... signed a pact on transit between Tucson and the city of Zhuhai.", ["Zhuhai", "Tucson"], "mayor", True),
    # no "between": the official's place is still to be found (a "with" counterpart is no side of their own)
    ("Mayor Ana Ruiz signed a memorandum with Zhuhai on Tuesday.", ["Zhuhai"], "mayor", False),
    # the phrase names bodies, not a place of the official's kind
    ("... signed an agreement on exchanges between the two states' universities.", ["Anhui Province"], "governor",
     False),
    # a city between is no governor's side
    ("... an MOU between Baltimore and Hefei.", ["Baltimore", "Hefei"], "governor", False),
])
def test_own_side_named(sentence, parties_, title, want):
    assert own_side_named(sentence, parties_, title) is want
