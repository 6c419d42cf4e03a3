"""Intensity targets: a cut of emissions per unit of GDP is an emissions reduction against its base year (the
kind RECORDS.md gives a base year and a percentage); a cut of energy use per unit of GDP pledges no emissions and
is `other`. Sentences of our own, two phrasings per language."""
from scrapers.extract.commitments import find_commitments
from scrapers.extract.entities import find_entities


def kinds(sentence: str) -> list[tuple]:
    return [(c.actor, c.commitment_type, c.target_year, c.base_year, c.reduction_pct_min)
            for c in find_commitments(sentence, find_entities(sentence), [])]


def test_zh_co2_per_unit_gdp_is_emissions_reduction():
    assert ("Tianjin", "emissions_reduction", 2030, 2005, 68.0) in kinds(
        "天津市提出，到2030年，单位地区生产总值二氧化碳排放比2005年下降68%以上。")
    assert ("Chongqing", "emissions_reduction", 2030, 2005, 65.0) in kinds(
        "重庆市力争2030年单位GDP碳排放比2005年下降65%。")


def test_zh_energy_per_unit_gdp_is_other():
    got = kinds("天津市提出，到2025年，单位地区生产总值能源消耗比2020年下降15%。")
    assert [g[1] for g in got] == ["other"]
    got = kinds("重庆市计划到2025年单位GDP能耗比2020年降低14%。")
    assert [g[1] for g in got] == ["other"]


def test_en_carbon_intensity_is_emissions_reduction_energy_intensity_other():
    got = kinds("Guangdong Province will cut carbon intensity by 65% from 2005 levels by 2030.")
    assert [g[1] for g in got] == ["emissions_reduction"]
    got = kinds("Guangdong Province aims to reduce its energy intensity by 14 percent from 2020 by 2025.")
    assert all(g[1] != "emissions_reduction" for g in got)
