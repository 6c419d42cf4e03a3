"""English grammar first met on the fourteenth test web (tests/fourteenthweb.py), each rule shown on two sentences
written for this test (not the web's): a wire's dateline with two ASCII hyphens for its dash ("CITY, Mon. D --",
"CITY (Agency) --", "CITY, Mon. D /Wire/ --"), a further signing dated by the sentence before, a statement the sides
release under its own name, a country and the body after it; and from the sixteenth test web's company releases: a
firm by its legal form ("Acme Solar, Inc."), a country by its government ("the Chinese government"), a contract to
supply or build, a place in the purpose clause, a release service's dateline. Negatives beside each.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract.datelines import DATELINE
from scrapers.extract import extract_mentions
from scrapers.extract.occasion import same_occasion


def mentions(text: str, day: date = date(2019, 5, 9), kind: str | None = None) -> list:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2024, 5, 18))
    return [m for m in extract_mentions(art) if kind is None or m.record_type == kind]


def agreements(text: str, day: date = date(2019, 5, 9)) -> list[tuple]:
    return [(f["agreement_type"], f["parties"], f["signed_on"], f["city"])
            for f in (m.fields for m in mentions(text, day, "agreement"))]


# --- datelines written with two hyphens ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # 2019-05-09 is a Thursday: "on Tuesday" is the 7th counted from the dateline's day
    ("HOUSTON, May 9 -- Houston and Shenzhen on Tuesday signed a memorandum of understanding on clean energy.",
     [("mou", ["Houston", "Shenzhen"], date(2019, 5, 7), None)]),
    ("SEATTLE (Metro Wire) -- Seattle and Chongqing on Tuesday signed a memorandum of understanding on clean energy.",
     [("mou", ["Seattle", "Chongqing"], date(2019, 5, 7), None)]),
    ("PORTLAND, Ore., May 8 /Newswire/ -- Portland and Suzhou on Tuesday signed a memorandum of understanding on "
     "clean energy.", [("mou", ["Portland", "Suzhou"], date(2019, 5, 7), None)]),
    ("Denver, May 9 -- Denver and Kunming on Tuesday signed a memorandum of understanding on clean energy.",
     [("mou", ["Denver", "Kunming"], date(2019, 5, 7), None)]),
])
def test_a_dateline_with_two_hyphens_is_no_party(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a copy that lost the dash's length: one spaced hyphen, but right after the dateline's day
    ("DENVER, May 9 - Denver and Kunming on Tuesday signed a memorandum of understanding on clean energy.",
     [("mou", ["Denver", "Kunming"], date(2019, 5, 7), None)]),
    ("Houston, 9 May 2019 - Houston and Shenzhen on Tuesday signed a memorandum of understanding on clean energy.",
     [("mou", ["Houston", "Shenzhen"], date(2019, 5, 7), None)]),
])
def test_one_hyphen_after_the_datelines_day_is_its_dash(text, expected):
    assert agreements(text) == expected


def test_the_dateline_gives_the_day_a_weekday_counts_from():
    # the page is dated two days later than its dateline: "on Tuesday" counts from the dateline's Tuesday
    got = agreements("BOSTON, May 7 -- Boston and Tianjin on Tuesday signed a memorandum of understanding on clean "
                     "energy.", day=date(2019, 5, 9))
    assert got == [("mou", ["Boston", "Tianjin"], date(2019, 5, 7), None)]


@pytest.mark.parametrize("line", [
    "Xi'an - a city of 12 million - signed a memorandum of understanding with Boston on clean energy.",
    "Houston-Shenzhen ties grew on Tuesday when the two cities signed an MOU.",
    "The Port of Houston (POH) signed a memorandum with Shenzhen.",
    "Denver - May's host city - signed a memorandum of understanding with Kunming.",
])
def test_one_hyphen_or_a_bracket_inside_the_text_is_no_dateline(line):
    assert DATELINE.match(line) is None


def test_a_dated_lede_dates_its_event():
    # the dateline's day stood in the lede before the dateline was cut off: the summit keeps it
    evs = [m.fields for m in mentions("BRUSSELS, May 9 -- Japan and the European Union on Thursday adopted a Joint "
                                      "Statement on Clean Energy at the 26th EU-Japan Summit in Brussels.",
                                      kind="event")]
    assert [(e["name"], e["start_on"], e["city"]) for e in evs] == [("EU-Japan Summit", date(2019, 5, 9), "Brussels")]


# --- a further signing dated by the sentence before ----------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("On Monday the mayors of Houston and Shenzhen met in Houston. The Port of Houston and Shenzhen Energy Group "
     "also signed a memorandum of understanding on clean energy.",
     [("mou", ["Port of Houston", "Shenzhen Energy Group"], date(2019, 5, 6), None)]),
    ("Governor Brown met Premier Li in Beijing on May 3. At the meeting, the California Energy Commission and "
     "China's National Energy Administration signed a memorandum of understanding on clean energy.",
     [("mou", ["California Energy Commission", "National Energy Administration"], date(2019, 5, 3), None)]),
    # no further signing, no occasion anaphor: the day of the sentence before is not this signing's
    ("Governor Brown met Premier Li in Beijing on May 3. The California Energy Commission and China's National "
     "Energy Administration signed a memorandum of understanding on clean energy.",
     [("mou", ["California Energy Commission", "National Energy Administration"], None, None)]),
    # the sentence before gives a month, no day; a source's "said on Thursday" is no day of the meeting
    ("Governor Brown met Premier Li in Beijing in May. The California Energy Commission and China's National "
     "Energy Administration also signed a memorandum of understanding on clean energy.",
     [("mou", ["California Energy Commission", "National Energy Administration"], None, None)]),
    ("The White House said on Thursday that the leaders met. The California Energy Commission and China's National "
     "Energy Administration also signed a memorandum of understanding on clean energy.",
     [("mou", ["California Energy Commission", "National Energy Administration"], None, None)]),
])
def test_a_further_signing_takes_the_day_of_the_sentence_before(text, expected):
    assert agreements(text) == expected


def test_a_further_signing_joins_the_statement_told_before():
    got = agreements("TOKYO, May 9 -- Japan and the European Union on Thursday adopted a Joint Statement on Clean "
                     "Energy at the 26th EU-Japan Summit in Tokyo.\n\nThe European Investment Bank and the Japan Bank "
                     "for International Cooperation also signed a memorandum of understanding on clean energy.")
    assert got == [("joint_statement", ["Japan", "European Union"], date(2019, 5, 9), "Tokyo"),
                   ("mou", ["European Investment Bank", "Japan Bank for International Cooperation"], date(2019, 5, 9),
                    "Tokyo")]


def test_a_quote_between_is_no_occasion_of_its_own():
    # the mayor's "today" is the day he spoke (the page's); the further signing is the first one's, two sentences up
    got = agreements("Houston and Shenzhen signed a memorandum of understanding on clean energy on May 3 in Houston."
                     "\n\n“We signed this agreement today to share what we know,” the mayor said.\n\nThe two sides also "
                     "signed a letter of intent on offshore wind between the Port of Houston and Shenzhen Energy Group.")
    assert [g[2] for g in got] == [date(2019, 5, 3), date(2019, 5, 3)]


@pytest.mark.parametrize("sentence,expected", [
    ("The two sides also signed a memorandum on hydrogen.", True),
    ("At the meeting, the two ministries signed a memorandum.", True),
    ("On the sidelines of the summit, the ports signed an MOU.", True),
    ("At a meeting in May, the two ministries signed a memorandum.", False),
    ("The two ministries signed a memorandum.", False),
])
def test_which_signings_are_of_the_occasion_told_before(sentence, expected):
    assert same_occasion(sentence) is expected


# --- a statement released under its own name -----------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Canada and Mexico on Tuesday released the Ottawa Statement on Clean Energy Cooperation.",
     [("joint_statement", ["Canada", "Mexico"], date(2019, 5, 7), None)]),
    ("Japan and South Korea unveiled the Busan Hydrogen Statement on Thursday, pledging joint work on clean energy.",
     [("joint_statement", ["Japan", "South Korea"], date(2019, 5, 9), None)]),
    # a press statement, one side's statement, a statement the text only mentions: no agreement
    ("Canada and Mexico released a statement saying they would deepen clean energy cooperation.", []),
    ("Canada on Tuesday released the Ottawa Statement on Clean Energy Cooperation.", []),
    ("The Ottawa Statement on Clean Energy Cooperation builds on earlier work by Canada and Mexico.", []),
])
def test_a_statement_released_under_its_own_name(text, expected):
    assert agreements(text) == expected


def test_the_statement_s_name_is_its_title():
    ms = mentions("Canada and Mexico on Tuesday issued the Ottawa Statement on Clean Energy Cooperation.",
                  kind="agreement")
    assert [m.fields["title"] for m in ms] == ["Ottawa Statement"]


# --- a country and the body after it ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("China and the European Union on Tuesday adopted a joint statement on climate change.",
     [("joint_statement", ["China", "European Union"], date(2019, 5, 7), None)]),
    ("Officials from Indonesia and the Asian Development Bank on Tuesday signed a memorandum on clean energy.",
     [("mou", ["Indonesia", "Asian Development Bank"], date(2019, 5, 7), None)]),
    # a country before a body's name only says where the body is
    ("Chinese carmaker BYD and the city of Lancaster on Tuesday signed an agreement on electric buses.",
     [("agreement", ["BYD", "Lancaster"], date(2019, 5, 7), None)]),
])
def test_a_country_and_the_body_after_it_are_two_sides(text, expected):
    assert agreements(text) == expected


# --- company releases (the sixteenth test web) ---------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # a firm by its legal form after a comma; a country's government by its demonym
    ("Acme Solar, Inc. on Tuesday signed a memorandum of understanding with the Chinese government on solar power.",
     [("mou", ["Acme Solar, Inc.", "China"], date(2019, 5, 7), None)]),
    ("Nordwind, LLC and the Indian government on Tuesday signed an agreement on offshore wind power.",
     [("agreement", ["Nordwind, LLC", "India"], date(2019, 5, 7), None)]),
    # the government named by no demonym of a country: no side
    ("Acme Solar, Inc. on Tuesday signed a memorandum of understanding with the local government on solar power.", []),
])
def test_a_firm_by_its_legal_form_and_a_country_by_its_government(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Acme Nuclear Company on Tuesday signed contracts with China's State Power Investment Corporation to build two "
     "reactors.", [("agreement", ["Acme Nuclear Company", "State Power Investment Corporation"],
                    date(2019, 5, 7), None)]),
    ("Nordwind Energy Group signed a contract on Tuesday with Huaneng Renewables Corporation to supply 50 wind turbines.",
     [("agreement", ["Nordwind Energy Group", "Huaneng Renewables Corporation"], date(2019, 5, 7), None)]),
    # a contract with no work to do named: no agreement
    ("Nordwind Energy Group signed a contract with Huaneng Renewables Corporation on Tuesday.", []),
    ("Nordwind Energy Group signed a contract with the union, and plans to build a plant.", []),
])
def test_a_contract_to_supply_or_build_is_an_agreement(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text,city", [
    # where the plant will stand is not where the memorandum was signed
    ("Houston and Shenzhen on Tuesday signed a memorandum of understanding to build a solar power plant in Shenzhen.",
     None),
    ("Houston and Shenzhen on Tuesday signed a memorandum of understanding in Houston to build a solar power plant "
     "in Shenzhen.", "Houston"),
])
def test_a_place_in_the_purpose_is_not_the_signing_place(text, city):
    assert [g[3] for g in agreements(text)] == [city]


@pytest.mark.parametrize("text,city", [
    # a release service's dateline is the issuer's home: "today" there is the day, not the place
    ("AUSTIN, Texas, May 7, 2019 /PRNewswire/ -- Acme Solar, Inc. today announced it has signed a memorandum of "
     "understanding with the Chinese government on solar power.", None),
    ("DENVER, May 7, 2019 /Business Wire/ -- Nordwind, LLC today signed an agreement with the Indian government on "
     "offshore wind power.", None),
    # a newsroom's own dateline still places "today"
    ("DENVER, May 7, 2019 -- Nordwind, LLC today signed an agreement with the Indian government on offshore wind "
     "power.", "Denver"),
])
def test_a_release_service_dateline_is_no_signing_place(text, city):
    assert [(g[2], g[3]) for g in agreements(text)] == [(date(2019, 5, 7), city)]
