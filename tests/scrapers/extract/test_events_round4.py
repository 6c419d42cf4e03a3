"""English events, round 4 (the forty-first web's classes: gatherings and the pledges made there), each rule on two
sentences written for it, none copied from a test web: a gathering named after its host city is held there, a
gathering that "met on Tuesday" after an apposition saying what it is, the city told after "closed on Wednesday after
two days in", and a newsletter's "nothing was signed" said of another item's gathering."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events
from scrapers.extract.named_host import host_city


def found(sentence: str, day: date) -> list[tuple]:
    return [(e.name, e.start_on, e.end_on, e.city, e.country)
            for e in find_events(sentence, find_entities(sentence), DateContext(day))]


def events(text: str, day: date) -> list[tuple]:
    art = Article(url="http://127.0.0.1/x.html", source="t", title="", published_on=day, language="en", text=text,
                  fetched_at=datetime(2024, 1, 1))
    return [(m.fields["name"], m.fields["start_on"], m.fields["city"]) for m in extract_mentions(art)
            if m.record_type == "event"]


# --- "<City> Climate Week": a gathering named after its host city is held there -----------------------------------
def test_a_gathering_named_after_a_city_is_placed_in_it_when_the_text_names_no_venue_city():
    a = found("Delegates from thirty cities came to Rotterdam Climate Week, which ran Oct. 7-9 at the Ahoy centre.",
              date(2024, 10, 14))
    b = found("Vienna Energy Forum 2023 closed on Friday with a call for faster grid building.", date(2023, 5, 12))
    assert a == [("Rotterdam Climate Week", date(2024, 10, 7), date(2024, 10, 9), "Rotterdam", "NL")]
    assert b[0][3:] == ("Vienna", "AT")


def test_a_name_opening_with_a_region_a_state_or_a_pact_gives_no_city():
    assert host_city("Shanghai Cooperation Organisation Summit") is None  # a body's summit, held where it meets
    assert host_city("Montreal Protocol Conference") is None
    assert host_city("New York Climate Week") is None  # a state's name as long as the city's: no guess
    assert host_city("Pacific Islands Clean Energy Ministerial") is None
    assert host_city("Cape Town Climate Summit 2023") == ("Cape Town", "ZA")


def test_a_virtual_gathering_named_after_a_city_gets_no_place():
    assert found("Lyon Climate Week, held online, opened on Monday.", date(2021, 3, 10))[0][3:] == (None, None)


# --- "X, a virtual meeting of port cities, met on Tuesday": its first day -----------------------------------------
def test_met_on_a_weekday_after_an_apposition_saying_what_the_gathering_is():
    a = found("The Atlantic Harbours Climate Roundtable, a virtual meeting of port authorities, met on Tuesday with "
              "officials from 12 ports.", date(2025, 6, 13))
    b = found("The Alpine Towns Energy Forum, an annual gathering of mountain mayors, met on Thursday in Bolzano.",
              date(2024, 9, 20))
    assert a[0][:2] == ("Atlantic Harbours Climate Roundtable", date(2025, 6, 10))
    assert b[0][:2] == ("Alpine Towns Energy Forum", date(2024, 9, 19))


def test_an_apposition_of_another_kind_does_not_date_the_gathering():
    a = found("The Atlantic Harbours Climate Roundtable, a body of port authorities founded in 2019, met on Tuesday.",
              date(2025, 6, 13))
    assert a[0][1] is None


# --- "closed on Wednesday after two days in <city>" ----------------------------------------------------------------
def test_the_city_after_closed_on_a_weekday_after_n_days():
    a = found("The Central Asia Clean Energy Ministerial closed on Wednesday after two days in Tashkent.",
              date(2024, 5, 17))
    b = found("The Baltic Sea Cities Climate Forum ended on Friday after three days in Turku, Finland.",
              date(2023, 6, 12))
    assert a[0][1:4] == (date(2024, 5, 14), date(2024, 5, 15), "Tashkent")
    assert b[0][1:] == (date(2023, 6, 7), date(2023, 6, 9), "Turku", "FI")


# --- a newsletter's "No agreements were announced" is said of its own item's gathering ---------------------------
def test_nothing_signed_after_another_items_fair_leaves_the_gathering_held_before_it():
    a = ("The Atlantic Harbours Climate Roundtable, a virtual meeting of port authorities, met on Tuesday with "
         "officials from 12 ports on the call.\nThe roundtable meets twice a year.\n"
         "The Northern Heat Pump Expo in Leeds drew 300 exhibitors this week. No agreements were announced.")
    b = ("The Alpine Towns Energy Forum opened on Thursday in Bolzano with mayors from 40 mountain towns.\n"
         "Separately, the Tyrol Solar Expo in Innsbruck closed on Sunday. No deals were signed there.")
    assert events(a, date(2025, 6, 13)) == [("Atlantic Harbours Climate Roundtable", date(2025, 6, 10), None)]
    assert events(b, date(2024, 9, 20)) == [("Alpine Towns Energy Forum", date(2024, 9, 19), "Bolzano")]


def test_nothing_signed_after_the_gathering_itself_still_leaves_no_event():
    a = ("The Alpine Towns Energy Forum opened on Thursday in Bolzano with mayors from 40 mountain towns.\n"
         "No agreements were signed at the forum.")
    b = ("No new agreements were announced this week.\nThe Atlantic Harbours Climate Roundtable, a virtual meeting of "
         "port authorities, met on Tuesday.")
    c = ("The Alpine Towns Energy Forum opened on Thursday in Bolzano with mayors from 40 mountain towns.\n"
         "Many came from the Tyrol Solar Expo in Innsbruck.\nMayors compared their heating plans.\n"
         "No agreements were signed.")  # not right after the fair: said of the story's gatherings, all of them
    assert events(a, date(2024, 9, 20)) == [] and events(b, date(2025, 6, 13)) == []
    assert events(c, date(2024, 9, 20)) == []


# --- "in Funafuti, Tuvalu": a town too small for the entity reader, vouched for by its country ----------------------
def test_a_small_town_told_with_its_country_places_the_gathering():
    a = found("The Atoll Nations Energy Dialogue closed on Thursday after two days in Funafuti, Tuvalu.",
              date(2024, 8, 30))
    b = found("The Eastern Caribbean Solar Summit was held in Castries, Saint Lucia, on Monday.", date(2023, 4, 12))
    assert a[0][3:] == ("Funafuti", "TV") and b[0][3:] == ("Castries", "LC")


def test_a_town_of_that_name_in_another_country_is_not_taken():
    a = found("The Atoll Nations Energy Dialogue closed on Thursday after two days in Majuro, Tuvalu.",
              date(2024, 8, 30))
    assert a[0][3] is None
