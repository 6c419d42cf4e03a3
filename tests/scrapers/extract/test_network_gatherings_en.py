"""City networks' news (issue 17, the ninety-second web), texts of our own with sentences to leave alone:
* a network's annual gathering called by its kind (scrapers/extract/network_gatherings_en.py): "the network's annual
  conference" is the ONE network the story names, "Eurocities' annual conference" its own;
* "adhered to" an accord or a charter is a signing (agreement_words.EN_SIGN), not "adhered to the principles of";
* "N Eurocities members, including A and B, pledged ..." pledges for A and B, not the network (coalition_pledges)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.network_gatherings_en import network_gathering, story_network


def read(text: str, day: date) -> list:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.",
                  datetime(day.year, day.month, day.day))
    return extract_mentions(art)


def of(found: list, kind: str) -> list[dict]:
    return [m.fields for m in found if m.record_type == kind]


@pytest.mark.parametrize("text, day, name, city", [
    ("The mayors of Lisbon, Porto and Braga on Friday signed the Blue Streets Charter, an Energy Cities text, at the "
     "network's annual conference in Braga.", date(2024, 9, 28), "Energy Cities Annual Conference", "Braga"),
    ("Tallinn and Riga signed the Baltic Heat Declaration on Monday at Eurocities' annual conference in Tallinn.",
     date(2023, 6, 14), "Eurocities Annual Conference", "Tallinn"),
])
def test_a_networks_annual_gathering_called_by_its_kind(text, day, name, city):
    found = read(text, day)
    events = of(found, "event")
    assert [(e["name"], e["city"]) for e in events] == [(name, city)]
    assert of(found, "agreement")


def test_the_network_is_not_guessed():
    two = "Eurocities and the Climate Alliance met. The mayors spoke at the network's annual conference in Braga."
    assert story_network(two) is None
    assert network_gathering("They spoke at the network's annual conference in Braga.", None) == \
        "They spoke at the network's annual conference in Braga."
    assert story_network("A text of Eurocities, the network of 200 cities.") == "Eurocities"


@pytest.mark.parametrize("text, day, cities", [
    ("Bologna, Leuven and Tallinn adhered to the Green Roofs Accord on Tuesday at a ceremony in Brussels.",
     date(2024, 3, 7), {"Bologna", "Leuven", "Tallinn"}),
    ("Uppsala and Ljubljana have adhered to the Clean Air Charter of the Climate Alliance.", date(2024, 3, 7),
     {"Uppsala", "Ljubljana"}),
])
def test_adhered_to_an_instrument_is_a_signing(text, day, cities):
    ags = of(read(text, day), "agreement")
    assert ags and cities <= set(ags[0]["parties"])


@pytest.mark.parametrize("text", [
    "Bologna and Leuven adhered to the principles of the Paris Agreement in their climate plans.",
    "Tallinn and Riga adhere to strict standards for their district heating networks.",
])
def test_adhering_to_principles_is_no_signing(text):
    assert not of(read(text, date(2024, 3, 7)), "agreement")


@pytest.mark.parametrize("text, members, body", [
    ("Fourteen Eurocities members, including Bologna, Leuven and Tallinn, pledged on Monday to cut their emissions "
     "by 55 percent by 2030 compared with 1990 levels.", {"Bologna", "Leuven", "Tallinn"}, "Eurocities"),
    ("Several Climate Alliance member cities, among them Uppsala and Ljubljana, committed to cut their emissions by "
     "70 percent by 2035 from 1990 levels.", {"Uppsala", "Ljubljana"}, "Climate Alliance"),
])
def test_a_networks_named_members_pledge_not_the_network(text, members, body):
    actors = {c["actor"] for c in of(read(text, date(2024, 11, 6)), "commitment")}
    assert members <= actors and body not in actors
