"""English pledges by several actors and in less common clauses; signatory lists, sessions and people who sign for a
body. Every sentence is written for the test; each rule is shown on two phrasings."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from story_records import records


def read(text: str, day: date = date(2024, 5, 17)):
    art = Article("http://127.0.0.1/p", "test", None, day, "en", text, datetime(2024, 5, 18))
    return extract_mentions(art)


def pledges(text: str, day: date = date(2024, 5, 17)) -> list[tuple]:
    return sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"],
                   m.fields["reduction_pct_min"], m.fields["reduction_pct_max"], m.fields["share_pct"])
                  for m in read(text, day) if m.record_type == "commitment")


def signings(text: str, day: date = date(2024, 5, 17)) -> list[dict]:
    return [m.fields for m in read(text, day) if m.record_type == "agreement"]


# --- several actors at once ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "Meeting jointly, the two boards committed their ports to cutting emissions 40 percent below 1990 levels by 2030 "
    "and 80 percent below 1990 levels by 2050.",
    "Both boards said their ports will reduce emissions 40 percent below 1990 levels by 2030 and 80 percent below "
    "1990 levels by 2050.",
])
def test_their_ports_are_the_ports_just_named_and_each_target_counts(second):
    text = ("The commissions of the Port of Gdansk and the Port of Gdynia on Thursday adopted a joint clean air plan.\n"
            + second)
    got = pledges(text)
    for port in ("Port of Gdansk", "Port of Gdynia"):
        assert (port, "emissions_reduction", 2030, 1990, 40.0, 40.0, None) in got
        assert (port, "emissions_reduction", 2050, 1990, 80.0, 80.0, None) in got
    assert len(got) == 4


@pytest.mark.parametrize("lead, listing", [
    ("The mayors of six northern cities signed the Baltic Clean Buses Declaration in Riga on Monday.",
     "The signatories are Riga, Tallinn, Vilnius, Helsinki, Stockholm and Oslo."),
    ("City leaders from across the region signed the Baltic Clean Buses Declaration on Monday.",
     "Among the first to sign were Mayor Anna Berg of Riga; Jaan Tamm, the Mayor of Tallinn; Helsinki Mayor Juha "
     "Lehto; and Vilnius, Stockholm and Oslo."),
])
def test_signatory_list_gives_the_parties_and_signatories_pledge_each(lead, listing):
    text = f"{lead}\n{listing}\nSignatories commit to buy only zero-emission buses from 2026."
    ag, = signings(text, date(2024, 5, 21))
    assert sorted(ag["parties"]) == sorted(["Riga", "Tallinn", "Vilnius", "Helsinki", "Stockholm", "Oslo"])
    assert ag["signed_on"] == date(2024, 5, 20)
    got = pledges(text, date(2024, 5, 21))
    assert len(got) == 6 and {g[1:3] for g in got} == {("other", 2026)}


# --- less common clauses -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The city has also pledged that its public buildings will run on 100 percent renewable electricity by 2030.",
    "Oslo has also promised that municipal buildings will be powered on 100 percent clean electricity by 2030.",
])
def test_renewable_power_for_a_sector(sentence):
    text = "Oslo set a target to cut emissions 50 percent below 2010 levels by 2030.\n" + sentence
    assert ("Oslo", "renewable_share", 2030, None, None, None, 100.0) in pledges(text)


@pytest.mark.parametrize("sentence, base", [
    ("The Port of Gdynia has said its plan will aim to cut its 2008-baseline emissions in half by 2035.", 2008),
    ("The Port of Gdynia aims to halve its emissions from 2008 levels by 2035.", 2008),
])
def test_halving_against_a_baseline(sentence, base):
    assert pledges(sentence) == [("Port of Gdynia", "emissions_reduction", 2035, base, 50.0, 50.0, None)]


@pytest.mark.parametrize("sentence", [
    "The Port of Gdynia committed to phasing out port-related greenhouse gas emissions by 2045.",
    "The Port of Gdynia pledged to phase out all terminal emissions by 2045.",
])
def test_phase_out_by_a_year_is_a_zero_target(sentence):
    assert pledges(sentence) == [("Port of Gdynia", "carbon_neutrality", 2045, None, None, None, None)]


@pytest.mark.parametrize("second", [
    "SB 77, by Senator Maria de la Cruz, requires utilities to source 40 percent of their electricity from eligible "
    "renewable resources by 2027 and 55 percent by 2032.",
    "The bill also requires utilities to source 40 percent of their electricity from renewable resources by 2027 and "
    "55 percent by 2032.",
])
def test_a_laws_targets_belong_to_the_state_that_pledged_last(second):
    text = "Oregon set a goal of carbon neutrality by 2045.\n" + second
    got = pledges(text)
    assert ("Oregon", "renewable_share", 2027, None, None, None, 40.0) in got
    assert ("Oregon", "renewable_share", 2032, None, None, None, 55.0) in got
    assert not any(g[0] in {"Cruz", "de la Cruz"} for g in got)


# --- sessions and people who sign for a body -----------------------------------------------------------------------

def test_a_session_dates_the_instruments_told_after_it_but_not_one_recalled():
    text = ("RIGA, May 16 (Nordwire) - The Riga Freeport Authority signed three green shipping deals on Wednesday.\n"
            "Riga Freeport Authority chairman Juris Ozols signed a framework agreement with Nordic Ferry Group.\n"
            "The Riga Freeport Authority also signed memorandums then with the Baltic Shipping Institute.")
    ags = signings(text)
    dated = {tuple(a["parties"]): a["signed_on"] for a in ags}
    assert dated[("Riga Freeport Authority", "Nordic Ferry Group")] == date(2024, 5, 15)
    assert dated[("Riga Freeport Authority", "Baltic Shipping Institute")] is None


@pytest.mark.parametrize("second", [
    "A memorandum of understanding was also signed by Juris Ozols and Anna Berg, chief executive of the Baltic "
    "Shipping Institute.",
    "A memorandum of understanding was also signed by Ozols and Anna Berg, chief executive of the Baltic Shipping "
    "Institute.",
])
def test_a_person_the_text_says_leads_a_body_signs_for_it(second):
    text = ("Riga Freeport Authority chairman Juris Ozols met partners in Oslo on Wednesday.\n" + second)
    ags = signings(text)
    assert [sorted(a["parties"]) for a in ags] == [["Baltic Shipping Institute", "Riga Freeport Authority"]]


@pytest.mark.parametrize("sentence", [
    "The forum also launched a Baltic Green Ports Alliance of 12 ports and institutes, among them the Port of "
    "Klaipeda, the Baltic Shipping Institute and the Nordic Maritime Museum.",
    "Delegates formed a Baltic Green Ports Alliance including the Port of Klaipeda, the Baltic Shipping Institute "
    "and the Nordic Maritime Museum.",
])
def test_an_alliances_named_members_are_its_parties(sentence):
    ag, = signings(sentence)
    assert ag["agreement_type"] == "partnership"
    assert ag["parties"] == ["Port of Klaipeda", "Baltic Shipping Institute", "Nordic Maritime Museum"]


@pytest.mark.parametrize("sentence, body", [
    ("At the same ceremony Energy Nordic signed an agreement with Latvia's energy ministry on offshore wind.",
     "Latvia's energy ministry"),
    ("At the same ceremony Energy Nordic signed an agreement with the Baltic Mayors' Forum on offshore wind.",
     "Baltic Mayors' Forum"),
])
def test_bodies_named_by_role_and_the_same_ceremony(sentence, body):
    text = "The Riga Freeport Authority signed an MOU with Nordic Ferry Group in Riga on Wednesday.\n" + sentence
    ags = signings(text)
    assert ags[1]["parties"] == ["Energy Nordic", body]
    assert (ags[1]["signed_on"], ags[1]["city"]) == (date(2024, 5, 15), "Riga")


# --- a carbon footprint cut in half; an acronym after a fronted phrase (the 86th web's classes, texts of our own) --
@pytest.mark.parametrize("text,want", [
    ("Tulane University has pledged to cut its carbon footprint in half by 2030 compared with 2008 levels.",
     [("Tulane University", "emissions_reduction", 2030, 2008, 50.0)]),
    ("In its 2021 integrated resource plan, filed with the commission, PNM said it would cut its carbon emissions 80% "
     "by 2032 compared with 2005 levels.", [("PNM", "emissions_reduction", 2032, 2005, 80.0)]),
    ("Under the settlement, TVA will cut its carbon emissions 70% below 2005 levels by 2030.",
     [("TVA", "emissions_reduction", 2030, 2005, 70.0)]),
])
def test_footprint_halving_and_fronted_acronym(text, want):
    got = [(r["actor"], r["commitment_type"], r["target_year"], r["base_year"], r["reduction_pct_min"])
           for r in records(text, "commitment")]
    assert got == want


@pytest.mark.parametrize("text", [
    "Tulane University's carbon footprint fell by half from 2008 to 2020.",
    "In its 2021 integrated resource plan, PNM said emissions fell 40% from 2005 levels.",
])
def test_a_result_is_no_pledge(text):
    assert records(text, "commitment") == []


# --- a halving's base year after a comma, or named as a baseline (probed, texts of our own) ------------------------
@pytest.mark.parametrize("text,want", [
    ("Mayor Ada Quinn announced Monday that Pittsburgh will cut municipal greenhouse gas emissions in half by 2030, "
     "compared to 2003 levels.", [("Pittsburgh", "emissions_reduction", 2030, 2003, 50.0)]),
    ("Boston aims to cut its emissions by half by 2030 against a 2005 baseline.",
     [("Boston", "emissions_reduction", 2030, 2005, 50.0)]),
    ("Denver will halve its carbon emissions by 2035, relative to 2015 levels.",
     [("Denver", "emissions_reduction", 2035, 2015, 50.0)]),
    ("Boston aims to cut its emissions in half by 2030.", [("Boston", "emissions_reduction", 2030, None, 50.0)]),
])
def test_halving_base_after_a_comma_or_as_baseline(text, want):
    got = [(r["actor"], r["commitment_type"], r["target_year"], r["base_year"], r["reduction_pct_min"])
           for r in records(text, "commitment")]
    assert got == want


# --- "Each city will ...": every actor of that kind the story just named (probed, texts of our own) -----------------
@pytest.mark.parametrize("text,want", [
    ("Tacoma and Kunming signed a climate memorandum in Kunming on May 5, 2024. Each city will reach carbon neutrality "
     "by 2050.", [("Kunming", "carbon_neutrality", 2050, None, None, None, None),
                  ("Tacoma", "carbon_neutrality", 2050, None, None, None, None)]),
    ("Oregon and Fujian signed a memorandum on May 5, 2024. Each state pledged to cut emissions 40 percent below 2010 "
     "levels by 2035.", []),  # Fujian is a province: no two states were named
    ("Hubei and Hunan signed a memorandum on May 5, 2024. Each province pledged to cut emissions 20 percent below 2020 "
     "levels by 2030.", [("Hubei Province", "emissions_reduction", 2030, 2020, 20.0, 20.0, None),
                         ("Hunan Province", "emissions_reduction", 2030, 2020, 20.0, 20.0, None)]),
])
def test_each_of_a_kind_pledges_for_every_one_named(text, want):
    assert pledges(text) == want
