"""Pledge figures written without Arabic digits (scrapers/extract/number_words.py): number words, fractions, a decade
named in the sentence, Chinese numerals, 全角 digits, 百分之, 一半 and 成; and the figures that fix nothing. Each rule
is shown on two texts written for these tests (not the test webs' pages)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

from scrapers.extract.entity_kinds import Entity  # noqa: E402
from scrapers.extract.number_words import spelled  # noqa: E402


def _one(text: str, day: date = date(2025, 5, 6)) -> list[dict]:
    return [{k: v for k, v in r.items() if v is not None and k in (
        "actor", "commitment_type", "target_year", "base_year", "reduction_pct_min", "reduction_pct_max", "share_pct")}
        for r in records(text, "commitment", day)]


# --- English number words and fractions ------------------------------------------------------------------------
def test_percent_in_words_and_a_range_of_them():
    assert _one("Tacoma will cut greenhouse gas emissions sixty percent below 2012 levels by 2035.") == [
        {"actor": "Tacoma", "commitment_type": "emissions_reduction", "target_year": 2035, "base_year": 2012,
         "reduction_pct_min": 60.0, "reduction_pct_max": 60.0}]
    assert _one("Duluth pledged to reduce emissions seventy to eighty-five per cent below 2008 levels by 2045.") == [
        {"actor": "Duluth", "commitment_type": "emissions_reduction", "target_year": 2045, "base_year": 2008,
         "reduction_pct_min": 70.0, "reduction_pct_max": 85.0}]


def test_a_fraction_of_power_or_below_a_base():
    assert _one("Spokane committed to getting three quarters of its electricity from renewables by 2036.") == [
        {"actor": "Spokane", "commitment_type": "renewable_share", "target_year": 2036, "share_pct": 75.0}]
    assert _one("Tucson will cut emissions one-third below 2015 levels by 2031.") == [
        {"actor": "Tucson", "commitment_type": "emissions_reduction", "target_year": 2031, "base_year": 2015,
         "reduction_pct_min": 33.33, "reduction_pct_max": 33.33}]


def test_the_end_of_a_decade_the_sentence_names():
    got = _one("In its strategy for the 2020s, Madison pledged to draw thirty percent of city power from renewables "
               "by the end of the decade.")
    assert got == [{"actor": "Madison", "commitment_type": "renewable_share", "target_year": 2030, "share_pct": 30.0}]
    got = _one("Under a roadmap for the 2030s, Eugene will cut emissions by half from 2019 levels by the end of this "
               "decade.")
    assert [(r["actor"], r["target_year"], r.get("base_year")) for r in got] == [("Eugene", 2040, 2019)]


def test_figures_that_fix_no_year_or_tell_the_past_are_no_pledge():
    assert _one("Tacoma will reach net zero emissions by mid-century.") == []
    assert _one("Duluth will draw forty percent of its power from renewables by the end of the decade.") == []
    assert _one("Spokane's emissions fell by a third from 2005 levels by 2022.") == []
    assert _one("Emissions in Tucson have dropped one-quarter below 2010 levels since 2010.") == []


# --- Chinese numerals -------------------------------------------------------------------------------------------
def test_chinese_numeral_years_peak_and_neutrality():
    assert _one("方案提出，遵义市确保二〇三〇年前碳达峰，力争二〇六〇年前实现碳中和。") == [
        {"actor": "Zunyi", "commitment_type": "emissions_peak", "target_year": 2030},
        {"actor": "Zunyi", "commitment_type": "carbon_neutrality", "target_year": 2060}]
    assert _one("宜宾市承诺二〇二八年前实现碳排放达峰。") == [
        {"actor": "Yibin", "commitment_type": "emissions_peak", "target_year": 2028}]


def test_bai_fen_zhi_and_full_width_figures():
    got = _one("牡丹江市承诺，到二〇三五年全市碳排放总量比二〇二〇年下降百分之四十。")
    assert got == [{"actor": "Mudanjiang", "commitment_type": "emissions_reduction", "target_year": 2035,
                    "base_year": 2020, "reduction_pct_min": 40.0, "reduction_pct_max": 40.0}]
    got = _one("延边州承诺，到２０３５年碳排放总量较２０２０年下降４５％以上。")
    assert [(r["target_year"], r["base_year"], r["reduction_pct_min"], r.get("reduction_pct_max")) for r in got] == [
        (2035, 2020, 45.0, None)]


def test_half_and_tenths():
    got = _one("宜宾市提出，温室气体排放总量到二〇四〇年比二〇二〇年减少一半。")
    assert [(r["actor"], r["target_year"], r["base_year"], r["reduction_pct_min"]) for r in got] == [
        ("Yibin", 2040, 2020, 50.0)]
    got = _one("安顺市承诺，到二〇三五年碳排放总量比二〇一九年下降一半。")
    assert [(r["actor"], r["target_year"], r["base_year"], r["reduction_pct_min"]) for r in got] == [
        ("Anshun", 2035, 2019, 50.0)]
    got = _one("遵义市提出，到二〇三〇年，可再生能源发电量占比提高到四成。")
    assert got == [{"actor": "Zunyi", "commitment_type": "renewable_share", "target_year": 2030, "share_pct": 40.0}]
    got = _one("宜宾市承诺，到二〇三二年可再生能源装机占比达到五成。")
    assert got == [{"actor": "Yibin", "commitment_type": "renewable_share", "target_year": 2032, "share_pct": 50.0}]


def test_chinese_past_falls_and_plan_periods_are_no_pledge():
    assert _one("与二〇一五年相比，遵义市碳排放总量已下降两成。") == []
    assert _one("宜宾市“十三五”期间单位地区生产总值能耗已下降百分之十八。") == []
    assert _one("“十四五”期间，牡丹江市将新增风电装机百分之三十。") == []


# --- the rewrite itself -----------------------------------------------------------------------------------------
def test_entities_move_with_the_text_and_plain_sentences_stay_as_they_are():
    s = "Forty percent by 2030 for Tacoma."
    e = Entity("Tacoma", "city", "US", s.index("Tacoma"), s.index("Tacoma") + 6, "Tacoma")
    text, ents = spelled(s, [e])
    assert text == "40 percent by 2030 for Tacoma." and text[ents[0].start:ents[0].end] == "Tacoma"
    plain = "Tacoma will cut emissions 40% by 2030."
    assert spelled(plain, [e])[0] is plain
    assert spelled("比例达到百分之一百，下降百分之十五，提高百分之二十一", [])[0] == "比例达到100%，下降15%，提高21%"
    assert spelled("百分之十十", [])[0] == "百分之十十"  # no number: left as written
    assert spelled("这座城市建成了完成三成", [])[0] == "这座城市建成了完成三成"  # 成 after no verb of reaching

