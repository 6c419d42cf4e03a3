"""English commitments, eighth round (the seventeenth web): targets told as nouns ("limits of 70 percent below 1990
levels by 2040"), caps per person as a target's figure, zero-emission vehicle sales, "carbon negative", and "the
three states" counting a state that shares a city's name. Every sentence is written for the test; each rule is
shown on two phrasings, with a sentence it must leave alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2024, 5, 17), "en", text, datetime(2024, 5, 18))
    return sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"],
                   m.fields["reduction_pct_min"], m.fields["reduction_pct_max"], m.fields["per_capita_t"])
                  for m in extract_mentions(art) if m.record_type == "commitment")


@pytest.mark.parametrize("text,want", [
    ("Maryland will cut emissions 25 percent below 2006 levels by 2020.\n"
     "The act sets limits of 50 percent below 2006 levels by 2030 and 80 percent by 2045.",
     [("Maryland", "emissions_reduction", 2020, 2006, 25.0, 25.0, None),
      ("Maryland", "emissions_reduction", 2030, 2006, 50.0, 50.0, None),
      ("Maryland", "emissions_reduction", 2045, 2006, 80.0, 80.0, None)]),
    ("Colorado has a goal of 26 percent below 2005 levels by 2025.",
     [("Colorado", "emissions_reduction", 2025, 2005, 26.0, 26.0, None)]),
])
def test_a_target_told_as_a_noun_below_a_base_year(text, want):
    assert pledges(text) == want


def test_a_noun_target_with_no_year_is_no_pledge():
    assert pledges("Colorado has a goal of 26 percent below 2005 levels.") == []


@pytest.mark.parametrize("text,want", [
    ("Tokyo has a target of 3 tonnes of carbon dioxide per resident by 2030.", ("Tokyo", 3.0, 2030)),
    ("Oslo set a goal of 1.5 tons per capita by 2030.", ("Oslo", 1.5, 2030)),
])
def test_a_cap_per_person_as_a_targets_figure(text, want):
    got = [(a, t, y) for a, k, y, _, _, _, t in pledges(text) if k == "per_capita_limit"]
    assert got == [want]


def test_a_per_person_figure_reported_is_no_cap():
    assert pledges("Oslo emitted 1.5 tons per capita in 2020, below its target.") == []


@pytest.mark.parametrize("text,want", [
    ("Oregon aims to reach 100 percent zero-emission new vehicle sales by 2035.", ("Oregon", "other", 2035)),
    ("Quebec plans to allow only zero-emission car sales by 2035.", ("Quebec", "other", 2035)),
])
def test_zero_emission_vehicle_sales(text, want):
    assert [p[:3] for p in pledges(text)] == [want]


@pytest.mark.parametrize("text,want", [
    ("Helsinki aims to be carbon negative by 2040.", ("Helsinki", "carbon_neutrality", 2040)),
    ("Stockholm has pledged to become climate positive by 2040.", ("Stockholm", "carbon_neutrality", 2040)),
])
def test_carbon_negative_is_a_neutrality_pledge(text, want):
    assert [p[:3] for p in pledges(text)] == [want]


@pytest.mark.parametrize("text", [
    "The governors of Washington, Oregon and California met in Portland on Monday.\n"
    "The three states will cut emissions 40 percent below 1990 levels by 2030.",
    "Governors of Washington and Oregon spoke in Seattle on Friday.\n"
    "Both states will cut emissions 40 percent below 1990 levels by 2030.",
])
def test_the_states_just_named_include_washington(text):
    got = {p[0] for p in pledges(text) if p[1:4] == ("emissions_reduction", 2030, 1990)}
    assert "Washington" in got and "Oregon" in got


# --- bodies the entity reader does not know by name -------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Contoso will cut its emissions 30 percent below 2019 levels by 2030, the company said on Monday.",
     [("Contoso", "emissions_reduction", 2030)]),
    ("Northwind has pledged to reach net-zero emissions by 2040, the firm said in a statement.",
     [("Northwind", "carbon_neutrality", 2040)]),
    ("Contoso has pledged to reach net zero by 2040, the company said.\n"
     "The company will also run on 100 percent renewable power by 2025.",
     [("Contoso", "carbon_neutrality", 2040), ("Contoso", "renewable_share", 2025)]),
])
def test_a_company_the_sentence_calls_the_company(text, want):
    assert sorted({p[:3] for p in pledges(text)}) == want  # one pledge read by two patterns is one row


@pytest.mark.parametrize("text,names", [
    ("Contoso, Northwind and Fabrikam have signed the pledge, and each of the signatories commits to reach net-zero "
     "emissions by 2040.", ["Contoso", "Fabrikam", "Northwind"]),
    ("Tailspin and Wingtip joined the compact, under which each signatory commits to net zero by 2045.",
     ["Tailspin", "Wingtip"]),
])
def test_signatories_listed_as_the_subject_of_the_signing(text, names):
    assert [p[0] for p in pledges(text) if p[1] == "carbon_neutrality"] == names


@pytest.mark.parametrize("text", [
    "Officials will review whether the company can reach net zero by 2040.",
    "Denver aims to be carbon neutral by 2040.\nThe company will reach net zero by 2045.",
])
def test_no_company_without_a_name_or_for_a_place(text):
    assert all(p[0] == "Denver" and p[2] == 2040 for p in pledges(text))


# --- the seventh article's classes -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Ansteel aims to peak its emissions in 2025 and cut them by 30 percent from that peak by 2035, the company said.",
     [("Ansteel", "emissions_peak", 2025, None, None, None, None),
      ("Ansteel", "emissions_reduction", 2035, None, 30.0, 30.0, None)]),
    ("Petrolux will reduce emissions 20 percent from the peak by 2040, the company said, after peaking in 2030.",
     [("Petrolux", "emissions_peak", 2030, None, None, None, None),
      ("Petrolux", "emissions_reduction", 2040, None, 20.0, 20.0, None)]),
])
def test_a_cut_from_the_peak_is_no_second_peak(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("Contoso and Northwind have both pledged to reach net-zero emissions by 2040.", ["Contoso", "Northwind"]),
    ("Fabrikam, Tailspin and Wingtip have each committed to carbon neutrality by 2035.",
     ["Fabrikam", "Tailspin", "Wingtip"]),
])
def test_bodies_that_each_pledge(text, want):
    assert [p[0] for p in pledges(text)] == want


@pytest.mark.parametrize("text,want", [
    ("Ansteel aims to peak its emissions in 2025, the company said.\nThe steelmaker has also set a goal of carbon "
     "neutrality by 2050.", ("Ansteel", "carbon_neutrality", 2050)),
    ("Northwind will halve its emissions by 2030, the company said.\nThe utility also aims to be carbon neutral by "
     "2045.", ("Northwind", "carbon_neutrality", 2045)),
])
def test_the_steelmaker_or_the_utility_that_pledged_last(text, want):
    assert want in {p[:3] for p in pledges(text)}


def test_a_forecast_peak_and_a_proposal_are_no_pledges():
    assert pledges("Analysts expect the country's coal consumption to peak around 2025.\n"
                   "Oregon is considering a proposal to cut emissions 10 percent by 2025.") == []


@pytest.mark.parametrize("text,want", [
    ("Oregon will cut emissions in half by 2035.", ("Oregon", "emissions_reduction", 2035, None, 50.0, 50.0, None)),
    ("Denver pledged to reduce greenhouse gas emissions in half by 2030 from 2015 levels.",
     ("Denver", "emissions_reduction", 2030, 2015, 50.0, 50.0, None)),
])
def test_emissions_cut_in_half_with_no_determiner(text, want):
    assert pledges(text) == [want]


@pytest.mark.parametrize("text", [
    "Illinois lawmakers introduced a bill that would require 100 percent clean energy by 2050.",
    "Vermont is considering a proposal to cut emissions 40 percent below 2005 levels by 2030.",
    "A bill that would commit Ohio to net-zero emissions by 2050 did not pass the state House.",
])
def test_a_bill_or_proposal_not_passed_is_no_pledge(text):
    assert pledges(text) == []


def test_a_bill_signed_into_law_still_pledges():
    assert [p[:3] for p in pledges("Nevada's governor signed into law a bill that commits Nevada to net-zero "
                                   "emissions by 2050.")] == [("Nevada", "carbon_neutrality", 2050)]


@pytest.mark.parametrize("text,want", [
    ("Tianjin will keep per capita emissions held at 5 tons by 2035.", ("Tianjin", 5.0, 2035)),
    ("Chongqing's per capita emissions will be capped at 7 tonnes by 2030.", ("Chongqing", 7.0, 2030)),
])
def test_a_per_capita_cap_held_or_capped_at(text, want):
    assert [(a, t, y) for a, k, y, _, _, _, t in pledges(text) if k == "per_capita_limit"] == [want]


def test_a_per_capita_figure_that_stood_is_no_cap():
    assert pledges("Per capita emissions in Tianjin stood at 8 tonnes in 2020.") == []


@pytest.mark.parametrize("text,want", [
    ("Contoso, which is already carbon neutral in its offices, plans to make its supply chain carbon neutral by 2030, "
     "the company said.", ("Contoso", "carbon_neutrality", 2030)),
    ("Northwind, the country's biggest grocer, aims to reach net-zero emissions by 2040, the retailer said.",
     ("Northwind", "carbon_neutrality", 2040)),
])
def test_a_company_with_an_apposition_before_its_verb(text, want):
    assert [p[:3] for p in pledges(text)] == [want]
