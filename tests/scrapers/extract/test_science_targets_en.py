"""Targets in science-based-target phrasing: a figure per MWh, the figure as a share of the emissions, a cut "within
the same timeframe", a 24/7 carbon-free power goal (scrapers/extract/science_targets_en.py). Texts are our own."""
from __future__ import annotations

from scrapers.extract.pledge_forms_read_en import en_pledges


def cuts(s: str) -> list[tuple]:
    return sorted((f["target_year"], f.get("base_year"), f.get("reduction_pct_min"))
                  for _, k, f in en_pledges(s) if k == "emissions_reduction")


def test_an_intensity_figure_per_unit_keeps_its_year_and_base():
    assert cuts("The utility commits to reduce scope 1 and 2 GHG emissions 64% per MWh by 2032 from a 2021 base "
                "year.") == [(2032, 2021, 64.0)]
    assert cuts("The airline aims to cut CO2 emissions 20% per revenue tonne-kilometre by 2030 from a 2019 base "
                "year.") == [(2030, 2019, 20.0)]


def test_a_share_of_the_emissions_and_a_second_cut_in_the_same_timeframe():
    assert cuts("The carrier committed to reduce 40% of its combined scope 1 and 2 emissions by 2035 against a 2020 "
                "base year.") == [(2035, 2020, 40.0)]
    assert cuts("The group commits to reduce absolute scope 1 GHG emissions 35% by 2030 from a 2022 base year, and to "
                "cut scope 3 emissions from purchased goods 22% within the same timeframe.") == \
        [(2030, 2022, 22.0), (2030, 2022, 35.0)]


def test_no_timeframe_before_and_a_result_per_unit_are_no_pledges():
    assert cuts("The plan would cut scope 3 emissions 22% within the same timeframe.") == []
    assert cuts("The airline cut emissions 12% per passenger kilometre in 2023.") == []


def test_a_round_the_clock_clean_power_goal_is_all_of_its_power():
    got = [(k, f) for _, k, f in en_pledges("The retailer aims to run on 24/7 carbon-free energy at all its sites by "
                                               "2035.") if k == "renewable_share"]
    assert got == [("renewable_share", {"target_year": 2035, "share_pct": 100.0})]
    assert not [k for _, k, _ in en_pledges("Its data centres ran on 24/7 carbon-free energy 64% of the time last "
                                            "year.") if k == "renewable_share"]
