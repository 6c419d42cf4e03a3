"""Days of a dated English lede's gatherings (scrapers/extract/lede_days_en.py, hooked in events.py and
extract_mentions): a weekday the lede names counted back from the dateline's day, a parent gathering named in the
same sentence left undated, a weekday called "the opening day of" a gathering as its first day. Texts of our own."""
from __future__ import annotations

from datetime import date

from scrapers.extract.lede_days_en import lede_day, opening_day_of, parent_gathering
from story_records import records


def events(text: str, day: date) -> dict[str, date | None]:
    return {e["name"]: e["start_on"] for e in records(text, "event", day)}


def test_a_weekday_of_the_lede_is_counted_back_from_the_dateline():
    saturday = date(2024, 3, 9)
    assert lede_day("Delegates met in Accra on Friday at the forum.", saturday) == date(2024, 3, 8)
    assert lede_day("The summit opened Saturday in Oslo.", saturday) == saturday  # the dateline's own weekday
    assert lede_day("Delegates met in Accra at the forum.", saturday) == saturday  # no weekday: the dateline's day
    assert lede_day("The next forum opens next Friday.", saturday) == saturday  # not a day of this news


def test_a_forum_under_a_dated_dateline_takes_the_weekday_not_the_filing_day():
    text = ("NAIROBI, March 9 -- Energy ministers gathered in Nairobi on Thursday at the East Africa Clean Power "
            "Forum. At the forum, the Kenya Power Authority and the Uganda Grid Agency signed a memorandum of "
            "understanding on grid interconnection.")
    assert events(text, date(2024, 3, 9)) == {"East Africa Clean Power Forum": date(2024, 3, 7)}
    ags = records(text, "agreement", date(2024, 3, 9))
    assert [a["signed_on"] for a in ags] == [date(2024, 3, 7)]


def test_a_parent_gathering_named_beside_the_one_reported_is_not_dated_by_it():
    s = "Officials met on Friday at the Delta Water Forum, one of the main forums of the 5th Global Rivers Expo."
    assert parent_gathering(s, s.index("Global Rivers Expo"))
    assert not parent_gathering(s, s.index("Delta Water Forum"))
    s2 = "The Reef Day was held as a side event of the Pacific Cities Summit."
    assert parent_gathering(s2, s2.index("Pacific Cities Summit"))
    s4 = "On the sidelines of the Pacific Cities Summit, Suva and Apia signed a memorandum."
    assert not parent_gathering(s4, s4.index("Pacific Cities Summit"))  # where the signing was: dated as any other
    s3 = "The ministers attended the Pacific Cities Summit on Monday."
    assert not parent_gathering(s3, s3.index("Pacific Cities Summit"))
    text = ("LIMA, May 11 -- Ministers met in Lima on Friday at the Andes Clean Power Forum, one of the main forums "
            "of the 3rd Andean Trade Expo. At the forum, the Peru Energy Agency and the Bolivia Grid Authority signed "
            "an agreement on solar power.")
    found = events(text, date(2024, 5, 11))
    assert found.get("Andes Clean Power Forum") == date(2024, 5, 10)
    assert found.get("Andean Trade Expo") is None  # named, but not held that day


def test_the_opening_day_of_a_gathering_is_its_first_day():
    s = "Nine deals were signed on Tuesday, the opening day of the 2nd Sahel Solar Expo, organizers said."
    assert opening_day_of(s, s.index("Sahel Solar Expo"), date(2024, 10, 17)) == date(2024, 10, 15)
    s2 = "Nine deals were signed on Tuesday at the Sahel Solar Expo, organizers said."
    assert opening_day_of(s2, s2.index("Sahel Solar Expo"), date(2024, 10, 17)) is None  # no "opening day of"
