"""A cut of a resource's use ("coal use", "water use", 煤炭消费量) is no emissions cut: a dated goal of another kind
(pledge_forms_read_en.RESOURCE_USE, figures_zh); and a cap of per-capita emissions "at" a mass is a per-capita limit."""
from __future__ import annotations

import pytest

from story_records import records


@pytest.mark.parametrize("text", [
    "Jiangsu agreed to cut coal use 10 percent by 2027 from 2022 levels.",
    "Jiangsu pledged to cut coal consumption by 10 percent from 2022 levels by 2027.",
    "到2027年，江苏省煤炭消费量比2022年下降10%。",
])
def test_a_cut_of_coal_use_is_no_emissions_cut(text):
    assert [(c["commitment_type"], c["base_year"], c["reduction_pct_min"]) for c in records(text, "commitment")] == \
        [("other", 2022, 10.0)]


@pytest.mark.parametrize("text", [
    "Jiangsu pledged to cut emissions 10 percent by 2027 from 2022 levels.",
    "Jiangsu pledged to cut carbon emissions from coal use 10 percent by 2027 from 2022 levels.",
    "到2027年，江苏省碳排放总量比2022年下降10%。",
])
def test_a_cut_of_emissions_stays_one(text):
    assert [c["commitment_type"] for c in records(text, "commitment")] == ["emissions_reduction"]


def test_a_cap_of_per_capita_emissions_at_a_mass():
    (c,) = records("Beijing pledged to cap per capita emissions at 10 tonnes of CO2 by 2030.", "commitment")
    assert (c["commitment_type"], c["per_capita_t"], c["target_year"]) == ("per_capita_limit", 10.0, 2030)


def test_per_capita_emissions_that_stood_at_a_mass_are_no_cap():
    assert records("Beijing's per capita emissions stood at 10 tonnes in 2020.", "commitment") == []
