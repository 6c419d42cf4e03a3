"""English grammar first met on the twelfth test web (tests/twelfthweb.py), each rule shown on two sentences written
for this test (not the web's): a list of targets after the first, a target named as such with no object, a state's
government by its adjective, a region's possessive, a Leaders'/Ministerial Statement, "X's agreement with Y", a
signing told as "put pen to paper" that the next sentence's instrument completes, a premier with no place in a list
of signers, a partnership an MOU formalizes, a title and a name that are no organisation, and a dateline that is not
where the story's meeting was held. Negatives beside each.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.orgs import looks_like_org_en


def mentions(text: str, day: date = date(2017, 6, 8), kind: str | None = None) -> list[dict]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2024, 5, 18))
    return [m.fields for m in extract_mentions(art) if kind is None or m.record_type == kind]


def pledges(text: str) -> list[tuple]:
    return [(f["actor"], f["commitment_type"], f["target_year"], f["base_year"], f["reduction_pct_min"],
             f["reduction_pct_max"], f["share_pct"]) for f in mentions(text, kind="commitment")]


def agreements(text: str, day: date = date(2017, 6, 8)) -> list[tuple]:
    return [(f["agreement_type"], f["parties"], f["signed_on"], f["city"]) for f in mentions(text, day, "agreement")]


# --- pledges --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Oregon will reduce emissions 20 percent below 1990 levels by 2025, 45 percent by 2035 and 80 percent by 2050.",
     [("Oregon", "emissions_reduction", 2025, 1990, 20.0, 20.0, None),
      ("Oregon", "emissions_reduction", 2035, 1990, 45.0, 45.0, None),
      ("Oregon", "emissions_reduction", 2050, 1990, 80.0, 80.0, None)]),
    ("Manitoba has committed to cut emissions 10 per cent below 2005 levels by 2025, 30 per cent by 2030, and 60 per "
     "cent by 2050.",
     [("Manitoba", "emissions_reduction", 2025, 2005, 10.0, 10.0, None),
      ("Manitoba", "emissions_reduction", 2030, 2005, 30.0, 30.0, None),
      ("Manitoba", "emissions_reduction", 2050, 2005, 60.0, 60.0, None)]),
    # the item after the comma is no cut of emissions: no second row
    ("Denver plans to cut emissions 40 percent below 2005 levels by 2025, 50 percent of its electricity from wind by "
     "2030.", [("Denver", "emissions_reduction", 2025, 2005, 40.0, 40.0, None)]),
])
def test_a_list_of_targets_after_the_first(text, expected):
    assert pledges(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Oregon's goal is a 45 percent reduction below 1990 levels by 2035.",
     [("Oregon", "emissions_reduction", 2035, 1990, 45.0, 45.0, None)]),
    ("Alberta’s target is a 30 per cent reduction below 2005 levels by 2030.",
     [("Alberta", "emissions_reduction", 2030, 2005, 30.0, 30.0, None)]),
    ("Ohio's target is a 20 percent reduction below 2008 levels in energy use by 2030.", []),  # energy, not emissions
    ("The plan calls for a 30 percent reduction below 2010 levels in water use.", []),
])
def test_a_target_named_as_such_needs_no_object(text, expected):
    assert pledges(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Tasmanian Government has committed to cut emissions 50 per cent below 2005 levels by 2030.",
     [("Tasmania", "emissions_reduction", 2030, 2005, 50.0, 50.0, None)]),
    ("The Victorian Government's own operations will be powered by 100 per cent renewable electricity by 2025.",
     [("Victoria", "renewable_share", 2025, None, None, None, 100.0)]),
    ("The Australian Government has committed to cut emissions 43 per cent below 2005 levels by 2030.", []),  # a country
])
def test_a_state_government_by_its_adjective(text, expected):
    assert pledges(text) == expected


# --- agreements -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The European Union and China issued a Leaders' Statement on Climate Change and Clean Energy on Monday.",
     [("joint_statement", ["European Union", "China"], date(2017, 6, 5), None)]),
    ("Canada and China released a Ministerial Statement on climate change in Beijing on Monday.",
     [("joint_statement", ["Canada", "China"], date(2017, 6, 5), "Beijing")]),
    ("Canada and China issued a statement on climate change on Monday.", []),  # a statement, no joint instrument
])
def test_a_leaders_or_ministerial_statement(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("California's agreement with China's Ministry of Science and Technology, signed Tuesday in Beijing, commits both "
     "sides to joint research on clean technology.",
     [("agreement", ["California", "Ministry of Science and Technology of China"], date(2017, 6, 6), "Beijing")]),
    ("Oregon's memorandum with Fujian on clean energy research was signed on Tuesday in Portland.",
     [("mou", ["Oregon", "Fujian Province"], date(2017, 6, 6), "Portland")]),
    # no owner: a reference to an agreement, not a signing
    ("We hope to achieve this through the agreement with the Shenzhen Low-Carbon Development Foundation, established "
     "to connect clean technology firms with cities.", []),
])
def test_an_owner_and_with_around_the_instrument(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Governor Jay Inslee and Sichuan Governor Yin Li put pen to paper on Tuesday in Chengdu. The memorandum on clean "
     "energy was signed by Washington State and Sichuan Province.",
     [("mou", ["Washington", "Sichuan Province"], date(2017, 6, 6), "Chengdu")]),
    ("Energy Secretary Ernest Moniz and China's Minister of Science and Technology Wan Gang put pen to paper on Monday "
     "in Beijing. The protocol on clean energy research was signed by the U.S. Department of Energy and China's "
     "Ministry of Science and Technology.",
     [("agreement", ["U.S. Department of Energy", "Ministry of Science and Technology of China"], date(2017, 6, 5),
       "Beijing")]),
    # no instrument follows: no row (the people are not parties)
    ("Mayor Ann Lee and Mayor Bo Chen put pen to paper on Tuesday in Chengdu. The ceremony was attended by 200 guests.",
     []),
])
def test_pen_to_paper_completed_by_the_next_sentence(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ontario, Quebec and California have formalized the linking of their carbon markets. The linkage agreement was "
     "signed by Premier Kathleen Wynne, Quebec Premier Philippe Couillard and California Governor Edmund G. Brown Jr. on "
     "September 22, 2017.",
     [("agreement", ["Ontario", "Quebec", "California"], date(2017, 9, 22), None)]),
    ("Alberta and Heilongjiang renewed their clean energy ties. The memorandum on clean energy was signed by Premier "
     "Rachel Notley and Heilongjiang Governor Lu Hao on Monday.",
     [("mou", ["Alberta", "Heilongjiang Province"], date(2017, 6, 5), None)]),
])
def test_a_premier_with_no_place_signs_for_the_story_province(text, expected):
    day = date(2017, 9, 22) if "Ontario" in text else date(2017, 6, 8)
    assert agreements(text, day) == expected


@pytest.mark.parametrize("text,expected", [
    ("UC Berkeley and Tsinghua University have formalized a partnership to launch a climate institute. A memorandum of "
     "understanding was signed by UC Berkeley and Tsinghua University on Monday in Berkeley.",
     [("mou", ["University of California, Berkeley", "Tsinghua University"], date(2017, 6, 5), "Berkeley")]),
    ("Stanford University and Peking University have launched a partnership on clean energy. A memorandum of "
     "understanding was signed by Stanford University and Peking University on Friday.",
     [("mou", ["Stanford University", "Peking University"], date(2017, 6, 2), None)]),
])
def test_a_partnership_an_mou_formalizes_is_that_mou(text, expected):
    assert agreements(text) == expected


def test_a_partnership_of_other_parties_stays():
    text = ("Stanford University and Peking University have launched a partnership on clean energy. A memorandum of "
            "understanding was signed by Stanford University and Tsinghua University on Friday.")
    assert sorted(t for t, *_ in agreements(text)) == ["mou", "partnership"]


@pytest.mark.parametrize("name,expected", [
    ("Energy Secretary Ernest Moniz", False), ("Environment Minister Catherine McKenna", False),
    ("Duke Energy", True), ("Governor Brown Foundation", True),
])
def test_a_title_and_a_name_are_no_organisation(name, expected):
    assert looks_like_org_en(name) is expected


@pytest.mark.parametrize("text", [
    "SEATTLE — Seattle City Light signed an MOU on clean energy with Shanghai Electric on Tuesday in Shanghai. The MOU "
    "was signed on the sidelines of the Pacific Clean Energy Forum.",
    "BERKELEY, Calif. — Two universities signed a memorandum on clean energy on Monday in Beijing. It was signed on "
    "the sidelines of the Strategic and Economic Dialogue.",
])
def test_a_dateline_is_not_where_the_meeting_was_once_another_city_is_named(text):
    events = mentions(text, kind="event")
    assert events and all(e["city"] in (None, "Shanghai", "Beijing") for e in events)


# --- a company's initials, after its full name ----------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("GE Renewable Energy and China Three Gorges Corporation signed a cooperation agreement on offshore wind on "
     "Thursday. GE has committed to carbon-neutral operations by 2030.",
     [("GE Renewable Energy", "carbon_neutrality", 2030, None, None, None, None)]),
    ("NTPC Green Energy has opened a solar park in Rajasthan. NTPC aims to reach net zero by 2050.",
     [("NTPC Green Energy", "carbon_neutrality", 2050, None, None, None, None)]),
    # initials that name a place stay the place; initials that open two names stand for neither
    ("UK Power Networks will connect more solar farms. UK aims to reach net zero by 2050.",
     [("United Kingdom", "carbon_neutrality", 2050, None, None, None, None)]),
    ("ABC Energy and ABC Power opened a plant. ABC aims to reach net zero by 2050.", []),
])
def test_initials_after_the_full_name_they_open(text, expected):
    assert pledges(text) == expected


# --- later targets "from the same base", by "the province" ----------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Manitoba will cut emissions 33 per cent from 2005 levels by 2030. The province's targets also call for "
     "reductions of 50 per cent by 2040 and 90 per cent by 2050 from the same base.",
     [("Manitoba", "emissions_reduction", 2030, 2005, 33.0, 33.0, None),
      ("Manitoba", "emissions_reduction", 2040, 2005, 50.0, 50.0, None),
      ("Manitoba", "emissions_reduction", 2050, 2005, 90.0, 90.0, None)]),
    ("Nova Scotia will cut emissions 53 per cent below 2005 levels by 2030. The province also plans cuts of 70 per cent "
     "by 2040 from the same baseline.",
     [("Nova Scotia", "emissions_reduction", 2030, 2005, 53.0, 53.0, None),
      ("Nova Scotia", "emissions_reduction", 2040, 2005, 70.0, 70.0, None)]),
    # no cut stated before: "the same base" names none, no row
    ("The province's targets call for reductions of 60 per cent by 2040 from the same base.", []),
])
def test_later_targets_from_the_same_base(text, expected):
    assert pledges(text) == expected
