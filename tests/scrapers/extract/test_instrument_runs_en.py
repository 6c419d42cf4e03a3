"""Several instruments of one signer in one English clause, each with its own counterparts (instrument_runs_en), the
"with" that opens the next counterpart after a place (chained_with), regions named with a lower-case kind word whose
country the text tells (foreign_provinces_en.told_country_regions), a country written after "<place> of" as where the
place lies (region_countries_en), the relations an instrument establishes before its "with" (state_media_en) and
Spain's autonomous communities (regions_en). Texts of our own (issue 17, the ninety-fifth web)."""
from __future__ import annotations

import pytest

from story_records import records


def rows(text: str) -> list[tuple[str, list[str]]]:
    return sorted((r["agreement_type"], r["parties"]) for r in records(text, "agreement"))


@pytest.mark.parametrize("text,want", [
    ("HARBIN, May 9 (Wire) -- Heilongjiang signed an accord on forestry with Manitoba, and memorandums of "
     "understanding with Vladivostok and Khabarovsk on Tuesday.",
     [("agreement", ["Heilongjiang Province", "Manitoba"]), ("mou", ["Heilongjiang Province", "Khabarovsk"]),
      ("mou", ["Heilongjiang Province", "Vladivostok"])]),
    ("WUHAN, June 3 -- Hubei signed a memorandum with Saxony, and an action plan for 2026-2028 with Ohio on Monday.",
     [("agreement", ["Hubei Province", "Ohio"]), ("mou", ["Hubei Province", "Saxony"])]),
])
def test_each_instrument_takes_its_own_counterparts(text, want):
    assert rows(text) == want


@pytest.mark.parametrize("text,want", [
    # one instrument with two counterparts: one agreement of three, as before
    ("HARBIN, May 9 -- Heilongjiang signed an accord with Manitoba and Saskatchewan on Tuesday.",
     [("agreement", ["Heilongjiang Province", "Manitoba", "Saskatchewan"])]),
    # two instruments, but the second names no counterpart of its own: read as before
    ("WUHAN, June 3 -- Hubei signed a memorandum with Saxony and an annex on Monday.",
     [("mou", ["Hubei Province", "Saxony"])]),
])
def test_one_instrument_stays_one(text, want):
    assert rows(text) == want


def test_a_signer_the_clause_does_not_name_joins_no_counterparts_together():
    text = ("KUNMING, Nov 2 -- The conference closed on Friday. The delegation also signed a memorandum with "
            "Mandalay, and an agreement with Chiang Mai.")
    assert ["Mandalay", "Chiang Mai"] not in [p for _, p in rows(text)]


def test_a_with_after_the_previous_counterparts_place_opens_another_counterpart():
    text = ("SALEM, Ore., April 4 -- Oregon signed agreements with Fujian in Fuzhou, with Hainan in Haikou, and with "
            "Guangxi on the last day of the mission.")
    assert sorted(p[1] for _, p in rows(text)) == ["Fujian Province", "Guangxi", "Hainan Province"]


@pytest.mark.parametrize("text,party", [
    ("LANZHOU, March 2 -- Gansu signed a memorandum with Belarus' Khoiniki region on Thursday.", "Khoiniki Region"),
    ("XI'AN, March 2 -- Shaanxi signed a memorandum with Grodno region of Belarus on Thursday.", "Grodno"),
    ("TASHKENT, March 2 -- Uzbekistan's Surkhandarya region signed a memorandum with Gansu on Thursday.",
     "Surkhandarya Region"),
    ("HAIKOU, March 2 -- Hainan signed a memorandum with Fuvahmulah City of Maldives on Thursday.",
     "Fuvahmulah City"),
])
def test_a_region_whose_country_is_told_is_the_party_not_its_country(text, party):
    parties = [p for _, ps in rows(text) for p in ps]
    assert any(p.startswith(party) for p in parties) and not {"Belarus", "Maldives", "Uzbekistan"} & set(parties)


@pytest.mark.parametrize("text", [
    "TOKYO, March 2 -- Japan and the Asia-Pacific region signed a declaration on Thursday.",
    "HAIKOU, March 2 -- Hainan signed a memorandum with the Pacific region on Thursday.",
])
def test_a_region_without_a_told_country_is_no_party(text):
    assert not any("Region" in p or "region" in p for _, ps in rows(text) for p in ps)


@pytest.mark.parametrize("text,place,country", [
    ("NANNING, May 5 -- Guangxi signed a memorandum with Luang Prabang of Laos on Friday.", "Luang Prabang", "Laos"),
    ("NANNING, May 5 -- Guangxi signed a memorandum with Da Nang of Vietnam on Friday.", "Da Nang", "Vietnam"),
])
def test_the_country_after_a_place_of_it_is_no_party(text, place, country):
    parties = [p for _, ps in rows(text) for p in ps]
    assert place in parties and country not in parties


@pytest.mark.parametrize("text,want", [
    ("ZHENGZHOU, May 5 -- Henan signed an agreement establishing sister-province relations with Aragon on Friday.",
     [("agreement", ["Henan Province", "Aragon"])]),
    ("NANJING, May 5 -- Jiangsu signed a memorandum to establish friendly exchange relations with Asturias on Friday.",
     [("mou", ["Jiangsu Province", "Asturias"])]),
])
def test_relations_an_instrument_establishes_stand_between_it_and_its_counterpart(text, want):
    assert rows(text) == want


@pytest.mark.parametrize("text,want", [
    ("NANJING, May 5 -- Ohio signed a memorandum of understanding with Jiangsu Province and another with Zhejiang "
     "Province on Friday.", [("mou", ["Ohio", "Jiangsu Province"]), ("mou", ["Ohio", "Zhejiang Province"])]),
    ("HEFEI, May 5 -- Utah signed a cooperation agreement with Anhui on Friday and a second with Hubei.",
     [("agreement", ["Utah", "Anhui Province"]), ("agreement", ["Utah", "Hubei Province"])]),
])
def test_another_instrument_of_the_same_kind_with_its_own_counterpart(text, want):
    assert sorted(rows(text)) == sorted(want)


@pytest.mark.parametrize("text", [
    "NANJING, May 5 -- Governor Ann Lee signed a memorandum of understanding with Jiangsu Province and another with "
    "Zhejiang Province on Friday.",
    "HEFEI, May 5 -- The governor signed a cooperation agreement with Anhui and a second with Hubei on Friday.",
])
def test_two_counterparts_of_separate_instruments_are_never_one_agreement(text):
    assert rows(text) == []
