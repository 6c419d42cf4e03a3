"""A bare city name read as its namesake in the region of another country the sentence names
(scrapers/extract/region_namesakes_en.py): Salem in Oregon, Victoria in British Columbia; the larger namesake kept
where its own country is named too, or no region points elsewhere."""
from __future__ import annotations

import pytest

from story_records import records


def _places(text: str) -> list[tuple]:
    return [(r.get("city"), r.get("country")) for r in records(text, "agreement")]


@pytest.mark.parametrize("text,want", [
    # a US state named: the namesake in that state
    ("Oregon Governor Kate Brown and Fujian Governor Wang Ning signed a memorandum of understanding on clean energy "
     "in Salem on Monday.", ("Salem", "US")),
    # another country's province named: the namesake in that country
    ("British Columbia and Guangdong signed a clean-technology memorandum of understanding in Victoria on Monday.",
     ("Victoria", "CA")),
])
def test_city_read_in_the_region_named(text, want):
    assert _places(text) == [want]


@pytest.mark.parametrize("text,want", [
    # the larger namesake's own country named too: it stays
    ("Oregon and Tamil Nadu signed a memorandum of understanding on solar power in Salem, India, on Monday.",
     ("Salem", "IN")),
    # no region of another country: the reading is the gazetteer's
    ("Jiangsu Province and the Port of Perth signed a memorandum of understanding on clean shipping in Perth on Monday.",
     ("Perth", "AU")),
    # a city of the region's own country is no namesake question
    ("Maine and Shandong signed a memorandum of understanding on offshore wind in Portland on Monday.",
     ("Portland", "US")),
])
def test_city_left_as_read(text, want):
    assert _places(text) == [want]


def test_new_england_names_no_english_region():
    """"New England" is no England: Boston stays the Massachusetts city, not the Lincolnshire town."""
    text = ("The annual Conference of New England Governors and Eastern Canadian Premiers opened on Thursday in "
            "Boston, where the governors and premiers signed a memorandum of understanding on clean energy.")
    from scrapers.extract.regions_en import foreign_regions
    assert "England" not in foreign_regions(text)
    assert all(r.get("country") in (None, "US") for r in records(text, "agreement"))
