"""A national ministry no alias file keeps, named by its minister's title (unlisted_ministries_en via
names_en.office_bodies), and a secretary's title read as a person's office, never a body (office_titles_en,
portfolios_en.past_office). Texts of our own."""
from __future__ import annotations

from datetime import date

from scrapers.extract.unlisted_ministries_en import portfolio_ministry
from story_records import records

DAY = date(2019, 4, 12)


def parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", DAY)]


def test_a_country_minister_of_portfolio_words_names_the_ministry():
    got = parties("The Environmental Protection Agency and Chinese Minister of Environmental Protection Li Ganjie "
                  "on Thursday signed a memorandum of understanding on air quality monitoring.")
    assert got == [["U.S. Environmental Protection Agency", "Ministry of Environmental Protection"]]
    got = parties("Natural Resources Canada signed a memorandum of understanding on Thursday with Chile's Minister of "
                  "Energy Juan Carlos Jobet on green hydrogen.")
    assert got and "Ministry of Energy" in got[0]


def test_the_ministry_needs_a_country_owner_and_portfolio_words():
    assert portfolio_ministry(["Environmental", "Protection", "Li", "Ganjie"], "China") == \
        "Ministry of Environmental Protection"
    assert portfolio_ministry(["Environmental", "Protection", "Li", "Ganjie"], None) is None  # whose ministry?
    assert portfolio_ministry(["Agrarian", "Policy", "Taras", "Kutovy"], "Ukraine") is None  # no portfolio words
    assert portfolio_ministry(["Energy", "and", "Environment"], "Chile") is None  # no person after: a name itself


def test_a_secretarys_title_is_no_party():
    got = parties("Secretary of Commerce Gary Locke and Ukrainian Minister of Agrarian Policy Taras Kutovy signed a "
                  "memorandum of understanding on Thursday.")
    assert all(not p.startswith(("Secretary", "Commerce", "Agrarian")) for r in got for p in r)
    got = parties("The Department of Energy signed a memorandum of understanding on Thursday with Secretary of State "
                  "for Energy Security Grant Shapps.")
    assert all(not p.startswith(("Secretary", "State for")) for r in got for p in r)


def test_bodies_beside_a_secretary_keep_their_row():
    got = parties("The Department of Energy and the Ministry of Science and Technology signed a memorandum of "
                  "understanding on Thursday, witnessed by Secretary of State Mike Pompeo.")
    assert got == [["U.S. Department of Energy", "Ministry of Science and Technology"]]
