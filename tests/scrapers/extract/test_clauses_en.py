"""English signings read from the clause: party slots, asides, distribution, restatements over two sentences.

Every sentence here is written for the test (no page of the development webs); each rule is shown on two phrasings.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.agreements import find_agreements
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities

PAGE = DateContext(date(2024, 5, 17))  # a Friday


def agreements(sentence: str, ctx: DateContext = PAGE):
    return find_agreements(sentence, find_entities(sentence), ctx)


def parties(sentence: str, ctx: DateContext = PAGE) -> list[list[str]]:
    return [a.parties for a in agreements(sentence, ctx)]


def article(text: str, day: date = date(2024, 5, 17), title: str | None = None) -> list:
    art = Article("http://127.0.0.1/a", "test", title, day, "en", text, datetime(2024, 5, 18))
    return [m for m in extract_mentions(art) if m.record_type == "agreement"]


# --- asides name no parties --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Harbor Logistics Group, the Oslo-based shipping firm, signed an agreement with the Port of Aberdeen Authority "
    "to cut berth emissions.",
    "Harbor Logistics Group, which runs ferries out of Oslo, signed an agreement with the Port of Aberdeen Authority "
    "to cut berth emissions.",
])
def test_apposition_and_relative_clause_are_not_parties(sentence):
    assert parties(sentence) == [["Harbor Logistics Group", "Port of Aberdeen Authority"]]


def test_apposition_of_the_counterpart_names_no_party():
    s = ("The Ruhr Energy Agency signed a framework agreement with Delta Grid Holdings, the overseas arm of "
         "state-owned Rhine Power Corporation, for a solar park.")
    assert parties(s) == [["Ruhr Energy Agency", "Delta Grid Holdings"]]


def test_place_that_qualifies_a_name_is_not_a_party():
    s = "The Lyon Climate Agency signed an MOU with Hong Kong-listed Pearl Delta Energy Group on battery storage."
    assert parties(s) == [["Lyon Climate Agency", "Pearl Delta Energy Group"]]


def test_with_list_is_not_cut_inside_a_name():
    s = ("The Sahel Research Institute signed an agreement with the Center for International Water Studies and the "
         "Dakar Municipal Government to plan a pilot district.")
    assert parties(s) == [["Sahel Research Institute", "Center for International Water Studies", "Dakar"]]


# --- distribution over coordination ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Lagos State Ministry of Environment signed memoranda of understanding with the Kenya Forest Service and the "
    "Ghana Energy Commission.",
    "The Lagos State Ministry of Environment has signed agreements with the Kenya Forest Service and with the Ghana "
    "Energy Commission, deepening regional cooperation.",
])
def test_plural_instrument_with_two_counterparts_is_two_agreements(sentence):
    assert parties(sentence) == [["Lagos State Ministry of Environment", "Kenya Forest Service"],
                                 ["Lagos State Ministry of Environment", "Ghana Energy Commission"]]


@pytest.mark.parametrize("sentence", [
    "The Lagos State Ministry of Environment, the Kenya Forest Service and the Ghana Energy Commission signed an MOU "
    "on forest carbon.",
    "The Lagos State Ministry of Environment signed a memorandum with the Kenya Forest Service and the Ghana Energy "
    "Commission on forest carbon.",
])
def test_one_instrument_with_several_parties_is_one_agreement(sentence):
    assert parties(sentence) == [["Lagos State Ministry of Environment", "Kenya Forest Service",
                                  "Ghana Energy Commission"]]


# --- passive "by", role names, campuses --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A memorandum of understanding was signed on Friday by Jane Doe, chief executive of the Port of Gdansk "
    "Authority, and John Roe, president of the Baltic Shipping Institute.",
    "The cooperation agreement was co-signed on Friday by the Port of Gdansk Authority and the Baltic Shipping "
    "Institute, after two years of talks.",
])
def test_passive_by_list_gives_the_parties(sentence):
    ag, = agreements(sentence)
    assert ag.parties == ["Port of Gdansk Authority", "Baltic Shipping Institute"]
    assert ag.signed_on == date(2024, 5, 17)


@pytest.mark.parametrize("sentence, name", [
    ("Voltaris, which builds battery packs in Bergen, and BYD signed an MOU covering 40 buses.", "Voltaris"),
    ("A second MOU was signed between Transportes Norte and BYD to test articulated buses.", "Transportes Norte"),
])
def test_a_name_known_only_by_its_place_in_the_party_list(sentence, name):
    assert parties(sentence) == [[name, "BYD"]]


def test_people_in_a_party_list_are_not_organisations():
    s = "Maria Lopez, director of the Andes Water Institute, and BYD signed an MOU on electric buses."
    assert parties(s) == [["Andes Water Institute", "BYD"]]


@pytest.mark.parametrize("sentence, name", [
    ("The University of Texas, Austin, and the Hunan Energy Research Institute signed an MOU.",
     "University of Texas, Austin"),
    ("The University of California, Irvine and the Fujian Clean Air Center signed an MOU.",
     "University of California, Irvine"),
])
def test_a_campus_is_not_cut_at_its_comma(sentence, name):
    assert parties(sentence)[0][0] == name


def test_unit_of_a_university_is_the_party():
    s = "The Tianfu Design Institute signed an MOU with the Academy of Music of the University of Vienna."
    assert parties(s) == [["Tianfu Design Institute", "Academy of Music"]]


def test_a_committee_of_a_society_is_not_the_society():
    s = "The Busan Green Port Agency signed an MOU with the energy committee of the Nordic Shipping Society."
    assert parties(s) == []


# --- headlines, reports and dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Water Agency Signs Drought Pact With Regional Utility",
    "Energy Board Chair Maria Lopez Renews Solar Compact",
])
def test_headline_verbs_and_titles_end_a_name(sentence):
    names = [e.name for e in find_entities(sentence)]
    assert not any(w in n for n in names for w in ("Signs", "Renews", "Lopez"))


@pytest.mark.parametrize("sentence", [
    "The Baltic Climate Fund and Riga have inked a second memorandum of understanding, the fund said on Monday.",
    "The Baltic Climate Fund renewed its memorandum of understanding with Riga, the Riga City Council announced today.",
])
def test_the_day_a_report_was_told_is_not_the_signing_day(sentence):
    ag, = agreements(sentence)
    assert ag.signed_on is None


def test_a_trailing_participle_clause_does_not_date_the_signing():
    s = ("The Nordic Heat Agency has signed an agreement with the Jutland Provincial Department of Energy, deepening "
         "cooperation agreed during a visit in March.")
    ag, = agreements(s)
    assert ag.signed_on is None


# --- one signing over two sentences ------------------------------------------------------------------------------

def test_restatement_dates_the_agreement_just_reported():
    ags = article("The Baltic Climate Fund and Riga have inked a second memorandum of understanding, the fund said on "
                  "Monday.\nThe memorandum was co-signed on Thursday by Anna Berg, president of the fund, and the "
                  "mayor of Riga.", date(2024, 5, 20))
    assert len(ags) == 1
    assert ags[0].fields["signed_on"] == date(2024, 5, 16)


def test_the_original_instrument_is_another_agreement():
    ags = article("The Baltic Climate Fund renewed its memorandum of understanding with Riga earlier this month.\n"
                  "The original MOU between the Baltic Climate Fund and Riga was signed in April 2019.")
    assert sorted(str(a.fields["signed_on"]) for a in ags) == ["2019-04-01", "2024-05-01"]


@pytest.mark.parametrize("second", [
    "The MoU was signed by Jan Kowal, chief executive of the Gdynia Maritime Authority, and Li Na, director general "
    "of the commission.",
    "The memorandum was signed by the Gdynia Maritime Authority and the commission, which oversees the port.",
])
def test_one_signing_told_over_two_sentences(second):
    ags = article("Poland has opened a green corridor after its maritime regulator inked a memorandum of understanding "
                  f"with the Qingdao Municipal Transport Commission on Wednesday.\n{second}")
    assert [a.fields["parties"] for a in ags] == [["Qingdao Municipal Transport Commission",
                                                   "Gdynia Maritime Authority"]]
    assert ags[0].fields["signed_on"] == date(2024, 5, 15)


def test_the_document_is_the_instrument_just_named():
    ags = article("The Port of Kiel and three partners have sealed a memorandum of cooperation on shore power.\n"
                  "Representatives of the Port of Kiel, Nordic Ferry Group and the Baltic Ports Organization signed "
                  "the document in Kiel on Sunday.", date(2024, 5, 20))
    assert len(ags) == 1
    f = ags[0].fields
    assert f["agreement_type"] == "mou"
    assert f["parties"] == ["Port of Kiel", "Nordic Ferry Group", "Baltic Ports Organization"]
    assert f["signed_on"] == date(2024, 5, 19)


def test_a_wire_dateline_is_no_party():
    ags = article("OSLO, May 15 (Nordwire) - The Oslo Port Authority signed an MOU with the Rotterdam Shipping "
                  "Institute on Wednesday.", date(2024, 5, 15))
    assert [a.fields["parties"] for a in ags] == [["Oslo Port Authority", "Rotterdam Shipping Institute"]]


def test_a_headline_that_shortens_a_body_agreement_is_that_agreement():
    text = ("Heat Agency Signs Clean Energy Pact with Jutland Department\n"
            "The Nordic Heat Agency signed a clean energy agreement with the Jutland Provincial Department of Energy "
            "on Tuesday.")
    ags = article(text, title="Heat Agency Signs Clean Energy Pact with Jutland Department")
    assert [a.fields["parties"] for a in ags] == [["Nordic Heat Agency", "Jutland Provincial Department of Energy"]]


@pytest.mark.parametrize("sentence", [
    "Maroon, a St. Louis native, made his first trip back since signing a one-year contract with the Lightning.",
    "The striker, a Lagos native, signed a three-year contract with Harbour City FC on Monday.",
])
def test_an_employment_contract_is_no_agreement(sentence):
    assert agreements(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The engineering, procurement and construction (EPC) contract was signed by Delta Grid Holdings and Voltaris.",
    "Delta Grid Holdings signed a supply contract with the Ruhr Energy Agency on Friday.",
])
def test_an_engineering_or_supply_contract_is_an_agreement(sentence):
    ag, = agreements(sentence)
    assert ag.agreement_type == "agreement" and len(ag.parties) == 2


def test_port_and_port_group_split_at_their_and():
    s = "The Port of Gdansk and Qingdao Harbour Group signed a green shipping corridor partnership on Friday."
    assert parties(s) == [["Port of Gdansk", "Qingdao Harbour Group"]]


@pytest.mark.parametrize("note", [
    "Editor's note: This release was issued by the Port of Kiel on May 8, 2024 and is republished here as part of "
    "our Policy Wire service.",
    "Editor's note: This report was distributed by Nordwire on May 8, 2024 and is republished under our "
    "content-sharing arrangement.",
])
def test_a_republished_copy_counts_its_days_from_the_first_release(note):
    ags = article("The Port of Kiel and the Nordic Ferry Group on Saturday entered into a memorandum of "
                  f"understanding on shore power.\n{note}", date(2024, 5, 16))
    assert [a.fields["signed_on"] for a in ags] == [date(2024, 5, 4)]


@pytest.mark.parametrize("sentence, absent", [
    ("The Port of Tacoma and the Vancouver Fraser Port Authority in British Columbia signed an MOU.", "Columbia"),
    ("The Tianjin Automotive Center and the China Center for Energy at UC Davis signed an MOU.", "Davis"),
])
def test_a_place_inside_a_longer_unknown_name_is_not_that_place(sentence, absent):
    assert absent not in [e.name for e in find_entities(sentence)]


@pytest.mark.parametrize("sentence", [
    "In May the Port of Gdansk signed a memorandum with Nordic Ferry Group and the Qingdao representative office.",
    "The Port of Gdansk signed a memorandum with Nordic Ferry Group and the Qingdao city port company.",
])
def test_a_city_naming_an_office_is_not_the_party(sentence):
    assert parties(sentence) == [["Port of Gdansk", "Nordic Ferry Group"]]


@pytest.mark.parametrize("text", [
    "The three ports on Tuesday renewed the Baltic Clean Air Pact.\nThe pact is a joint undertaking of the "
    "Port of Gdansk, the Port of Gdynia, the Baltic Ports Alliance, which is the cargo partnership the two ports "
    "formed in 2015, and the Port of Klaipeda in Lithuania.",
    "The three ports on Tuesday renewed the Baltic Clean Air Pact.\nThe pact is a joint initiative of the "
    "Port of Gdansk, the Port of Gdynia, the Baltic Ports Alliance and the Port of Klaipeda.",
])
def test_a_joint_undertaking_names_the_parties_and_a_relative_clause_signs_nothing(text):
    assert [a.fields["parties"] for a in article(text)] == [
        ["Port of Gdansk", "Port of Gdynia", "Baltic Ports Alliance", "Port of Klaipeda"]]


def test_an_abbreviated_title_is_no_party():
    """"by Lt. Governor X on behalf of California": "Lt" was read as a one-word body (a made-up party)."""
    from story_records import records

    recs = records("The agreement was inked in Sacramento on March 3, 2025 by Lt. Governor Eleni Kounalakis on behalf "
                   "of California and Vice Governor Lu Shan of Zhejiang Province.", "agreement")
    assert [sorted(r["parties"]) for r in recs] == [["California", "Zhejiang Province"]]


def test_signatures_put_on_an_instrument_sign_it():
    """"put their signatures on a letter of intent" signs as "put their signatures to" does."""
    from story_records import records

    recs = records("Colorado Governor Jared Polis and Chongqing Mayor Hu Henghua put their signatures on a letter of "
                   "intent on clean transportation in Denver on July 8, 2025.", "agreement")
    assert [(sorted(r["parties"]), r["city"]) for r in recs] == [(["Chongqing", "Colorado"], "Denver")]
