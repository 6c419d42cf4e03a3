"""English grammar first met on the sixth test web (tests/sixthweb.py), each rule shown on two sentences written for
this test: a weekday with no "on", press-room and UN-page datelines, acronym-led firm names beside other signers,
signers in a relative clause, a legal form inside a defined acronym, date ranges "from 19 to 21 October", the UN
climate conference without its number, signings on the sidelines of a summit, fiscal years, "compared with 1990",
countries pledging through "it", a network's members pledging as a group, and "X, which did not sign".
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract.datelines import DATELINE
from scrapers.extract import extract_mentions
from scrapers.extract.story_context import local_acronyms
from scrapers.extract.commitments import find_commitments
from scrapers.extract.dates import find_dates
from scrapers.extract.day_references import relative_day
from scrapers.extract.entities import find_entities


def mentions(text: str, kind: str, day: date, title: str | None = None) -> list:
    art = Article("http://127.0.0.1/a", "test", title, day, "en", text, datetime(2024, 5, 18))
    return [m for m in extract_mentions(art) if m.record_type == kind]


def pledges(sentence: str) -> list[tuple]:
    return [(c.actor, c.commitment_type, c.target_year, c.base_year, c.reduction_pct_min) for c in
            find_commitments(sentence, find_entities(sentence), [])]


# --- dates ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Ford Motor Company and SK Innovation signed a memorandum of understanding Thursday to form a venture.",
     date(2021, 5, 20)),
    ("The agreement, signed Tuesday by Acme Group and Widget Holding, covers storage.", date(2021, 5, 18)),
    ("The two firms will sign next Monday.", None),
    ("He said Monday's meeting went well.", None),
])
def test_weekday_without_on(sentence, expected):
    assert relative_day(sentence, date(2021, 5, 20)) == expected  # the page is a Thursday


@pytest.mark.parametrize("text,days", [
    ("The C40 World Mayors Summit, held in Buenos Aires from 19 to 21 October 2022, closed.", (19, 21)),
    ("COP29 will be held in Baku from 11 to 22 November 2024.", (11, 22)),
])
def test_from_to_day_range(text, days):
    dm = find_dates(text)[0]
    assert (dm.day, dm.end_day) == days


# --- datelines --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,city,rest", [
    ("DEARBORN, Mich., May 20, 2021 – Ford Motor Company and SK Innovation signed", "DEARBORN", "Ford Motor"),
    ("MARSHALL, Mich., Feb. 13, 2023 – Ford will invest", "MARSHALL", "Ford will"),
    ("Glasgow, 13 November 2021 – At the close of COP26", "Glasgow", "At the close"),
    ("New York, 20 September 2023 – Secretary-General", "New York", "Secretary"),
])
def test_press_room_and_un_datelines(line, city, rest):
    m = DATELINE.match(line)
    assert m and m.group("city") == city and line[m.end():].startswith(rest)


def test_dateline_city_is_no_party_and_new_york_is_the_city():
    ags = mentions("DEARBORN, Mich., May 20, 2021 – Ford Motor Company and SK Innovation (together, the Partners) "
                   "signed a memorandum of understanding Thursday to form BlueOvalSK.", "agreement", date(2021, 5, 20))
    assert [a.fields["parties"] for a in ags] == [["Ford Motor Company", "SK Innovation"]]
    evs = mentions("New York, 20 September 2023 – Secretary-General António Guterres convened the Climate Ambition "
                   "Summit at United Nations Headquarters on Wednesday.", "event", date(2023, 9, 20))
    assert [(e.fields["name"], e.fields["city"]) for e in evs] == [("Climate Ambition Summit", "New York City")]


# --- signers ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,day,parties", [
    ("Ford, together with SK On and Koç Holding, signed a non-binding memorandum of understanding Monday to create "
     "a joint venture.", date(2022, 3, 14), ["Ford Motor Company", "SK On", "Koç Holding"]),
    ("Acme Group and LG Energy Solution (together, the Partners) signed an agreement on Monday on battery cells.",
     date(2022, 3, 14), ["Acme Group", "LG Energy Solution"]),
])
def test_acronym_led_firms_beside_other_signers(text, day, parties):
    assert [a.fields["parties"] for a in mentions(text, "agreement", day)] == [parties]


@pytest.mark.parametrize("text,parties,city", [
    ("The plant will use cell technology from Contemporary Amperex Technology Co., Limited (CATL) under a licensing "
     "agreement that Ford and CATL signed last week.", ["Ford Motor Company", "Contemporary Amperex Technology Co., Limited"], None),
    ("Buses will run under the memorandum which Los Angeles and the Port of Shanghai signed in Shanghai on Monday.",
     ["Los Angeles", "Port of Shanghai"], "Shanghai"),
])
def test_signers_in_a_relative_clause(text, parties, city):
    ags = mentions(text, "agreement", date(2023, 2, 13))
    assert [(a.fields["parties"], a.fields["city"]) for a in ags] == [(parties, city)]


def test_relative_clause_without_signers_is_nothing():
    assert mentions("Buses will run under the memorandum which officials say is working well.", "agreement",
                    date(2023, 2, 13)) == []


@pytest.mark.parametrize("text,abbr,full", [
    ("It licenses cells from Contemporary Amperex Technology Co., Limited (CATL).", "CATL",
     "Contemporary Amperex Technology Co., Limited"),
    ("Orders went to Zhejiang Sunrise Battery Co., Ltd. (ZSB) this year.", "ZSB", "Zhejiang Sunrise Battery Co., Ltd."),
])
def test_legal_form_inside_a_defined_acronym(text, abbr, full):
    assert local_acronyms(text).get(abbr) == full


# --- events -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,day,expected", [
    ("At the close of COP26, nearly 200 countries agreed the Glasgow Climate Pact. The UN Climate Change Conference, "
     "held in Glasgow from 31 October to 13 November 2021, was hosted by the United Kingdom.", date(2021, 11, 13),
     ["COP26"]),
    # (reported after it was held: one announced for later is no event of the story, test_events_unseen)
    ("The UN Climate Change Conference COP29 was held in Baku, Azerbaijan, from 11 to 22 November 2024.",
     date(2024, 11, 25), ["COP29"]),
])
def test_un_climate_conference_without_number_is_the_cop(text, day, expected):
    assert [e.fields["name"] for e in mentions(text, "event", day)] == expected


@pytest.mark.parametrize("title,text,day,city", [
    ("Mayors gather in Buenos Aires for the C40 World Mayors Summit",
     "The C40 World Mayors Summit, held in Buenos Aires from 19 to 21 October 2022, opened. A letter of intent was "
     "signed on 20 October by representatives of the City of Buenos Aires and the C40 Cities Climate Leadership "
     "Group on the sidelines of the summit.", date(2022, 10, 21), "Buenos Aires"),
    ("Leaders head to Lisbon for the Global Ports Forum",
     "The Global Ports Forum, held in Lisbon from 3 to 5 June 2024, opened. A memorandum of understanding was signed "
     "on 4 June by representatives of the Port of Lisbon and the Port of Santos on the sidelines of the forum.",
     date(2024, 6, 5), "Lisbon"),
])
def test_headline_place_and_sidelines_signing(title, text, day, city):
    names = {e.fields["name"] for e in mentions(text, "event", day, title)}
    assert all(not n.startswith(city) for n in names)
    ags = mentions(text, "agreement", day, title)
    assert [a.fields["city"] for a in ags] == [city]


def test_a_signatory_that_did_not_sign_leaves_the_event():
    text = ("DUBAI, Dec. 2 (PNW) -- More than 110 countries on Saturday pledged to triple the world's renewable energy "
            "capacity by 2030 at COP28 in Dubai, 30 November-12 December 2023. China, which did not sign the pledge, "
            "has cut the carbon intensity of its economy by more than 50 percent since 2005, officials said.")
    assert [e.fields["name"] for e in mentions(text, "event", date(2023, 12, 2))] == ["COP28"]
    assert mentions(text, "commitment", date(2023, 12, 2)) == []


# --- pledges ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Japan will reduce its emissions 46 percent from fiscal 2013 levels by fiscal 2030, Prime Minister Yoshihide "
     "Suga said.", ("Japan", "emissions_reduction", 2030, 2013, 46.0)),
    ("Canada will cut emissions 40 percent from fiscal 2005 levels by fiscal 2030.",
     ("Canada", "emissions_reduction", 2030, 2005, 40.0)),
])
def test_fiscal_years(sentence, expected):
    assert pledges(sentence) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("The European Union will reduce emissions by at least 55% by 2030 compared with 1990, European Commission "
     "President Ursula von der Leyen told delegates.", ("European Union", "emissions_reduction", 2030, 1990, 55.0)),
    ("Britain announced on Tuesday that it would cut emissions 78 percent by 2035, compared with 1990 levels.",
     ("United Kingdom", "emissions_reduction", 2035, 1990, 78.0)),
    ("In a joint announcement, the United States said it intends to cut net greenhouse gas emissions 26 to 28 "
     "percent below its 2005 level in 2025.", ("United States", "emissions_reduction", 2025, 2005, 26.0)),
])
def test_base_year_told_apart_and_countries_through_it(sentence, expected):
    assert pledges(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "At the close of the summit, the mayors of C40 cities pledged as a group to halve their collective emissions "
    "by 2030.",
    "Leaders of G20 countries pledged to cut emissions 45 percent by 2030 compared with 2010.",
])
def test_members_pledging_as_a_group_name_no_actor(sentence):
    assert pledges(sentence) == []


@pytest.mark.parametrize("text,day,expected", [
    ("Acme Group and Widget Holding signed a supply agreement last week.", date(2023, 3, 2), (date(2023, 2, 1), "month")),
    ("Northwind Energy and Harbor Power Company signed a memorandum last week.", date(2023, 2, 13),
     (date(2023, 2, 1), "month")),
    ("Northwind Energy and Harbor Power Company signed a memorandum last week.", date(2023, 3, 8), (None, None)),
])
def test_last_week_is_its_month_when_it_has_one(text, day, expected):
    ags = mentions(text, "agreement", day)
    assert [(a.fields["signed_on"], a.fields["signed_on_precision"]) for a in ags] == [expected]


@pytest.mark.parametrize("text,parties", [
    ("BEIJING, Oct. 25 (PNW) -- China's top economic planner, the National Development and Reform Commission, signed "
     "a memorandum of understanding with the California Energy Commission on Monday.",
     ["National Development and Reform Commission", "California Energy Commission"]),
    ("The state's air regulator, the California Air Resources Board (CARB), and the Guangdong Provincial Department of "
     "Ecology and Environment signed a letter of intent on Tuesday.",
     ["California Air Resources Board", "Guangdong Provincial Department of Ecology and Environment"]),
])
def test_a_body_described_then_named_is_the_named_body(text, parties):
    assert [a.fields["parties"] for a in mentions(text, "agreement", date(2023, 10, 25))] == [parties]
