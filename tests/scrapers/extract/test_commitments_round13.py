"""English commitments, round 13 (the gaps the thirty-sixth web's first run showed): a wire story's company named
with its legal form and ticker ("Acme, S.A.B. de C.V. (NYSE: ACX)") or after the wire's tag, then alone; a range told
"between 55% and 60%"; advice ("recommended that X cut ...") pledges nothing; a renewable share of fuel (sustainable
aviation fuel) or of own power from rooftop solar; a body named by its kind ("The bank's target is to ...", "The
corporation also set a goal of ...") and a "we" quote of a company's head named by title alone, for the company that
pledged just before. Each rule on two sentences written for the test, with what it leaves alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.issuers_en import issuer_names


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 3, 5), "en", text, datetime(2025, 3, 6))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"],
             m.fields["reduction_pct_min"], m.fields["reduction_pct_max"])
            for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text,want", [
    ("MEXICO CITY--(BUSINESS WIRE)--Grupo Tolteca, S.A.B. de C.V. (BMV: TOLTECA) said today it had a new plan.\n\n"
     "Grupo Tolteca set a goal of cutting its Scope 1 and 2 emissions 40% by 2030 from a 2021 base year.",
     [("Grupo Tolteca", "emissions_reduction", 2030, 2021, 40.0, 40.0)]),
    ("OSLO--(BUSINESS WIRE)--Nordic Harbour Lines ASA today released its climate plan.\n\n"
     "Nordic Harbour Lines will cut its emissions 35% below 2019 levels by 2030.",
     [("Nordic Harbour Lines", "emissions_reduction", 2030, 2019, 35.0, 35.0)]),
])
def test_a_wire_storys_company_is_named_by_its_legal_form_and_ticker(text, want):
    assert pledges(text) == want


def test_issuer_names_take_the_first_word_only_where_the_story_uses_it_alone():
    text = "Andes Air Group S.A. (NYSE: AAG) today published its plan. Andes is aiming for net zero by 2050."
    assert issuer_names(text, {}) == {"Andes Air Group": "Andes Air Group", "Andes": "Andes Air Group"}
    assert issuer_names("About Us: we sell cement. The Company (NYSE: TCO) reported.", {}) == {}


@pytest.mark.parametrize("text,want", [
    ("Under its new plan, Oslo will cut emissions between 55% and 60% below 1990 levels by 2030.",
     [("Oslo", "emissions_reduction", 2030, 1990, 55.0, 60.0)]),
    ("Siemens will reduce its emissions by between 40 percent and 45 percent below 2019 levels by 2030.",
     [("Siemens", "emissions_reduction", 2030, 2019, 40.0, 45.0)]),
])
def test_a_range_with_its_unit_after_each_figure(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("The Climate Commission, the state's independent adviser, recommended that Victoria cut emissions 75% by 2035.",
     []),
    ("The industry association urges its members to cut emissions 25% below 2020 levels by 2030.", []),
    ("Oslo will cut emissions 95% below 2009 levels by 2030, as recommended by its climate agency.",
     [("Oslo", "emissions_reduction", 2030, 2009, 95.0, 95.0)]),
])
def test_advice_pledges_nothing(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("The plan includes a commitment by Siemens to use sustainable aviation fuel for 5% of its fuel consumption by "
     "2030.", [("Siemens", "renewable_share", 2030, None, None, None)]),
    ("Oslo also set a goal of generating 25% of the electricity used in its schools from rooftop solar by 2028.",
     [("Oslo", "renewable_share", 2028, None, None, None)]),
    ("Solar panels generated 20% of the electricity used in Oslo's schools in 2023.", []),
])
def test_a_renewable_share_of_fuel_or_of_own_power(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("HSBC will cut the financed emissions of its power portfolio 30% by 2030 from 2020 levels. The bank's target is to "
     "reach net zero financed emissions by 2050.",
     [("HSBC", "emissions_reduction", 2030, 2020, 30.0, 30.0), ("HSBC", "carbon_neutrality", 2050, None, None, None)]),
    ("Siemens will cut its emissions 40% below 2019 levels by 2030. The group also set a goal of reaching net zero by "
     "2045.",
     [("Siemens", "emissions_reduction", 2030, 2019, 40.0, 40.0), ("Siemens", "carbon_neutrality", 2045, None, None,
                                                                    None)]),
])
def test_a_body_named_by_its_kind_is_the_one_that_pledged_before(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("Siemens set a goal of cutting its emissions 40% by 2030 from a 2019 base year. \u201cWe remain committed to "
     "becoming a net-zero company by 2045,\u201d said Chief Executive Officer Jane Roe.",
     [("Siemens", "emissions_reduction", 2030, 2019, 40.0, 40.0), ("Siemens", "carbon_neutrality", 2045, None, None,
                                                                    None)]),
    # a president may speak for a country: his "we" is not the company's
    ("Siemens set a goal of cutting its emissions 40% by 2030 from a 2019 base year. \u201cWe will reach net zero by "
     "2050,\u201d said President Jane Roe.", [("Siemens", "emissions_reduction", 2030, 2019, 40.0, 40.0)]),
])
def test_a_we_quote_of_a_company_head_named_by_title_alone(text, want):
    assert pledges(text) == want
