"""English pledge grammar first met on the tenth test web (tests/tenthweb.py), each rule shown on two sentences
written for this test: a cap per person in kilograms (thousands written with commas), a halving whose base year
follows its target year, and a fiscal year written "FY2030". Negatives: a per-capita figure reported for a past year.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, date(2021, 6, 15), "en", text + "\n\nMore text.",
                  datetime(2024, 5, 18))
    out = []
    for m in extract_mentions(art):
        if m.record_type == "commitment":
            f = m.fields
            out.append((f["actor"], f["commitment_type"], f["target_year"], f.get("base_year"),
                        f.get("reduction_pct_min"), f.get("per_capita_t"), f.get("share_pct")))
    return out


@pytest.mark.parametrize("text,expected", [
    ("Hong Kong will reduce per-capita carbon emissions to 3,300 kg by 2030.",
     ("Hong Kong", "per_capita_limit", 2030, None, None, 3.3, None)),
    ("Denver aims to keep emissions below 2,500 kilograms per resident by 2040.",
     ("Denver", "per_capita_limit", 2040, None, None, 2.5, None)),
    ("Shenzhen will cut per capita emissions to less than 1,500 kg of CO2 by 2035.",
     ("Shenzhen", "per_capita_limit", 2035, None, None, 1.5, None)),
])
def test_cap_per_person_in_kilograms(text, expected):
    assert pledges(text) == [expected]


@pytest.mark.parametrize("text", [
    "Oslo's emissions were 3,100 kg per capita in 2020.",
    "Per capita emissions in Wuhan fell to 6,500 kg in 2019.",
])
def test_per_capita_figure_of_a_past_year_pledges_nothing(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Boston committed to cut its emissions in half by 2030 from 2005 levels.",
     ("Boston", "emissions_reduction", 2030, 2005, 50.0, None, None)),
    ("Seattle pledged to halve its greenhouse gas emissions by 2030 compared with 2008 levels.",
     ("Seattle", "emissions_reduction", 2030, 2008, 50.0, None, None)),
])
def test_halving_with_its_base_after_the_target_year(text, expected):
    assert pledges(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Hunan Province committed to run its government offices on 100 percent renewable electricity by FY2030.",
     ("Hunan Province", "renewable_share", 2030, None, None, None, 100.0)),
    ("Tokyo aims to cut emissions 50 percent from FY2000 levels by FY 2030.",
     ("Tokyo", "emissions_reduction", 2030, 2000, 50.0, None, None)),
])
def test_fiscal_year_written_fy(text, expected):
    assert pledges(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Lens Technology committed to run its plants on 100 percent renewable electricity by 2030.",
     ("Lens Technology", "renewable_share", 2030, None, None, None, 100.0)),
    ("Goldwind Science & Technology pledged to reach carbon neutrality by 2030.",
     ("Goldwind Science & Technology", "carbon_neutrality", 2030, None, None, None, None)),
])
def test_company_named_technology(text, expected):
    assert pledges(text) == [expected]


def test_field_of_technology_is_no_company():
    assert pledges("Carbon Capture Technology is expected to cut emissions 20 percent below 2005 levels by 2030.") == []


def test_a_places_field_of_technology_stays_inside_its_center():
    art = Article("http://127.0.0.1/a", "test", None, date(2021, 6, 15), "en",
                  "Lens Technology and the Tianjin Automotive Technology and Testing Center signed a memorandum "
                  "of understanding on battery recycling on Monday.\n\nMore text.", datetime(2024, 5, 18))
    got = [sorted(m.fields["parties"]) for m in extract_mentions(art) if m.record_type == "agreement"]
    assert got == [["Lens Technology", "Tianjin Automotive Technology and Testing Center"]]


@pytest.mark.parametrize("text,expected", [
    ("Stockholm pledged to cut emissions by two-thirds by 2030 compared with 1990 levels.",
     ("Stockholm", "emissions_reduction", 2030, 1990, 66.67, None, None)),
    ("Oslo will reduce its emissions by one third from 2009 levels by the end of 2030.",
     ("Oslo", "emissions_reduction", 2030, 2009, 33.33, None, None)),
    ("Copenhagen committed to cut emissions by more than half by 2030 from 2005 levels.",
     ("Copenhagen", "emissions_reduction", 2030, 2005, 50.0, None, None)),
    ("Denver pledged to cut its emissions by half by 2030 from 2005 levels.",
     ("Denver", "emissions_reduction", 2030, 2005, 50.0, None, None)),
])
def test_cut_by_a_fraction_in_words(text, expected):
    assert pledges(text) == [expected]


@pytest.mark.parametrize("text", [
    "Wuhan's carbon intensity fell by one third between 2010 and 2020.",
    "In 2022, more than one third of the new cars sold in Guangdong were new energy vehicles.",
    "China will reduce carbon emissions per unit of GDP by one third by 2030.",
])
def test_a_fraction_that_is_no_cut_of_emissions(text):
    assert pledges(text) == []
