"""A conference's segment named with the conference ("the World Leaders Summit of COP26") is that conference, not a
gathering of its own (scrapers/extract/event_segments_en.py). Texts of our own."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


@pytest.mark.parametrize("text,day", [
    ("Ghana will end coal power by 2035, its president told the World Leaders Summit at COP26 in Glasgow on 2 "
     "November 2021.", date(2021, 11, 5)),
    ("The two foundations signed a memorandum of understanding at the High-Level Segment of COP26 in Glasgow on 9 "
     "November 2021.", date(2021, 11, 10)),
    ("Speaking at the Leaders' Summit during COP26, the minister said the partnership would grow.", date(2021, 11, 10)),
])
def test_a_segment_of_a_conference_is_the_conference(text, day):
    assert [e["name"] for e in records(text, "event", day)] == ["COP26"]


@pytest.mark.parametrize("text,day,name", [
    # a segment named alone stays a gathering
    ("Ghana pledged to end coal power by 2035 at the World Leaders Summit in Glasgow on 1 November 2021.",
     date(2021, 11, 10), "World Leaders Summit"),
    # a gathering with a name of its own at a conference is its own gathering
    ("The Cities Climate Forum at COP26 in Glasgow on 9 November 2021 launched a declaration signed by ten mayors.",
     date(2021, 11, 10), "Cities Climate Forum"),
])
def test_a_named_gathering_stays(text, day, name):
    assert name in [e["name"] for e in records(text, "event", day)]
