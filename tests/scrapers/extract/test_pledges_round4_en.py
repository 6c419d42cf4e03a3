"""English pledges made at gatherings (round 4, the forty-first web's classes), each rule on two sentences written for
it, none copied from a test web: a Canadian regional municipality as the subject of a pledge ("X Regional
Municipality pledged ..."), a name the entity reader does not know."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def pledges(text: str, page: date) -> list[tuple]:
    ms = extract_mentions(Article(url="https://fresh.example/p", source="fresh", title=None, published_on=page,
                                  language="en", text=text, fetched_at=datetime(2025, 1, 1)))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"]) for m in ms
            if m.record_type == "commitment"]


def test_a_regional_municipality_pledges_under_its_own_name():
    a = pledges("At the forum, Cape Breton Regional Municipality pledged to cut corporate emissions 40 percent below "
                "2016 levels by 2030.", date(2024, 6, 3))
    b = pledges("On the sidelines of the summit, Wood Buffalo Regional Municipality committed to reaching net-zero "
                "emissions by 2050.", date(2024, 6, 3))
    assert a == [("Cape Breton Regional Municipality", "emissions_reduction", 2030)]
    assert b == [("Wood Buffalo Regional Municipality", "carbon_neutrality", 2050)]


def test_a_regional_municipality_named_elsewhere_in_the_sentence_is_not_the_subject():
    a = pledges("Officials from Cape Breton Regional Municipality watched as the utility pledged to close its last "
                "coal plant by 2030.", date(2024, 6, 3))
    b = pledges("Wood Buffalo Regional Municipality hosted the meeting, where the province pledged to reach net-zero "
                "emissions by 2050.", date(2024, 6, 3))
    assert all("Regional Municipality" not in actor for actor, _, _ in a + b)
