"""A network's or coalition's own general assembly is a gathering where its members sign and pledge; a legislature's
general assembly, or the UN's, is no event of the tracker's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.topic import not_an_event


def events(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, date(2019, 12, 12), "en", text + "\n\nMore text.",
                  datetime(2024, 5, 18))
    return [(m.fields["name"], m.fields["start_on"], m.fields["city"])
            for m in extract_mentions(art) if m.record_type == "event"]


@pytest.mark.parametrize("text, expected", [
    ("At the Under2 Coalition General Assembly in Madrid on 10 December, Hubei Province put its signature to the "
     "Under2 MOU.", [("Under2 Coalition General Assembly", date(2019, 12, 10), "Madrid")]),
    ("The Global Energy Alliance General Assembly was held in Bonn on 10 December, where Sichuan and Bavaria signed "
     "a memorandum of understanding on hydrogen.", [("Global Energy Alliance General Assembly", date(2019, 12, 10),
                                                      "Bonn")]),
])
def test_a_networks_general_assembly_where_they_signed_is_an_event(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("name", ["Virginia General Assembly", "UN General Assembly",
                                  "United Nations General Assembly", "General Assembly"])
def test_a_legislatures_or_the_uns_assembly_is_none(name):
    assert not_an_event(name)


def test_a_state_assembly_where_a_bill_passed_gives_no_event():
    assert events("The Virginia General Assembly met in Richmond on 10 December and passed a bill that commits "
                  "Virginia to net zero emissions by 2045.") == []


def agreements(text: str, day: date) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2024, 5, 18))
    return [(m.fields["parties"], m.fields["signed_on"]) for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text, expected", [
    ("Ministers met in Lima on Tuesday 4 June for the Andean Energy Forum. On the sidelines, Peru and the World Bank "
     "signed a memorandum of understanding on solar power.", [(["Peru", "World Bank"], date(2019, 6, 4))]),
    ("The Pacific Climate Summit opened in Suva on Monday 3 June. In the margins, Fiji and New Zealand signed an "
     "agreement on climate finance.", [(["Fiji", "New Zealand"], date(2019, 6, 3))]),
])
def test_a_bare_sidelines_signing_takes_the_gatherings_day(text, expected):
    assert agreements(text, date(2019, 6, 6)) == expected
