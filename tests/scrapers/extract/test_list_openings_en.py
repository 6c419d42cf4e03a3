"""A list of signings opened by a sentence that ends on its colon ("Three agreements were signed during the visit on
Monday:") and items with a bullet ("- A memorandum of understanding between A and B ..."):
signing_tables.HEADING, listed_en.ITEM."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records

ITEMS = ("A memorandum of understanding between the California Energy Commission and the Jiangsu Provincial "
         "Development and Reform Commission on clean energy research.\n"
         "A letter of intent between the University of California, Davis and Nanjing University on low-carbon "
         "transport.")


def _agreements(text: str) -> list[tuple]:
    return [(r["agreement_type"], r["parties"], str(r["signed_on"]))
            for r in records(text, "agreement", date(2024, 3, 5))]


WANT = [("mou", ["California Energy Commission", "Jiangsu Provincial Development and Reform Commission"], "2024-03-04"),
        ("mou", ["University of California, Davis", "Nanjing University"], "2024-03-04")]


@pytest.mark.parametrize("opening,items", [
    ("Three agreements were signed during the visit on Monday:", ITEMS),
    ("The following agreements were signed on Monday:", "\n".join("- " + i for i in ITEMS.split("\n"))),
])
def test_listed_signings(opening, items):
    assert _agreements(opening + "\n" + items) == WANT


def test_a_list_of_plans_is_no_list_of_signings():
    text = ("Three agreements were discussed during the visit on Monday:\n" + ITEMS)
    assert _agreements(text) == []
