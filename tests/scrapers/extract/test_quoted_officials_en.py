"""A quoted "we" / "our city" pledges for the place of the official the attribution names (quoted_officials_en), and
"the country" / "his country" for the country the sentence named before it (commitments.PLACE_ANAPHORA). Texts of
our own; negatives: a title of another kind of body, a quote naming its own subject, no country named before."""
from __future__ import annotations

import pytest

from tests.scrapers.extract.story_records import records


def _pledges(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment")]


@pytest.mark.parametrize("text, actor, kind, year", [
    ('"Our city will be carbon neutral by 2040," Mayor Ana Ruiz of Tucson told reporters.', "Tucson",
     "carbon_neutrality", 2040),
    ('"We will be carbon neutral by 2045," said Spokane Mayor Lisa Brown.', "Spokane", "carbon_neutrality", 2045),
    ('"Our state will reach 100 percent clean electricity by 2040," Governor Kotek of Oregon said.', "Oregon",
     "renewable_share", 2040),
    ('"We will reach 100 percent clean electricity by 2045," said Nevada Gov. Sam Ortiz.', "Nevada",
     "renewable_share", 2045),
])
def test_a_quoted_first_person_pledges_for_the_speakers_place(text, actor, kind, year):
    assert _pledges(text) == [(actor, kind, year)]


@pytest.mark.parametrize("text", [
    # the governor of a bank leads no state: no place of a governor's kind named there
    '"We will be carbon neutral by 2045," Governor Lee of the Central Bank said.',
    # the quote's first person is no pledge of the speaker's place: someone else's wish
    '"We want Tucson to be carbon neutral by 2040," said the mayor\'s spokesman.',
])
def test_no_place_of_the_titles_kind_no_speaker(text):
    assert _pledges(text) == []


@pytest.mark.parametrize("text, actor, year", [
    ("Thailand's prime minister said the country would reach carbon neutrality by 2050.", "Thailand", 2050),
    ("Vietnam's president told the summit that his country would reach net zero by 2050.", "Vietnam", 2050),
])
def test_the_country_is_the_country_named_before_it(text, actor, year):
    assert _pledges(text) == [(actor, "carbon_neutrality", year)]


def test_the_country_named_nowhere_before_is_no_one():
    assert _pledges("Officials said the country would reach carbon neutrality by 2050.") == []
