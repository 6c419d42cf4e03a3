"""A plan's title as a pledge's subject is no actor, but its owner is: a possessive before the title ("Malawi's
Climate Resilience Strategy"), an "of X" after it, or the owner of the clause before's own document ("Ghana's NDC
..., while the Energy Transition Plan ..."), where they name a place or a body; a think tank's roadmap, a plan beside
another actor's name and a title holding a place's name give no one (scrapers/extract/title_owners_en.py). The
texts are our own, not the web's."""
from __future__ import annotations

import pytest

from story_records import records


def pledges(text: str) -> list[tuple]:
    return sorted((r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment"))


@pytest.mark.parametrize("text, want", [
    # the possessive right before the title (a year or "updated" between)
    ("Malawi's Climate Resilience Strategy, adopted in 2022, commits to net zero emissions by 2050.",
     [("Malawi", "carbon_neutrality", 2050)]),
    ("Rwanda's updated Green Growth Roadmap aims for net zero emissions by 2060, officials said.",
     [("Rwanda", "carbon_neutrality", 2060)]),
    ("Tasmania's 2017 Climate Action Plan calls for cutting emissions 60 percent below 1990 levels by 2030.",
     [("Tasmania", "emissions_reduction", 2030)]),
    # "of X" after the title
    ("The Long-Term Low Emission Strategy of Zambia aims for net zero emissions by 2060.",
     [("Zambia", "carbon_neutrality", 2060)]),
    ("Under the deal, the National Energy Roadmap of Namibia aims for net zero emissions by 2050.",
     [("Namibia", "carbon_neutrality", 2050)]),
    # a bare title after a clause whose subject is the owner's own document
    ("Ghana's revised Nationally Determined Contribution sets targets for 2030, while the Energy Transition Plan "
     "published in 2022 sets a path to net zero emissions by 2060.", [("Ghana", "carbon_neutrality", 2060)]),
    ("Senegal's new NDC was submitted in 2020; the Just Energy Transition Plan aims for net zero emissions by 2050.",
     [("Senegal", "carbon_neutrality", 2050)]),
])
def test_the_owner_of_a_plan_pledges(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text, want", [
    # the title's own owner, not the actor of the clause before
    ("Mali's NDC targets a 31 percent cut in emissions by 2030, while Mauritania's Energy Transition Plan sets a "
     "path to net zero emissions by 2060.", [("Mali", "emissions_reduction", 2030),
                                             ("Mauritania", "carbon_neutrality", 2060)]),
    # an owner no reader knows: not the other actor's either
    ("Mali's NDC targets a 31 percent cut in emissions by 2030, while Borduria's Energy Transition Plan sets a path "
     "to net zero emissions by 2060.", [("Mali", "emissions_reduction", 2030)]),
    # another actor in the clause before: no one guessed
    ("Chad's NDC, drafted with support from France, targets a cut in emissions, while the Energy Transition Plan "
     "sets a path to net zero emissions by 2065.", []),
    # a title holding a place's name is not the clause before's actor's
    ("Togo's NDC targets a cut in emissions, while the Benin Green Growth Strategy sets a path to net zero emissions "
     "by 2055.", []),
    # a think tank's roadmap, a report by one, a body of the world's
    ("The Kigali Policy Institute's Net Zero Roadmap sets a path to net zero emissions by 2050.", []),
    ("A roadmap published by the Addis Climate Research Centre sets a path to net zero emissions by 2050.", []),
    ("The International Renewable Energy Agency's Transition Roadmap aims for net zero emissions by 2050.", []),
    # the title itself is never the actor
    ("The Energy Transition Plan launched in 2021 sets a path to net zero emissions by 2070.", []),
])
def test_no_owner_but_the_titles_own(text, want):
    assert pledges(text) == want
    assert not any("Plan" in a or "Roadmap" in a or "Strategy" in a for a, _, _ in pledges(text))
