"""Signings told as one of those the sentence before counted at the story's gathering ("... ended with 14
agreements. Among them, A and B signed ...") take the gathering's place and day (gathering_signings); a gathering
"held in X on <day>" that "ended with" agreements starts on that day (event_rules.closing_day)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.gathering_signings import among_counted
from story_records import records

PAGE = date(2025, 9, 12)


@pytest.mark.parametrize("text", [
    "The third China-US Subnational Climate Dialogue, held in Berkeley on Sept. 9, 2025, ended with 14 agreements. "
    "Among them, California and Hainan signed a memorandum on clean energy.",
    "The Pacific Green Ports Forum opened in Long Beach on Sept. 9, 2025, and a dozen memoranda were signed on its "
    "first day. Of these, California and Hainan signed a memorandum on clean energy.",
])
def test_one_of_the_counted_signings_is_made_at_the_gathering(text):
    ags = records(text, "agreement", PAGE)
    assert [(a["parties"], a["signed_on"], a["city"] is not None) for a in ags] == \
        [(["California", "Hainan Province"], date(2025, 9, 9), True)]


def test_held_on_a_day_then_ended_with_agreements_starts_that_day():
    ev = records("The third China-US Subnational Climate Dialogue, held in Berkeley on Sept. 9, 2025, ended with 14 "
                 "agreements. Among them, California and Hainan signed a memorandum on clean energy.", "event", PAGE)
    assert [(e["start_on"], e["city"]) for e in ev] == [(date(2025, 9, 9), "Berkeley")]


@pytest.mark.parametrize("clause, previous", [
    ("Among them, Chengdu and Perth signed a memorandum.", "The summit brought together 300 delegates from 40 countries."),
    ("Among them, Chengdu and Perth signed a memorandum.", "Twelve mayors attended the summit."),
    ("Chengdu and Perth signed a memorandum.", "The forum ended with 14 agreements signed."),
])
def test_no_count_of_signings_or_no_opening_is_no_gathering_signing(clause, previous):
    assert not among_counted(clause, previous)



@pytest.mark.parametrize("cue, day", [("On its second day", date(2025, 11, 11)), ("On its final day", date(2025, 11, 12))])
def test_its_second_or_final_day_is_the_gatherings(cue, day):
    """"On its second day" means the day after the gathering just told opened, as "On the second day" does."""
    ags = records("The Qingdao Green Shipping Forum was held in Qingdao from Nov. 10 to 12, 2025. "
                  f"{cue}, Qingdao and Gothenburg signed a memorandum on green shipping.", "agreement", date(2025, 11, 14))
    assert [(a["signed_on"], a["city"]) for a in ags] == [(day, "Qingdao")]


def test_cop30_is_held_in_belem_spelled_as_the_city_is():
    """The summit's city and a signing's city there are one name (Belém, not the São Paulo district "Belem")."""
    text = ("At COP30 in Belém, Brazil, on Nov. 12, 2025, the governors of California and Pará signed a memorandum of "
            "understanding on forest protection.")
    assert {e["city"] for e in records(text, "event", date(2025, 11, 14))} == {"Belém"}
    zh = "11月12日，在巴西贝伦举行的第30届联合国气候变化大会期间，广东省与四川省签署了应对气候变化合作备忘录。"
    assert {a["city"] for a in records(zh, "agreement", date(2025, 11, 14))} == {"Belém"}


@pytest.mark.parametrize("day", ["Feb. 6, 2025", "Sept. 6, 2025", "Jan 6, 2025"])
def test_a_gatherings_name_ends_before_an_abbreviated_month(day):
    """"the X Forum on Feb. 6" named the event "X Forum on Feb" (a made-up name): "on" with a month opens its date."""
    evs = records(f"Tokyo and Beijing signed a memorandum at the Tokyo Sustainable City Forum on {day}.", "event",
                  date(2025, 10, 30))
    assert [e["name"] for e in evs] == ["Tokyo Sustainable City Forum"]
