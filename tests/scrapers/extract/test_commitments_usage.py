"""Pledges told in British and Australian usage ("50 per cent on 2005 levels") and a month that opens a sentence: a cut
measured "on" a base year's levels has that base year; "May will cut ..., the company said" names no company."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, date(2019, 5, 9), "en", text + "\n\nMore text.",
                  datetime(2024, 5, 18))
    return sorted((f["actor"], f["commitment_type"], f["target_year"], f.get("base_year"), f.get("reduction_pct_min"),
                   f.get("reduction_pct_max"))
                  for f in (m.fields for m in extract_mentions(art) if m.record_type == "commitment"))


@pytest.mark.parametrize("text, expected", [
    ("New South Wales has committed to reaching net zero emissions by 2050 and cutting emissions by 50 per cent on "
     "2005 levels by 2030.",
     [("New South Wales", "carbon_neutrality", 2050, None, None, None),
      ("New South Wales", "emissions_reduction", 2030, 2005, 50.0, 50.0)]),
    ("Victoria will cut emissions by 28-33 per cent on 2005 levels by 2025, Premier Daniel Andrews said.",
     [("Victoria", "emissions_reduction", 2025, 2005, 28.0, 33.0)]),
])
def test_a_cut_on_a_base_years_levels(text, expected):
    assert pledges(text) == expected


def test_on_a_year_without_levels_is_no_base():
    # "on 2030" is no base year: no cut with a base is read from it
    assert all(p[3] != 2030 for p in pledges("Victoria will cut emissions by 30 per cent, with a review on 2030 plans."))


@pytest.mark.parametrize("text", [
    "May will cut its emissions 30 percent by 2030 from 2015 levels, the company said.",
    "June plans to halve its emissions by 2030, the company said.",
])
def test_a_month_opening_the_sentence_is_no_company(text):
    assert [p for p in pledges(text) if p[0] in {"May", "June"}] == []
