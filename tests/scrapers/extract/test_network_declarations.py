"""Network declarations and programmes in English (scrapers/extract/network_declarations.py): a city signing a
network's declaration signs it with the network and pledges alone; a declaration endorsed by N cities of which some are
named binds the named ones; "Signatories commit to" pledges per named signatory; a renewed commitment is a pledge; a
city joining a programme with a pledge signs its charter. Negatives: considering joining, invited to sign, a campaign
no one signed, a city that left a network."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.network_declarations import network_sentence, scoped_emissions
from story_records import records


def mentions(text: str, day: date = date(2025, 4, 10)) -> tuple[list, list]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2025, 4, 11))
    found = extract_mentions(art)
    ags = [(m.fields["agreement_type"], m.fields["parties"], m.fields["signed_on"]) for m in found
           if m.record_type == "agreement"]
    cms = sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"],
                  m.fields.get("reduction_pct_min") or m.fields.get("share_pct")) for m in found
                 if m.record_type == "commitment")
    return ags, cms


@pytest.mark.parametrize("text, party", [
    ("Lisbon on Tuesday became the 12th city to sign the Clean Air Declaration of the Eurocities Network, "
     "committing to halve emissions from its municipal vehicle fleet by 2030 compared with 2019 levels.",
     "Eurocities Network"),
    ("Gdansk on Tuesday became the 8th city to sign the Green Heating Charter of the Energy Cities Network, "
     "committing to halve the emissions of its district heating by 2030 compared with 2018.", "Energy Cities Network"),
])
def test_the_nth_signer_signs_with_the_network_and_pledges_alone(text, party):
    ags, cms = mentions(text)
    assert [a[1] for a in ags] == [[ags[0][1][0], party]] and ags[0][2] == date(2025, 4, 8)
    assert cms == [(ags[0][1][0], "emissions_reduction", 2030, 50.0)]  # the network pledges nothing


@pytest.mark.parametrize("text, parties, signed", [
    ("The Zero Waste Declaration was endorsed on Monday by 11 cities including Porto, Bologna and Ghent at the "
     "network's congress in Porto. Signatories commit to halve the emissions of municipal waste by 2030 compared with "
     "2015.", ["Porto", "Bologna", "Gent"], date(2025, 4, 7)),
    ("The Green Ports Charter was signed on Wednesday by nine cities including Rotterdam, Antwerp and Hamburg. "
     "Signatories commit to halve the emissions of port operations by 2030 compared with 2020.",
     ["Rotterdam", "Antwerp", "Hamburg"], date(2025, 4, 9)),
])
def test_an_endorsement_by_named_cities_binds_the_named_ones(text, parties, signed):
    ags, cms = mentions(text)
    assert [(a[1], a[2]) for a in ags] == [(parties, signed)]
    assert {c[0] for c in cms} == set(parties) and {c[1:] for c in cms} == {("emissions_reduction", 2030, 50.0)}


@pytest.mark.parametrize("text, expected", [
    ("Aarhus on Monday renewed its commitment to source 100 percent of its electricity from renewable energy by 2030.",
     [("Århus", "renewable_share", 2030, 100.0)]),
    ("Malmo renewed its commitment to cut its carbon emissions by 70 percent by 2030 compared with 1990 levels.",
     [("Malmö", "emissions_reduction", 2030, 70.0)]),
])
def test_a_renewed_commitment_is_a_pledge_and_no_agreement(text, expected):
    assert mentions(text) == ([], expected)


@pytest.mark.parametrize("text, city, year", [
    ("Ghent became the 20th city to join the Climate Alliance's Renewable Heat programme on 2 April, committing to "
     "cover all of its energy use with renewable energy by 2040.", "Gent", 2040),
    ("Bologna became the 9th city to join the Energy Cities Network's Solar Roofs initiative on 3 April, committing to cover "
     "all of its electricity use with renewable energy by 2035.", "Bologna", 2035),
])
def test_joining_a_programme_with_a_pledge_signs_its_charter(text, city, year):
    ags, cms = mentions(text)
    assert len(ags) == 1 and ags[0][1][0] == city and ags[0][2].month == 4
    assert cms == [(city, "renewable_share", year, 100.0)]


@pytest.mark.parametrize("text, expected", [
    ("Helsinki pledged to use only zero-emission machinery on all municipal construction sites from 2025.",
     [("Helsinki", "other", 2025, None)]),
    ("Signatories such as Lyon will procure only zero-emission construction machinery from 2027, Lyon said.",
     [("Lyon", "other", 2027, None)]),
])
def test_only_zero_emission_machinery_from_a_year(text, expected):
    assert mentions(text)[1] == expected


@pytest.mark.parametrize("text", [
    "Aarhus is considering joining the declaration later this year, a spokesperson for the city said.",
    "Leeds was invited to sign the Clean Construction Declaration and will present its plan in the autumn.",
    "A coalition of NGOs launched the Zero Emission Streets campaign on Tuesday, calling on cities to act by 2030.",
    "Bristol, which left the alliance in 2023, sent an observer.",
    "Ghent joined the Climate Alliance's Renewable Heat programme on 2 April.",  # membership, no pledge: no record
])
def test_no_signing_no_pledge(text):
    assert mentions(text) == ([], [])


def test_the_rewrites_keep_other_sentences_and_positions():
    s = "The plan was endorsed on Monday by the council including its mayor."
    assert network_sentence(s) is s
    cut = "halve embodied emissions from all new municipal buildings by 2030"
    assert len(scoped_emissions(cut)) == len(cut) and "emissions " in scoped_emissions(cut)
    assert scoped_emissions("cut emissions from 2005 levels by 2030") == "cut emissions from 2005 levels by 2030"


@pytest.mark.parametrize("text, name", [
    ("The Clean Heat Charter was endorsed on Monday by 9 cities including Porto, Bologna and Utrecht at Eurocities' "
     "congress and at the Energy Cities Network's annual forum in Porto.", "Energy Cities Network Annual Forum"),
    ("Utrecht signed the Clean Heat Charter at the Climate Alliance's annual general assembly in Bologna.",
     "Climate Alliance Annual General Assembly"),
])
def test_a_networks_annual_meeting_is_named_as_its_own(text, name):
    assert name in network_sentence(text)


def test_joined_a_body_and_committed_the_pledge_is_the_joiners():
    """"Michigan-like X joined the <alliance> and committed to ...": the joiner pledges, not the body joined. Two styles;
    a negative: a body that itself commits stays the actor."""
    def actors(text: str) -> list[str]:
        ms = extract_mentions(Article("http://127.0.0.1/a", "t", None, date(2021, 3, 1), "en", text, datetime(2026, 1, 1)))
        return sorted(m.fields["actor"] for m in ms if m.record_type == "commitment")

    assert actors("In 2019 Wisconsin joined the U.S. Climate Alliance and committed to cut emissions 26 to 28 percent "
                  "below 2005 levels by 2025.") == ["Wisconsin"]
    assert actors("Last year Oslo signed on to the C40 Cities network and pledged to cut emissions 50 percent below "
                  "1990 levels by 2030.") == ["Oslo"]
    assert actors("The U.S. Climate Alliance committed to cut emissions 50 percent below 2005 levels by 2030.") == \
        ["U.S. Climate Alliance"]


@pytest.mark.parametrize("text", [
    "Minnesota signed on to the Under2 MOU in 2015, committing to reduce emissions 80 percent by 2050.",
    "Minnesota joined the Under2 Coalition in 2015, committing to reduce emissions 80 percent by 2050.",
    "Minnesota signed on to the Global Covenant of Mayors in 2015, pledging to reduce emissions 80 percent by 2050.",
    "Minnesota signed an agreement with Sichuan in 2015, committing to reduce emissions 80 percent by 2050.",
])
def test_a_participles_pledge_is_its_subjects_not_its_objects(text):
    """"X signed on to the Under2 MOU, committing to ...": the coalition or the counterpart named in the object made
    no pledge (it was given one: a false actor)."""
    assert {r["actor"] for r in records(text, "commitment")} == {"Minnesota"}


@pytest.mark.parametrize("text", [
    "Minnesota and Sichuan signed an agreement in 2015, committing to reduce emissions 80 percent by 2050.",
    "Minnesota signed an agreement with Sichuan in 2015, committing both to reduce emissions 80 percent by 2050.",
])
def test_both_sides_pledge_where_the_sentence_says_so(text):
    assert {r["actor"] for r in records(text, "commitment")} == {"Minnesota", "Sichuan Province"}
