"""The verbs of a cut (pledge_forms_read_en.CUT_VERB): "slash", "curb", "trim" pledge a cut as "reduce" does; told
done in the simple past they are a result."""
from __future__ import annotations

from datetime import date

import pytest

from tests.scrapers.extract.story_records import records

DAY = date(2023, 9, 20)


@pytest.mark.parametrize("text, fields", [
    ("Minneapolis will slash citywide greenhouse gas emissions 80 percent below 2006 levels by 2050.",
     ("Minneapolis", 2050, 2006, 80.0)),
    ("Under its new plan, Rotterdam aims to curb carbon emissions by 55 percent from 1990 levels by 2030.",
     ("Rotterdam", 2030, 1990, 55.0)),
    ("Portland pledged to trim its greenhouse gas emissions 50 percent below 1990 levels by 2030.",
     ("Portland", 2030, 1990, 50.0)),
])
def test_other_verbs_of_cutting_pledge_a_cut(text, fields):
    found = records(text, "commitment", DAY)
    assert [(c["actor"], c["target_year"], c["base_year"], c["reduction_pct_min"]) for c in found] == [fields]


@pytest.mark.parametrize("text", [
    "Minneapolis slashed emissions 30 percent below 2006 levels by 2020.",  # a result
    "Curbside collection in Denver grew 40 percent from 2015 levels by 2020.",  # no verb of cutting
])
def test_no_cut_pledged(text):
    assert records(text, "commitment", DAY) == []
