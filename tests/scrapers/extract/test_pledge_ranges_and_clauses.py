"""Two pledge readings that had given wrong values (scrapers/extract/units_en.py, commitments.py):
- a range with its unit after each figure ("by 65% to 70%", "60 percent to 65 percent") is the range, not its upper
  figure alone; a change "from 30% to 50%" is no range;
- "A will peak before 2030 and B will reach neutrality by 2045": the second clause names its own subject, so its
  pledge is B's only (A had been given it too), with or without a comma before "and"."""
from __future__ import annotations

import pytest
from story_records import records


def _pledges(text: str) -> list[tuple]:
    return sorted((r["actor"], r["commitment_type"], r["target_year"], r.get("reduction_pct_min"),
                   r.get("reduction_pct_max")) for r in records(text, "commitment"))


@pytest.mark.parametrize("text", [
    "Hong Kong aims to reduce its carbon emissions by 65% to 70% by 2030 compared with 2005.",
    "Hong Kong aims to cut carbon emissions 65 percent to 70 percent below 2005 levels by 2030.",
])
def test_a_range_with_a_unit_after_each_figure(text):
    assert _pledges(text) == [("Hong Kong", "emissions_reduction", 2030, 65.0, 70.0)]


def test_a_change_from_one_share_to_another_is_no_range():
    assert not any(p[3] == 30.0 for p in _pledges(
        "Oslo will cut its emissions from 30% to 50% below 2009 levels by 2030, the council said."))


@pytest.mark.parametrize("text", [
    "Jiangsu will strive to peak its carbon emissions before 2030 and California will reach carbon neutrality by 2045.",
    "Under the accord, Jiangsu will peak its carbon emissions before 2030 and California will reach carbon "
    "neutrality by 2045, officials said.",
])
def test_a_second_clause_with_its_own_subject_pledges_for_it_alone(text):
    assert _pledges(text) == [("California", "carbon_neutrality", 2045, None, None),
                              ("Jiangsu Province", "emissions_peak", 2030, None, None)]


def test_a_coordinated_subject_still_pledges_for_each():
    assert [p[0] for p in _pledges("Beijing and Shanghai will peak their carbon emissions before 2025.")] == \
        ["Beijing", "Shanghai"]


def test_a_join_inside_a_relative_clause_names_no_new_subject():
    # "and Texas," is inside the clause describing Siemens: no new subject with its own verb follows the "and"
    assert [p[0] for p in _pledges("Siemens, which has plants in Jalisco and Texas, pledged to reach net zero "
                                   "emissions by 2030.")] == ["Siemens"]


@pytest.mark.parametrize("text", [
    "Kestrel's data-center customers have goals of running on 100% renewable electricity by 2030.",
    "Ørsted's suppliers pledged to cut their emissions 50 percent from 2018 levels by 2030.",
])
def test_the_goals_of_a_bodys_customers_or_suppliers_are_not_its_own(text):
    assert not any(p[0] in {"Kestrel", "Kestrel Utilities", "Ørsted"} for p in _pledges(text))
