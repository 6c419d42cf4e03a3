"""English pledges told as raising a share ("aims to raise the share of renewable energy in ... to 40 percent by 2030")
and neutrality pledged as "committed to achieving"; with the results and achievements that pledge nothing. Every
sentence is written for the test; each rule is shown on two phrasings."""
from __future__ import annotations

import pytest

from tests.scrapers.extract.test_pledges_en import pledges


@pytest.mark.parametrize("text, actor, year, share", [
    ("Kazakhstan plans to increase the proportion of non-fossil fuels in its energy mix to 25% by the end of 2035.",
     "Kazakhstan", 2035, 25.0),
    ("Under its new strategy, Vietnam will boost the share of renewables in electricity generation to 47 percent by "
     "2030.", "Vietnam", 2030, 47.0),
])
def test_raising_the_share_of_renewables_to_a_figure_by_a_year_is_a_renewable_share(text, actor, year, share):
    assert pledges(text) == [(actor, "renewable_share", year, None, None, None, share)]


@pytest.mark.parametrize("text", [
    "The share of renewable energy in Kazakhstan's power generation rose to 40 percent in 2020.",
    "Vietnam raised the share of renewables in its electricity generation to 40 percent by 2020.",
    "Kazakhstan aims to raise the share of renewable energy in its power generation to 40 percent.",  # no year
])
def test_a_share_reached_or_a_share_with_no_year_is_no_pledge(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text, actor, year", [
    ("Zambia has committed to achieving carbon neutrality by 2050 and plans to close its last coal mine by 2040.",
     "Zambia", 2050),
    ("Colombia is committed to achieving net-zero emissions by 2050.", "Colombia", 2050),
])
def test_a_country_of_one_word_committed_to_achieving_neutrality_pledges_it(text, actor, year):
    # a one-word country name (outside the curated list) is read in English: the pledge has its actor
    assert pledges(text) == [(actor, "carbon_neutrality", year, None, None, None, None)]


@pytest.mark.parametrize("text", [
    "Bhutan has achieved carbon neutrality.",
    "Uruguay has already achieved carbon neutrality in its power sector.",
    # a one-word country name that is as often a person's name is not read as the country
    "Jordan Peele said the studio has committed to achieving carbon neutrality by 2030.",
])
def test_neutrality_achieved_or_a_person_of_a_country_name_pledges_nothing(text):
    assert pledges(text) == []
