"""The tracker's topic words in their plural forms ("peak emissions", "renewables"), and a gathering where actors
pledged or committed as one where something was done (scrapers/extract/topic.py, event_rules.DONE_AT)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.topic import about_the_tracker
from story_records import records


@pytest.mark.parametrize("text", ["27 cities pledged to reach peak emissions by 2030",
                                  "the state will get half its power from renewables",
                                  "a fund for healthy oceans"])
def test_plural_topic_words(text):
    assert about_the_tracker(text)


def test_off_topic_stays_off():
    assert not about_the_tracker("the league's playoffs drew record crowds in October")


@pytest.mark.parametrize("text", [
    "At the C40 World Mayors Summit in Copenhagen on October 10, 27 cities pledged to reach peak emissions by 2030.",
    "At the C40 World Mayors Summit in Copenhagen, 27 cities committed to reach peak emissions by 2030.",
])
def test_gathering_where_unnamed_actors_pledged(text):
    assert [(e["name"], e["city"]) for e in records(text, "event", date(2024, 10, 14))] == \
        [("C40 World Mayors Summit", "Copenhagen")]


def test_gathering_still_to_come():
    text = "Mayors will gather at the C40 World Mayors Summit in Copenhagen next year to discuss emissions."
    assert records(text, "event", date(2024, 10, 14)) == []
