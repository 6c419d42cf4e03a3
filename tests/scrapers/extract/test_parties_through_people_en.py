"""English parties told through people, possessives and descriptions (round 16b, after the fifty-fourth web): "with
her counterpart from Huzhou" (the counterpart's place signs), "Lishui's ecology and environment bureau" (the body, not
the city), "the Midwestern state" after "the Midwestern state of Indiana" and "its sister province" (the places the
story introduced), and "upgraded their ties to a strategic partnership". Sentences written for the test, with what
each rule leaves alone: a person is never a party, a possible agreement discussed and a governor who witnessed are no
signing."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def agreements(text: str) -> list[tuple[str, list[str], str | None]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2024, 12, 1), "en", text, datetime(2024, 12, 1))
    return [(m.fields["agreement_type"], sorted(m.fields["parties"]), m.fields["city"])
            for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,want", [
    ("Tulsa Mayor Rick Dane signed a sister-city agreement on clean energy with his counterpart from Quzhou, Mayor Wu "
     "Gang, in Tulsa on May 3, 2024.", [("agreement", ["Quzhou", "Tulsa"], "Tulsa")]),
    ("Arkansas Governor Ann Pryce inked a memorandum on solar power with her counterpart from Jiangxi, Governor Ye "
     "Ming, in Nanchang on June 4, 2024.", [("mou", ["Arkansas", "Jiangxi Province"], "Nanchang")]),
])
def test_a_counterpart_stands_for_the_place_it_comes_from(text, want):
    assert agreements(text) == want


@pytest.mark.parametrize("text", [
    "Governor Rick Dane met his counterpart from Jinhua in Tulsa on May 3, 2024, and discussed a possible memorandum "
    "on clean energy.",
    "Mayor Rick Dane said his counterparts would study an agreement on clean energy next year.",
])
def test_a_counterpart_met_or_a_possible_agreement_is_no_signing(text):
    assert agreements(text) == []


@pytest.mark.parametrize("text,want", [
    ("Lishui's ecology and environment bureau and the Oklahoma Department of Environmental Quality extended their "
     "forest-carbon agreement for five years in Lishui on August 7, 2024.",
     [("agreement", ["Lishui's ecology and environment bureau", "Oklahoma Department of Environmental Quality"],
       "Lishui")]),
    ("Kansas City's water services department signed a memorandum on sponge cities with Jinhua's housing and "
     "urban-rural development bureau in Kansas City on May 2, 2024.",
     [("mou", ["Jinhua's housing and urban-rural development bureau", "Kansas City's water services department"],
       "Kansas City")]),
])
def test_a_places_body_named_by_a_long_role_signs_not_the_place(text, want):
    assert agreements(text) == want


def test_a_possessive_body_after_in_is_where_not_who():
    # the bureau is where they signed: no party of its own, no record from one side alone
    assert agreements("Officials of the Oklahoma Department of Environmental Quality signed the memorandum in "
                      "Quzhou's ecology and environment bureau on May 2, 2024.") == []


@pytest.mark.parametrize("text,want", [
    ("A delegation from the Midwestern state of Indiana arrived in Hangzhou, the capital of the eastern Chinese "
     "province of Zhejiang, on Sunday. On November 11, 2024, the Midwestern state and its sister province upgraded "
     "their relationship to a strategic partnership on climate and clean energy in Hangzhou.",
     [("partnership", ["Indiana", "Zhejiang Province"], "Hangzhou")]),
    ("Officials from the southern Chinese province of Guangdong visited Little Rock. The southern Chinese province "
     "signed a memorandum on clean energy with Arkansas in Little Rock on March 5, 2024.",
     [("mou", ["Arkansas", "Guangdong Province"], "Little Rock")]),
])
def test_a_description_the_story_introduced_stands_for_its_place(text, want):
    assert agreements(text) == want


def test_a_sister_province_is_unknown_where_two_provinces_were_named():
    assert agreements("Governors of Jiangxi Province and Hunan Province visited Arkansas. Arkansas and its sister "
                      "province signed a memorandum on solar power in Little Rock on March 5, 2024.") == []


@pytest.mark.parametrize("text,want", [
    ("Indiana and Zhejiang upgraded their ties to a comprehensive strategic partnership in Hangzhou on November 11, "
     "2024.", [("partnership", ["Indiana", "Zhejiang Province"], "Hangzhou")]),
    ("Oklahoma and Jiangxi upgraded their sister-state relationship to a green development partnership in Tulsa on "
     "June 2, 2024.", [("partnership", ["Jiangxi Province", "Oklahoma"], "Tulsa")]),
])
def test_an_upgrade_to_a_partnership_launches_it(text, want):
    assert agreements(text) == want


@pytest.mark.parametrize("text", [
    "Indiana and Zhejiang plan to upgrade their ties to a strategic partnership next year.",
    "Oklahoma upgraded its grid to handle more wind power in 2024.",
])
def test_an_upgrade_to_come_or_of_something_else_is_no_partnership(text):
    assert agreements(text) == []


@pytest.mark.parametrize("text,want", [
    ("Indiana will keep working with Zhejiang, the governor said. In Hangzhou on June 17, 2024, the state's Department "
     "of Environmental Management renewed its air-quality agreement with the Zhejiang Provincial Department of Ecology "
     "and Environment.",
     [("agreement", ["Indiana Department of Environmental Management",
                     "Zhejiang Provincial Department of Ecology and Environment"], "Hangzhou")]),
    ("Officials from Kansas visited Jinhua this week. In Jinhua last week, the state's Department of Commerce inked a "
     "memorandum on clean energy with the Jinhua Municipal Government.",
     [("mou", ["Jinhua", "Kansas Department of Commerce"], "Jinhua")]),
])
def test_the_states_body_is_the_state_named_before_and_an_opening_city_is_where(text, want):
    assert agreements(text) == want


@pytest.mark.parametrize("text,want", [
    # no state named before: the body keeps its own name
    ("The state's Department of Commerce signed a memorandum on clean energy with the Jinhua Municipal Government on "
     "May 2, 2024.", [("mou", ["Department of Commerce", "Jinhua"], None)]),
    # an opening city with a possessive is no setting
    ("In Hangzhou's plan, Indiana and Zhejiang signed a memorandum on June 3, 2024.",
     [("mou", ["Indiana", "Zhejiang Province"], None)]),
])
def test_no_state_before_and_no_opening_setting_leave_the_record_as_it_was(text, want):
    assert agreements(text) == want


@pytest.mark.parametrize("text,want", [
    # the sister city is named in apposition: the description adds nothing
    ("Officials from Boise visited Jinhua. Boise and its sister city Quzhou signed a memorandum on clean energy in "
     "Quzhou on May 2, 2024.", [("mou", ["Boise", "Quzhou"], "Quzhou")]),
    # the only city named before is the "it" itself: no sister known
    ("Boise hosted a forum. Boise and its sister city signed a memorandum on clean energy on May 2, 2024.", []),
])
def test_a_sister_description_never_repeats_a_party_or_overrides_a_name(text, want):
    assert agreements(text) == want
