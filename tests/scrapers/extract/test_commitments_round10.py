"""English commitments, tenth round (the twenty-eighth web: targets as held-out pages list and quote them): targets
in bullet and table-like lists under an opening that says they are targets, coal exits and ends to fossil-fuelled car
sales, a date "brought forward from 2050 to 2045" (the new one), "raised its target to", "between X and Y percent",
"at least" (no ceiling), a sector's methane cut with no base year, a company's "we" pledge in a quote, and a target told
as replaced (no pledge). Every sentence is written for the test; each rule is shown on two phrasings, with what it
must leave alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2024, 5, 17), "en", text, datetime(2024, 5, 18))
    return sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"],
                   m.fields["reduction_pct_min"], m.fields["reduction_pct_max"])
                  for m in extract_mentions(art) if m.record_type == "commitment")


def test_targets_in_a_bullet_list_under_an_opening_are_read_as_pledges():
    text = ("Ministers met in Lisbon on Tuesday to review climate plans.\n"
            "The ministers set out the following national targets:\n"
            "Portugal: 55% below 2005 levels by 2030\n"
            "Uruguay — 30 to 35 per cent below 2010 levels by 2035\n"
            "Norway: net zero emissions no later than 2050\n"
            "Peru: a new plan to be presented next year")
    assert pledges(text) == [("Norway", "carbon_neutrality", 2050, None, None, None),
                             ("Portugal", "emissions_reduction", 2030, 2005, 55.0, 55.0),
                             ("Uruguay", "emissions_reduction", 2035, 2010, 30.0, 35.0)]


def test_table_like_lines_and_verb_items_under_an_opening_are_read_as_pledges():
    text = ("Energy pledges announced at the meeting, at a glance:\n"
            "Ecuador | 100% renewable electricity | 2035\n"
            "Greece | carbon neutral | 2050\n"
            "Further commitments made during the day:\n"
            "Romania — phase out coal-fired power no later than 2032")
    assert pledges(text) == [("Ecuador", "renewable_share", 2035, None, None, None),
                             ("Greece", "carbon_neutrality", 2050, None, None, None),
                             ("Romania", "other", 2032, None, None, None)]


def test_a_list_with_no_opening_that_names_targets_is_no_pledge():
    text = ("Emissions in 2023 by country:\n"
            "Portugal: 20% below 2005 levels by 2022\n"
            "Results of the review:\n"
            "Greece: 25% below 2005 levels by 2022")
    assert pledges(text) == []


@pytest.mark.parametrize("text,want", [
    ("Romania will phase out coal-fired power no later than 2032, its energy minister said.",
     ("Romania", "other", 2032)),
    ("Greece pledged to close its last coal power plant by 2028.", ("Greece", "other", 2028)),
    ("Portugal brought forward its coal exit date from 2030 to 2021.", ("Portugal", "other", 2021)),
    ("Ireland pledged that 100% of new cars sold will be zero-emission by 2035.", ("Ireland", "other", 2035)),
    ("Norway plans a ban on new petrol and diesel car sales from 2025.", ("Norway", "other", 2025)),
])
def test_coal_exits_and_ends_to_fossil_car_sales_are_other_pledges(text, want):
    assert [p[:3] for p in pledges(text)] == [want]


@pytest.mark.parametrize("text", [
    "Zambia plans to close its last coal mine by 2040.",
    "Members have closed more than 40 coal units since 2017.",
    "Ministers urged the G7 to end international finance for coal power this year.",
])
def test_a_mine_a_result_or_a_date_with_no_year_is_no_coal_exit(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,want", [
    ("Vermont brought forward its carbon neutrality date from 2050 to 2040, the governor said.",
     ("Vermont", "carbon_neutrality", 2040, None, None, None)),
    ("Quebec raised its target to 45 per cent below 1990 levels by 2030, the premier said.",
     ("Quebec", "emissions_reduction", 2030, 1990, 45.0, 45.0)),
    ("Ontario has raised its goal to 50 percent below 2005 levels by 2030.",
     ("Ontario", "emissions_reduction", 2030, 2005, 50.0, 50.0)),
])
def test_a_date_brought_forward_or_a_target_raised_is_the_new_one(text, want):
    assert pledges(text) == [want]


@pytest.mark.parametrize("text,want", [
    ("Vietnam said it would cut emissions by between 15 and 25 percent below business as usual by 2030.",
     ("Vietnam", "emissions_reduction", 2030, None, 15.0, 25.0)),
    ("Colombia pledged to reduce its emissions between 40 and 51 per cent below 2015 levels by 2030.",
     ("Colombia", "emissions_reduction", 2030, 2015, 40.0, 51.0)),
    ("Sweden pledged to cut its emissions at least 63 percent below 1990 levels by 2030.",
     ("Sweden", "emissions_reduction", 2030, 1990, 63.0, None)),
    ("Finland committed to reduce emissions by at least 60 per cent from 1990 levels by 2030.",
     ("Finland", "emissions_reduction", 2030, 1990, 60.0, None)),
])
def test_a_range_between_two_figures_and_a_floor_at_least(text, want):
    assert pledges(text) == [want]


@pytest.mark.parametrize("text,want", [
    ("Angola committed to cut methane emissions from its oil and gas sector by 50 percent by 2030.",
     ("Angola", "emissions_reduction", 2030, None, 50.0, 50.0)),
    ("Algeria pledged to reduce methane emissions across its operations by 30 percent by 2030.",
     ("Algeria", "emissions_reduction", 2030, None, 30.0, 30.0)),
])
def test_a_sectors_methane_cut_has_no_base_year(text, want):
    assert pledges(text) == [want]


@pytest.mark.parametrize("text", [
    "Maryland's earlier goal of 100 percent clean electricity by 2035 was replaced last year by a new law.",
    "Oregon's previous target of a 45 percent cut below 1990 levels by 2035 has been superseded.",
])
def test_a_target_told_as_replaced_is_no_pledge(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,want", [
    ("“We will be carbon neutral by 2035,” said Jane Roe, chief executive of the shipping group Nordwave Lines.",
     ("Nordwave Lines", "carbon_neutrality", 2035)),
    ("\"We will reach net zero emissions by 2045,\" said Tallis Energy chairman John Doe.",
     ("Tallis Energy", "carbon_neutrality", 2045)),
])
def test_a_companys_we_pledge_in_a_quote_is_the_companys(text, want):
    assert [p[:3] for p in pledges(text)] == [want]


@pytest.mark.parametrize("text", [
    "“We will be carbon neutral by 2035,” said Mayor Jane Roe of Springfield.",
    "“They will be carbon neutral by 2035,” said Jane Roe, chief executive of Nordwave Lines.",
    "“We will cut emissions 50 percent by 2030,” said Jane Roe, president of the Nordwave Lines and Harbours Association.",
])
def test_a_quote_of_no_company_head_or_of_others_gives_no_company(text):
    assert all(not p[0].startswith("Nordwave") for p in pledges(text))
