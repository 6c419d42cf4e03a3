"""A partnership launched under a name that goes on past its head word ("launched the X Alliance for Y"): the body
is the partnership, its launchers the parties (scrapers/extract/launched_bodies_en.py). Texts of our own."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records

DAY = date(2023, 10, 25)


@pytest.mark.parametrize("text,parties,day,city", [
    ("The Ford Foundation and the Wellcome Trust on 14 March 2022 launched the Clean Cooling Partnership for Africa "
     "in Nairobi.", ["Ford Foundation", "Wellcome Trust"], date(2022, 3, 14), "Nairobi"),
    ("The Ford Foundation and the Wellcome Trust on 14 March 2022 formed the Coalition on Urban Heat Resilience in "
     "Nairobi.", ["Ford Foundation", "Wellcome Trust"], date(2022, 3, 14), "Nairobi"),
    ("The Rockefeller Foundation and the Bezos Earth Fund launched the Global Solar Alliance for Farmers in Glasgow "
     "on 9 November 2021.", ["Rockefeller Foundation", "Bezos Earth Fund"], date(2021, 11, 9), "Glasgow"),
])
def test_a_launched_body_with_a_qualifier_is_the_partnership(text, parties, day, city):
    got = records(text, "agreement", DAY)
    assert [(g["agreement_type"], g["parties"], g["signed_on"], g["city"]) for g in got] == \
        [("partnership", parties, day, city)]


@pytest.mark.parametrize("text,parties", [
    # the body a party, not launched: the memorandum is the instrument, the body one of its parties
    ("The Global Alliance for Clean Air and the Government of Kerala signed a memorandum of understanding in Kochi "
     "on 14 March 2023.", ["Global Alliance for Clean Air", "Kerala"]),
])
def test_a_body_that_signs_stays_a_party(text, parties):
    got = records(text, "agreement", DAY)
    assert [(g["agreement_type"], g["parties"]) for g in got] == [("mou", parties)]


@pytest.mark.parametrize("text", [
    # a gathering's name with the body's inside: nothing launched
    "Delegates of the Ford Foundation and the Wellcome Trust attended the Global Alliance for Clean Air Forum in "
    "Geneva on 14 March 2022.",
    # a fund named after the partnership, not the partnership
    "The Ford Foundation and the Wellcome Trust on 14 March 2022 launched the Clean Cooling Partnership for Africa "
    "Fund in Nairobi.",
    # planned only
    "The Ford Foundation and the Wellcome Trust plan to launch the Clean Cooling Partnership for Africa in Nairobi "
    "next year.",
])
def test_no_partnership_launched(text):
    assert records(text, "agreement", DAY) == []
