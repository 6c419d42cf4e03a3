"""A government body named by the portfolios it holds is one party: its commas list portfolios, not parties."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/a", "test", None, date(2019, 5, 9), "en", text + "\n\nMore text.",
                  datetime(2024, 5, 18))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text, expected", [
    # a ministry's wire wording, with its country's possessive
    ("Denmark's Ministry of Climate, Energy and Utilities signed a memorandum of understanding with China's National "
     "Energy Administration.",
     [["Denmark's Ministry of Climate, Energy and Utilities", "National Energy Administration"]]),
    # a provincial release's wording, the body followed by a second party after "and the"
    ("The Ministry of Environment, Conservation and Parks and the Jiangsu Department of Ecology and Environment signed "
     "the memorandum.", [["Ministry of Environment, Conservation and Parks",
                          "Jiangsu Department of Ecology and Environment"]]),
    # a portfolio that is also a town's name ("Forest"), and the list's own "and" before the next party's
    ("India's Ministry of Environment, Forest and Climate Change and the Ministry of Ecology and Environment signed a "
     "memorandum on climate cooperation.",
     [["India's Ministry of Environment, Forest and Climate Change", "Ministry of Ecology and Environment"]]),
    # a known short name ("Department of Energy") inside the longer one, and the place the body belongs to
    ("The Department of Energy, Environment and Climate Action of Victoria signed a memorandum with Jiangsu Province.",
     [["Department of Energy, Environment and Climate Action of Victoria", "Jiangsu Province"]]),
])
def test_a_body_named_by_its_portfolios_is_one_party(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("sentence, names", [
    ("The Ministry of Energy, Shanghai Electric and China Datang signed the agreement.",
     ["Ministry of Energy", "Shanghai Electric", "China Datang Corporation"]),
    ("The Ministry of Energy, Beijing and Shanghai signed the agreement.", ["Ministry of Energy", "Beijing", "Shanghai"]),
])
def test_a_list_of_parties_after_a_ministry_stays_a_list(sentence, names):
    assert [e.name for e in find_entities(sentence)] == names


@pytest.mark.parametrize("text, expected", [
    # a minister's office of several portfolios names one ministry, named after its country's possessive
    ("The memorandum was signed on Monday by Kenya's Minister of Environment, Climate Change and Forestry and China's "
     "Minister of Ecology and Environment.",
     [["Kenya's Ministry of Environment, Climate Change and Forestry", "Ministry of Ecology and Environment"]]),
    ("The agreement was signed in Lima by Peru's Minister of Energy, Mines and Hydrocarbons and the chairman of "
     "PowerChina.", [["Peru's Ministry of Energy, Mines and Hydrocarbons", "Power Construction Corporation of China"]]),
])
def test_a_ministers_office_of_several_portfolios_is_one_ministry(text, expected):
    got = parties(text)
    assert len(got) == 1 and sorted(got[0]) == sorted(expected[0])


def test_a_minister_and_other_parties_listed_after_commas_stay_parties():
    # "Minister of Energy, Shanghai Electric and China Datang": names of their own, not portfolios
    got = parties("The memorandum was signed by Ghana's Minister of Energy, Shanghai Electric and China Datang on "
                  "Monday.")
    assert all("Shanghai Electric" not in p or p == "Shanghai Electric" for g in got for p in g)


@pytest.mark.parametrize("text, expected", [
    # a wire's wording: two portfolios joined by "and", after the country's possessive
    ("Indonesia's Ministry of Energy and Mineral Resources and Marubeni Corporation signed a memorandum of "
     "understanding on Monday.", [["Indonesia's Ministry of Energy and Mineral Resources", "Marubeni Corporation"]]),
    # a release's wording: the country after the body's name
    ("The Ministry of Mines and Energy of Brazil signed a memorandum with Acme Renewables Ltd. on offshore wind.",
     [["Ministry of Mines and Energy of Brazil", "Acme Renewables Ltd."]]),
    ("Kenya's Ministry of Energy and Petroleum signed an agreement with Goldwind on a wind farm.",
     [["Kenya's Ministry of Energy and Petroleum", "Goldwind"]]),
])
def test_a_ministry_of_two_portfolios_joined_by_and_is_one_body(text, expected):
    got = parties(text)
    assert len(got) == 1 and sorted(got[0]) == sorted(expected[0])


@pytest.mark.parametrize("sentence, names", [
    # the word after "and" is a party's name, not a portfolio: two parties
    ("The Ministry of Energy and Shanghai Electric signed the agreement.", ["Ministry of Energy", "Shanghai Electric"]),
    ("The Ministry of Energy and Envision signed a memorandum.", ["Ministry of Energy", "Envision Group"]),
    # a portfolio word that opens a longer name ("Power China ..."): not a portfolio
    ("The Ministry of Energy and Power Grid Company of Bangladesh signed a memorandum.",
     ["Ministry of Energy", "Power Grid Company of Bangladesh"]),
])
def test_a_party_after_a_ministrys_and_stays_a_party(sentence, names):
    assert [e.name for e in find_entities(sentence)] == names
