"""A gathering named in one sentence and given its days in a later one by a definite anaphor of its head word or
acronym ("The week, organised from ...", "The annual forum runs from ...", 本届论坛于…至…举行): scrapers/extract/
anaphor_days.py. Texts of our own."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _days(text: str, day: date) -> list[tuple]:
    return [(r["name"], r["start_on"], r["end_on"]) for r in records(text, "event", day)]


@pytest.mark.parametrize("text, name, first, last", [
    ("The city of Bergen and the Nordic Energy Research institute signed a memorandum of understanding on heat "
     "pumps on Tuesday at Nordic Climate Week 2025 in Bergen. The week, organised from 8 to 12 September by the "
     "Nordic Council of Ministers, drew some 2,000 delegates.", "Nordic Climate Week", date(2025, 9, 8),
     date(2025, 9, 12)),
    ("Lisbon and Porto signed a memorandum on shared tram procurement at the Iberian Transit Alliance's annual "
     "meeting in Lisbon on Wednesday. The annual meeting runs from 14 to 16 May and gathers transport chiefs of 30 "
     "cities.", "Iberian Transit Alliance Annual Meeting", date(2025, 5, 14), date(2025, 5, 16)),
    ("Kochi and Rotterdam signed a memorandum of understanding on port electrification at the 3rd Global Green "
     "Ports Expo (GGPE) in Kochi. The mayors of both cities attended. The 3rd GGPE takes place from May 20 to 23 "
     "with 200 exhibitors.", "Global Green Ports Expo", date(2025, 5, 20), date(2025, 5, 23)),
    ("Valencia and Marseille signed a declaration on heatwave preparedness at the Mediterranean Cities Summit in "
     "Valencia. This year's summit was held on 3 June, with delegates from 40 cities.",
     "Mediterranean Cities Summit", date(2025, 6, 3), None),
])
def test_days_told_by_the_anaphor(text, name, first, last):
    got = _days(text, date(2025, 9, 15) if "Nordic" in text else date(2025, 6, 10))
    assert len(got) == 1, got
    assert (got[0][1], got[0][2]) == (first, last)
    assert name is None or got[0][0] == name


@pytest.mark.parametrize("text", [
    "2025年6月10日，浙江省与德国巴伐利亚州在第五届中德绿色城市论坛上签署了氢能合作备忘录。本届论坛于6月9日至11日在杭州举行，"
    "来自两国的200余名代表参会。",
    "6月10日，浙江省与德国巴伐利亚州在中德绿色城市论坛期间签署了氢能合作备忘录。论坛于6月9日至11日在杭州召开。",
])
def test_chinese_anaphor_gives_first_and_last_day(text):
    got = _days(text, date(2025, 6, 12))
    assert [(d[1], d[2]) for d in got] == [(date(2025, 6, 9), date(2025, 6, 11))], got


def test_two_gatherings_with_the_head_give_neither_the_days():
    text = ("Oslo and Gothenburg signed a memorandum on ferries at Nordic Climate Week in Oslo, a week after "
            "Baltic Climate Week in Riga. The week, organised from 8 to 12 September, drew 2,000 delegates.")
    assert all(d[1] is None for d in _days(text, date(2025, 9, 15)))


def test_a_calendar_week_is_no_anaphor():
    text = ("Oslo and Gothenburg signed a memorandum on ferries at Nordic Climate Week in Oslo. Earlier this week, "
            "from 8 to 12 September, the two cities ran ferry trials. This week runs from 8 to 14 September.")
    assert all(d[1] is None for d in _days(text, date(2025, 9, 15)))


@pytest.mark.parametrize("later", [
    "The board meeting runs from 20 to 21 November in Brussels.",  # another body's meeting
    "The next meeting runs from 20 to 21 November in Brussels.",  # another edition
])
def test_a_meeting_of_another_body_or_edition_gives_no_days(later):
    text = ("Lisbon and Porto signed a memorandum on shared tram procurement at the Iberian Transit Alliance's annual "
            f"meeting in Lisbon on Wednesday. {later}")
    assert all(d[1] is None for d in _days(text, date(2025, 5, 16)))


@pytest.mark.parametrize("text", [
    "The 2025 Danube Regions Cooperation Conference opened in Novi Sad on Tuesday, with delegations from 12 "
    "countries. At the opening ceremony, Vojvodina signed a memorandum of understanding on river transport with "
    "Austria's Lower Austria state.",
    "The Danube Regions Cooperation Conference was held in Novi Sad on Tuesday. During the opening session, "
    "Vojvodina signed a memorandum of understanding on river transport with Austria's Lower Austria state.",
])
def test_a_signing_at_the_opening_takes_the_weekday_the_gathering_opened(text):
    got = [(r["signed_on"], r["signed_on_precision"]) for r in records(text, "agreement", date(2025, 10, 16))]
    assert got == [(date(2025, 10, 14), "day")], got


def test_a_gathering_that_closed_gives_no_opening_day():
    text = ("The Danube Regions Cooperation Conference closed in Novi Sad on Wednesday. At the opening ceremony, "
            "Vojvodina signed a memorandum of understanding on river transport with Austria's Lower Austria state.")
    assert [r["signed_on"] for r in records(text, "agreement", date(2025, 10, 16))] == [None]
