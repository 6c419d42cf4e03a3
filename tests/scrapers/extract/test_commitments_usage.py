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


@pytest.mark.parametrize("text, expected", [
    # a business-as-usual base told after the year
    ("Jakarta pledged to cut its emissions by 30 percent by 2030 against a business-as-usual scenario.",
     [("Jakarta", "emissions_reduction", 2030, None, 30.0, 30.0)]),
    ("Vietnam will reduce emissions by 9 percent by 2030 compared with business as usual.",
     [("Vietnam", "emissions_reduction", 2030, None, 9.0, 9.0)]),
    # "wants to" states a goal as "aims to" does
    ("Manila wants to be carbon neutral by 2050.", [("Manila", "carbon_neutrality", 2050, None, None, None)]),
    # a steelmaker named by its trade
    ("Tata Steel has committed to achieving net zero emissions by 2045.",
     [("Tata Steel", "carbon_neutrality", 2045, None, None, None)]),
])
def test_more_ways_a_pledge_is_told(text, expected):
    assert pledges(text) == expected


@pytest.mark.parametrize("text, actor, year", [
    ("LONGi pledged to use 100% renewable electricity across its global operations by 2028.",
     "LONGi Green Energy Technology", 2028),
    ("Infosys Limited has committed to sourcing 100 percent renewable power for its campuses by 2030.",
     "Infosys Limited", 2030),
])
def test_a_share_of_renewable_power_an_actor_uses(text, actor, year):
    art = Article("http://127.0.0.1/a", "test", None, date(2019, 5, 9), "en", text + "\n\nMore text.",
                  datetime(2024, 5, 18))
    got = [(m.fields["actor"], m.fields["target_year"], m.fields["share_pct"])
           for m in extract_mentions(art) if m.record_type == "commitment"]
    assert got == [(actor, year, 100.0)]


@pytest.mark.parametrize("text, actor, year", [
    ("隆基绿能承诺2028年前实现全球运营100%使用可再生电力。", "LONGi Green Energy Technology", 2028),
    ("苹果公司承诺到2030年其供应链100%使用清洁电力。", "Apple Inc.", 2030),
])
def test_a_share_of_renewable_power_in_chinese_with_the_short_words(text, actor, year):
    art = Article("http://127.0.0.1/a", "test", None, date(2023, 5, 9), "zh", text + "\n\n更多。",
                  datetime(2024, 5, 18))
    got = [(m.fields["actor"], m.fields["target_year"], m.fields["share_pct"])
           for m in extract_mentions(art) if m.record_type == "commitment"]
    assert got == [(actor, year, 100.0)]
