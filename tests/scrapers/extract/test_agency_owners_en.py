"""A government body named by its generic title and the government it belongs to is one party, not the government
(agency_owners_en); a generic title the story gives an acronym of its own is that body (story_context). Texts of our
own; negatives: a government with no title before it, a title followed by no government."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities
from scrapers.extract.story_context import local_acronyms
from tests.scrapers.extract.story_records import records


def _names(text: str) -> list[str]:
    return [e.name for e in find_entities(text, local_acronyms(text))]


@pytest.mark.parametrize("text, body", [
    ("The Environment Bureau of the Hong Kong SAR Government and Shenzhen signed a memorandum on air quality.",
     "Environment Bureau of the Hong Kong SAR Government"),
    ("The Marine Department of the Government of Hong Kong and the Port of Long Beach signed an agreement.",
     "Marine Department of the Government of Hong Kong"),
])
def test_a_title_with_its_government_is_one_body(text, body):
    names = _names(text)
    assert body in names and not any(n.startswith("Government of") for n in names)


@pytest.mark.parametrize("text", [
    "The Water Protection Bureau (DPA) of the Macao SAR Government and Zhuhai signed a memorandum on 3 May 2024.",
    "The Water Protection Bureau (DPA) and the Oregon Department of Energy signed a memorandum on 3 May 2024.",
])
def test_a_title_given_an_acronym_is_the_body(text):
    [agreement] = records(text, "agreement", title=None)
    assert "Water Protection Bureau" in agreement["parties"]
    assert not any(p.startswith("Government of") for p in agreement["parties"])


def test_a_government_alone_is_still_the_government():
    assert _names("The Hong Kong SAR Government signed a memorandum with Shenzhen.")[0].startswith("Government of")


def test_a_title_with_no_government_after_it_names_no_one():
    assert _names("The Environment Bureau said the memorandum was signed.") == []


@pytest.mark.parametrize("text, want", [
    # a ministry's release: the agency it places under the ministry signs, not the ministry
    ("The State Agency for Alternative Energy under the Ministry of Energy and Acme Solar Ltd. signed an agreement on "
     "Monday.", ["State Agency for Alternative Energy", "Acme Solar Ltd."]),
    # a wire's wording: "within" the ministry, the counterpart before it
    ("Goldwind signed a memorandum with the National Renewable Energy Agency within the Ministry of Energy and Water.",
     ["Goldwind", "National Renewable Energy Agency"]),
])
def test_an_agency_under_a_ministry_is_the_party(text, want):
    got = records(text, "agreement")
    assert len(got) == 1 and sorted(got[0]["parties"]) == sorted(want)


def test_a_ministry_not_placed_over_an_agency_stays_a_party():
    got = records("The Energy Regulatory Agency and the Ministry of Energy signed a memorandum with Acme Solar Ltd.",
                  "agreement")
    assert len(got) == 1 and "Ministry of Energy" in got[0]["parties"]
