"""A document's title ("the Energy Transition Plan", "the Power Sector Roadmap") is no organisation though a head word
(Energy, Power) stands inside it, so it never pledges; a body before the document word ("the Hawaii State Energy
Office Strategic Plan") and a body named for its field ("Center for Climate Strategy") stay bodies
(scrapers/extract/document_titles_en.py). The texts are our own, not the web's."""
from __future__ import annotations

import pytest

from scrapers.extract.orgs import looks_like_org_en
from story_records import records


def actors(text: str) -> list[tuple]:
    return [(r["actor"], r["target_year"]) for r in records(text, "commitment")]


@pytest.mark.parametrize("name", ["Energy Transition Plan", "Power Sector Roadmap", "Green Grid Blueprint",
                                  "Energy Compact Strategy"])
def test_a_title_is_no_body(name):
    assert not looks_like_org_en(name)


@pytest.mark.parametrize("name", ["Center for Climate Strategy", "Office of the National Plan", "Energy Foundation",
                                  "National Energy Administration"])
def test_bodies_stay_bodies(name):
    assert looks_like_org_en(name)


@pytest.mark.parametrize("text", [
    "Zambia's new NDC was submitted last year, and the Energy Transition Plan published in 2024 sets a path to net "
    "zero emissions by 2060.",
    "The Power Sector Roadmap, adopted in March, aims for net zero emissions from electricity by 2050.",
])
def test_a_plan_is_no_pledges_actor(text):
    assert all(a not in ("Energy Transition Plan", "Energy Transition", "Power Sector Roadmap", "Power Sector")
               for a, _ in actors(text))


@pytest.mark.parametrize("text, want", [
    ("The Hawaii State Energy Office Strategic Plan sets a goal of net zero emissions by 2045.",
     [("Hawaii State Energy Office", 2045)]),
    ("The Power Sector Roadmap adopted by Kenya Power commits the utility to 100 percent renewable electricity by "
     "2030.", [("Kenya Power", 2030)]),
])
def test_the_body_before_or_after_the_title_pledges(text, want):
    assert actors(text) == want
