"""Quantified pledges in one sentence: actor, kind, target year, base year and numbers."""
from __future__ import annotations

import pytest

from scrapers.extract.commitments import find_commitments
from scrapers.extract.entities import find_entities


def pledges(sentence: str, last_parties=()):
    return [(c.actor, c.commitment_type, c.target_year)
            for c in find_commitments(sentence, find_entities(sentence), list(last_parties))]


def only(sentence: str, last_parties=()):
    found = find_commitments(sentence, find_entities(sentence), list(last_parties))
    assert len(found) == 1, found
    return found[0]


# --- the seeds -------------------------------------------------------------------------------------------------

def test_seed000_beijing_and_guangzhou_peak_2020():
    s = ("Notably, Beijing and Guangzhou have committed to peak their carbon dioxide emissions by the end of or around "
         "2020 – ten years earlier than the national target.")
    assert pledges(s) == [("Beijing", "emissions_peak", 2020), ("Guangzhou", "emissions_peak", 2020)]


def test_seed000_signatories_are_the_parties_just_named():
    s = ("Signatories commit to either reduce greenhouse gas emissions 80 to 95 percent below 1990 levels by 2050 or "
         "achieve a per capita annual emission target of less than 2 metric tons by 2050.")
    found = find_commitments(s, find_entities(s), ["Los Angeles", "Zhenjiang"])
    got = {(c.actor, c.commitment_type): c for c in found}
    assert set(got) == {("Los Angeles", "emissions_reduction"), ("Zhenjiang", "emissions_reduction"),
                        ("Los Angeles", "per_capita_limit"), ("Zhenjiang", "per_capita_limit")}
    for actor in ("Los Angeles", "Zhenjiang"):
        red = got[(actor, "emissions_reduction")]
        assert (red.target_year, red.base_year, red.reduction_pct_min, red.reduction_pct_max) == (2050, 1990, 80, 95)
        pc = got[(actor, "per_capita_limit")]
        assert (pc.target_year, pc.per_capita_t) == (2050, 2)


def test_seed000_signatories_without_prior_parties_give_nothing():
    s = "Signatories commit to reduce greenhouse gas emissions 80 to 95 percent below 1990 levels by 2050."
    assert pledges(s) == []


def test_seed003_zh_beijing_and_guangzhou_peak_2020():
    s = "位居中国最大的城市之列的北京和广州,均承诺在2020年左右碳排放达到峰值,比国家目标提早了10年。"
    assert pledges(s) == [("Beijing", "emissions_peak", 2020), ("Guangzhou", "emissions_peak", 2020)]


# --- new sentences: Chinese ------------------------------------------------------------------------------------

def test_zh_reduction_against_base_year_with_target_year():
    c = only("江苏省承诺到2030年碳排放比2005年下降40%。")
    assert (c.actor, c.commitment_type, c.target_year, c.base_year, c.reduction_pct_min, c.reduction_pct_max) == (
        "Jiangsu Province", "emissions_reduction", 2030, 2005, 40, 40)


def test_zh_carbon_intensity_target_is_an_emissions_reduction():
    # RECORDS.md: emissions_reduction is the kind with a base year and a percentage; a CO2 cut per unit of GDP
    # is such a pledge (only energy use per unit of GDP, no emissions pledged, is `other`)
    c = only("深圳市力争到2030年单位GDP二氧化碳排放比2005年下降65%。")
    assert (c.actor, c.commitment_type, c.target_year, c.base_year) == ("Shenzhen", "emissions_reduction", 2030, 2005)


def test_zh_carbon_neutrality_before_year():
    assert pledges("上海市承诺2060年前实现碳中和。") == [("Shanghai", "carbon_neutrality", 2060)]


def test_zh_peak_before_year():
    assert pledges("北京市承诺2025年前碳排放达到峰值。") == [("Beijing", "emissions_peak", 2025)]


def test_zh_non_fossil_share():
    c = only("四川省计划到2030年非化石能源占比达到50%。")
    assert (c.actor, c.commitment_type, c.target_year, c.share_pct) == ("Sichuan Province", "renewable_share", 2030, 50)


def test_zh_date_is_not_a_target_year():
    assert pledges("2021年03月26日,北京市宣布碳排放达到峰值。") == []


# --- new sentences: English ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["Seattle has committed to carbon neutrality by 2050.",
                                      "Seattle aims to reach carbon neutrality by 2050."])
def test_en_carbon_neutrality(sentence):
    assert pledges(sentence) == [("Seattle", "carbon_neutrality", 2050)]


def test_en_renewable_share():
    c = only("Seattle plans to get 50 percent of its electricity from renewable sources by 2030.")
    assert (c.actor, c.commitment_type, c.target_year, c.share_pct) == ("Seattle", "renewable_share", 2030, 50)


def test_en_reduction_below_base_year():
    c = only("Seattle pledged to cut emissions 40 percent below 2005 levels by 2030.")
    assert (c.commitment_type, c.target_year, c.base_year, c.reduction_pct_min, c.reduction_pct_max) == (
        "emissions_reduction", 2030, 2005, 40, 40)


def test_en_peak_around_year():
    assert pledges("Shenzhen plans to peak its carbon emissions around 2020.") == [
        ("Shenzhen", "emissions_peak", 2020)]


def test_en_the_signatories_take_the_last_parties():
    assert pledges("The signatories pledge to peak emissions by 2025.", ["Seattle", "Shenzhen"]) == [
        ("Seattle", "emissions_peak", 2025), ("Shenzhen", "emissions_peak", 2025)]


@pytest.mark.parametrize("sentence", [
    "Seattle generated 50 percent of its electricity from renewable sources in 2015.",
    "Seattle reduced emissions 10 percent below 2005 levels in 2015.",
    "Emissions in Seattle fell sharply.",
])
def test_results_are_not_pledges(sentence):
    assert pledges(sentence, ["Seattle"]) == []


def test_en_sentence_initial_by_year():
    assert pledges("By 2050, Seattle aims to become carbon neutral.") == [("Seattle", "carbon_neutrality", 2050)]
