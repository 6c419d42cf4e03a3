"""A signing at a party's own building named without a city, under a release's dateline (dateline_venues_en)."""
from __future__ import annotations

from datetime import date

from story_records import records

DAY = date(2024, 6, 12)


def _places(text: str) -> list[tuple]:
    return [(r["parties"], r["city"]) for r in records(text, "agreement", DAY)]


def test_a_state_capitol_under_the_dateline_of_a_city_of_the_signing_state():
    assert _places("ST. PAUL, Minn. — Minnesota and Shaanxi signed a memorandum of understanding on clean energy at "
                   "the State Capitol on Tuesday.") == [(["Minnesota", "Shaanxi Province"], "Saint Paul")]


def test_a_city_hall_under_the_dateline_of_a_party_city():
    assert _places("SEATTLE — Seattle Mayor Bruce Harrell and Chongqing Vice Mayor Zhang Ming signed a memorandum on "
                   "green buildings at City Hall on Tuesday.") == [(["Seattle", "Chongqing"], "Seattle")]


def test_a_body_headquarters_under_the_dateline_of_a_city_of_its_state():
    assert _places("SACRAMENTO – The California Air Resources Board and the Beijing Municipal Ecology and Environment "
                   "Bureau signed a memorandum of understanding on Monday at CARB's headquarters.") == \
        [(["California Air Resources Board", "Beijing Municipal Ecology and Environment Bureau"], "Sacramento")]


def test_a_dateline_of_no_party_or_no_venue_places_nothing():
    # the dateline's city is neither a party nor in a party's state
    assert _places("BEIJING — Oregon and Fujian signed a memorandum on clean energy at the State Capitol on "
                   "Tuesday.") == [(["Oregon", "Fujian Province"], None)]
    assert _places("SEATTLE — Oregon and Fujian signed a memorandum on clean energy at the Governor's Mansion on "
                   "Tuesday.") == [(["Oregon", "Fujian Province"], None)]
    # no venue: a dateline alone says where a release was issued
    assert _places("SEATTLE — Seattle and Chongqing signed a memorandum on green buildings on Tuesday.") == \
        [(["Seattle", "Chongqing"], None)]
