"""English grammar first met on the twenty-sixth test web (tests/twentysixthweb.py: US states, Chinese provinces,
their agencies, universities and NGOs), each rule shown on two sentences written for this test (not the web's), with
negatives beside: datelines with a spaced hyphen, a unit at its host university, field offices named by their state
or province, China's autonomous regions by full name, officials signing "for" their governments, coordinated signing
clauses, a recalled agreement with its own signers, "the same day", "the Commonwealth of ...", "Separately, ...".
"""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.datelines import DATELINE, dateline_city
from scrapers.extract.entities import find_entities
from scrapers.extract.orgs import looks_like_org_en
from test_unseen_grammar_en8 import agreements, mentions  # one reader for the English rounds (on Thursday 2020-02-13)


def names(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in find_entities(text)]


# --- a dateline in capitals with a spaced hyphen, its US state after the town -----------------------------------
@pytest.mark.parametrize("text,expected", [
    ("AMES, Iowa - Iowa State University and the Shaanxi Academy of Sciences signed a memorandum of understanding on "
     "Tuesday on biogas.", [("mou", ["Iowa State University", "Shaanxi Academy of Sciences"], date(2020, 2, 11))]),
    ("EUGENE, Ore. - Oregon State University and Fujian Agriculture and Forestry University signed an agreement on "
     "Tuesday on tidal power.",
     [("agreement", ["Oregon State University", "Fujian Agriculture and Forestry University"], date(2020, 2, 11))]),
    ("PROVIDENCE, R.I. - Brown University and Fudan University signed a memorandum of understanding on Monday on "
     "climate research.", [("mou", ["Brown University", "Fudan University"], date(2020, 2, 10))]),
    ("Columbus, Ohio - Ohio State University and Jilin University signed an agreement on Monday on carbon capture.",
     [("agreement", ["Ohio State University", "Jilin University"], date(2020, 2, 10))]),
])
def test_a_spaced_hyphen_dateline_is_no_party(text, expected):
    assert agreements(text) == expected


def test_a_spaced_hyphen_after_a_name_in_mixed_case_or_an_acronym_is_no_dateline():
    assert DATELINE.match("Xi'an - a city of 13 million - signed") is None
    assert DATELINE.match("Shenzhen, China - a city of 13 million - signed") is None  # a US state only
    assert DATELINE.match("Tesla, Inc. - the carmaker - signed") is None
    m = DATELINE.match("NASA - the agency said")
    assert m is None or not dateline_city(m)


# --- a unit at its host university: one actor -------------------------------------------------------------------
@pytest.mark.parametrize("text,unit", [
    ("The Center for Nonproliferation at Iowa State University and the Shaanxi Academy of Sciences signed a "
     "memorandum of understanding on Tuesday on biogas.", "Center for Nonproliferation"),
    ("The Water Resources Institute at the University of Vermont and the Anhui Academy of Sciences signed an "
     "agreement on Tuesday on flood risk and climate.", "Water Resources Institute"),
])
def test_a_unit_at_its_university_is_one_party(text, unit):
    [(_, parties, _)] = agreements(text)
    assert parties[0] == unit and len(parties) == 2


def test_a_university_at_a_place_stays_itself():
    assert ("Iowa State University", "org") in names("Iowa State University at Ames signed a deal.")


# --- a public body named by its state's or province's name and its field ---------------------------------------
@pytest.mark.parametrize("name", ["Colorado Energy Office", "Texas General Land Office", "Inner Mongolia Energy Bureau",
                                  "Utah Geological Survey Office", "Harbin Ecology and Environment Bureau"])
def test_a_field_office_of_a_state_or_province_is_a_name(name):
    assert looks_like_org_en(name)


@pytest.mark.parametrize("name", ["Beijing Office", "China Liaison Office", "Head Office"])
def test_an_office_named_by_a_country_or_nothing_is_no_name(name):
    assert not looks_like_org_en(name)


# --- China's autonomous regions by their full names --------------------------------------------------------------
@pytest.mark.parametrize("text,region", [
    ("Utah and the Ningxia Hui Autonomous Region signed a letter of intent on solar power.", "Ningxia"),
    ("Nevada and the Xinjiang Uygur Autonomous Region signed an agreement on wind power on Tuesday.", "Xinjiang"),
])
def test_an_autonomous_region_by_its_full_name_is_the_region(text, region):
    [(_, parties, _)] = agreements(text)
    assert parties[1] == region


# --- officials who sign "for" their governments ------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Governor Anne Holt and Shanxi Party Secretary Xu Jian signed a climate cooperation agreement for the State of "
     "Vermont and Shanxi Province in Montpelier on Tuesday.", ["Vermont", "Shanxi Province"]),
    ("Mayor Ana Ruiz and Mayor Zhou Lin signed a partnership agreement on solar power for the City of Tucson and the "
     "City of Lanzhou on Tuesday.", ["Tucson", "Lanzhou"]),
])
def test_officials_sign_for_the_governments_named_after_the_instrument(text, expected):
    [(_, parties, day)] = agreements(text)
    assert parties == expected and day == date(2020, 2, 11)


def test_bodies_that_sign_keep_their_names_though_a_for_follows():
    got = agreements("The Oregon Department of Energy and Sichuan Province signed an agreement for the Chengdu Clean "
                     "Energy Exchange on Tuesday.")
    assert got == [("agreement", ["Oregon Department of Energy", "Sichuan Province"], date(2020, 2, 11))]


# --- coordinated signing clauses: one agreement each -------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Utah and the Ningxia Hui Autonomous Region signed a letter of intent on solar power, and Arizona and Gansu "
     "Province signed a memorandum of understanding on desert solar parks.",
     [("mou", ["Utah", "Ningxia"], None), ("mou", ["Arizona", "Gansu Province"], None)]),
    ("The Rhode Island Office of Energy Resources and the Shandong Energy Administration signed a framework agreement "
     "on offshore wind, and Vermont and Anhui Province signed a letter of intent on heat pumps.",
     [("agreement", ["Rhode Island Office of Energy Resources", "Shandong Energy Administration"], None),
      ("mou", ["Vermont", "Anhui Province"], None)]),
    ("Ohio and Liaoning Province signed a sister-state agreement on clean energy on Monday, while Kentucky and Jilin "
     "Province signed a letter of intent on coal mine methane.",
     [("agreement", ["Ohio", "Liaoning Province"], date(2020, 2, 10)), ("mou", ["Kentucky", "Jilin Province"], None)]),
    ("Michigan and Jiangsu Province signed an agreement on electric vehicles on Monday; Wisconsin and Heilongjiang "
     "Province signed a memorandum of understanding on dairy biogas.",
     [("agreement", ["Michigan", "Jiangsu Province"], date(2020, 2, 10)),
      ("mou", ["Wisconsin", "Heilongjiang Province"], None)]),
])
def test_each_coordinated_clause_is_its_own_agreement(text, expected):
    assert agreements(text) == expected


def test_a_clause_that_signs_nothing_adds_no_agreement():
    got = agreements("Utah and Gansu Province signed a letter of intent on solar power, and the two sides agreed to "
                     "meet again in Lanzhou next year.")
    assert got == [("mou", ["Utah", "Gansu Province"], None)]


def test_a_clause_that_signs_a_purchase_lends_no_party_to_the_next():
    got = agreements("The Iowa Soybean Association signed contracts with COFCO to buy 1 million tonnes of soybeans, and "
                     "Iowa and Hebei signed a sister-state agreement on farm methane.")
    assert got == [("agreement", ["Iowa", "Hebei Province"], None)]


# --- a recalled agreement named with its own signers is theirs ----------------------------------------------------
@pytest.mark.parametrize("text,recalled", [
    ("The Idaho National Laboratory, Tsinghua University and the Nature Conservancy signed a three-party agreement on "
     "small reactors. The meeting follows the climate agreement that Idaho and Hubei signed last September.",
     ("agreement", ["Idaho", "Hubei Province"], date(2019, 9, 1))),
    ("Oregon State University and Sichuan University signed a memorandum of understanding on forest carbon. The visit "
     "comes after the clean energy agreement that Oregon and Sichuan signed in March 2019.",
     ("agreement", ["Oregon", "Sichuan Province"], date(2019, 3, 1))),
])
def test_a_recalled_agreement_with_its_own_signers_lends_no_date(text, recalled):
    first, second = agreements(text)
    assert first[2] is None and second == recalled


# --- "the same day": the day of the signing just told, not its place ----------------------------------------------
@pytest.mark.parametrize("text,second", [
    ("Ohio and Shanxi Province signed a clean energy agreement on Tuesday. The Public Utilities Commission of Ohio "
     "and the Shanxi Energy Administration signed a letter of intent the same day on grid storage.",
     ["Public Utilities Commission of Ohio", "Shanxi Energy Administration"]),
    ("Arizona and Gansu Province signed a memorandum of understanding on solar power in Phoenix on Tuesday. The "
     "Arizona Corporation Commission and the Gansu Energy Administration signed a letter of intent on the same day.",
     ["Arizona Corporation Commission", "Gansu Energy Administration"]),
])
def test_the_same_day_is_the_day_of_the_signing_before(text, second):
    ms = [m.fields for m in mentions(text) if m.record_type == "agreement"]
    assert ms[1]["parties"] == second and ms[1]["signed_on"] == date(2020, 2, 11) and ms[1]["city"] is None


# --- "the Commonwealth of ..." is the state -----------------------------------------------------------------------
@pytest.mark.parametrize("text,state", [
    ("The Commonwealth of Virginia and Fujian Province signed a memorandum of understanding.", "Virginia"),
    ("Officials of the Commonwealth of Pennsylvania met.", "Pennsylvania"),
])
def test_the_commonwealth_of_a_state_is_the_state(text, state):
    assert names(text)[0] == (state, "state")


def test_the_commonwealth_alone_is_no_place():
    assert names("The Commonwealth will report every year.") == []


# --- "Separately, ...": a further instrument, not of the occasion just told ---------------------------------------
@pytest.mark.parametrize("text", [
    "Oregon and Fujian Province signed a sister-state agreement on Tuesday. Separately, the Oregon Department of "
    "Energy and the Fujian Development and Reform Commission signed a letter of intent on offshore wind.",
    "The Greater Bay Forum was held in Shenzhen on Tuesday. In a separate ceremony, Vermont and Anhui Province "
    "signed a memorandum of understanding on heat pumps.",
])
def test_a_sentence_set_apart_tells_a_further_instrument(text):
    last = [m for m in mentions(text) if m.record_type == "agreement"][-1]
    assert last.hints.get("further") and last.fields["signed_on"] is None


# --- the newsroom's "Gov." and "Lt. Gov." -------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Oregon Gov. Anne Holt and Fujian Gov. Zhao Ming signed a memorandum of understanding on offshore wind on "
     "Tuesday.", [("mou", ["Oregon", "Fujian Province"], date(2020, 2, 11))]),
    ("Utah Lt. Gov. Dan Moss and Ningxia Vice Governor Ma Lin signed a letter of intent on solar power on Tuesday.",
     [("mou", ["Utah", "Ningxia"], date(2020, 2, 11))]),
])
def test_a_governor_abbreviated_is_a_governor(text, expected):
    assert agreements(text) == expected


def test_a_bare_gov_signs_for_the_story_state():
    got = agreements("SALEM, Ore. - Oregon is ready to work with Fujian on wind power, officials said.\n"
                     "Gov. Anne Holt signed a memorandum of understanding with Fujian Province on Tuesday to cooperate "
                     "on clean energy.")
    assert got == [("mou", ["Oregon", "Fujian Province"], date(2020, 2, 11))]


# --- "Under an agreement, signed ..., A and B will ..." -----------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Under an agreement, signed Tuesday in Denver, the Colorado Energy Office and the Sichuan Energy Bureau will "
     "share data on heat pumps.", [("agreement", ["Colorado Energy Office", "Sichuan Energy Bureau"], date(2020, 2, 11))]),
    ("Under a new memorandum, signed on Tuesday, Ohio State University and Jilin University will study carbon capture.",
     [("mou", ["Ohio State University", "Jilin University"], date(2020, 2, 11))]),
])
def test_an_agreement_signed_in_an_aside_before_its_signers(text, expected):
    assert agreements(text) == expected


# --- "<title> <name> of the <body>": the body, never one name with the person ----------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Commissioner Dana Ferris of the Massachusetts Department of Energy Resources and Director Wu Jian of the Hangzhou "
     "Development and Reform Commission signed a memorandum of understanding on Tuesday.",
     [("mou", ["Massachusetts Department of Energy Resources", "Hangzhou Development and Reform Commission"],
       date(2020, 2, 11))]),
    ("Chancellor Mary Stone of the University of Vermont and President Liu Bo of Anhui University signed an agreement "
     "on heat pumps on Tuesday.", [("agreement", ["University of Vermont", "Anhui University"], date(2020, 2, 11))]),
])
def test_an_official_of_a_body_signs_for_the_body(text, expected):
    assert agreements(text) == expected


def test_officials_named_with_no_body_make_no_party():
    assert agreements("Chancellor Robert Lane and President Chen Hong signed a memorandum of understanding on Tuesday "
                      "to study rural solar.") == []


# --- a renewal told in the passive, the original signing in an aside ----------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The sister-state agreement, first signed in 2011, was renewed on Tuesday by Maryland and Anhui Province.",
     [("agreement", ["Maryland", "Anhui Province"], date(2020, 2, 11))]),
    ("The memorandum of understanding on clean energy was renewed on Tuesday by the Oregon Department of Energy and "
     "the Fujian Development and Reform Commission.",
     [("mou", ["Oregon Department of Energy", "Fujian Development and Reform Commission"], date(2020, 2, 11))]),
])
def test_a_renewal_in_the_passive_names_its_parties_after_by(text, expected):
    assert agreements(text) == expected


def test_a_renewal_with_no_parties_is_no_agreement():
    assert agreements("The agreement was renewed in 2019, officials said.") == []


# --- a person after "and" in a body's name, a number opening a sentence, the instruments of a session told by ordinal
@pytest.mark.parametrize("text,expected", [
    ("A memorandum of understanding on clean heating was signed in Hangzhou on Tuesday.\nThe memorandum was signed by "
     "the Massachusetts Department of Energy Resources and Wu Jian, director of the Hangzhou Development and Reform "
     "Commission.", ["Massachusetts Department of Energy Resources", "Hangzhou Development and Reform Commission"]),
    ("A letter of intent on wind power was signed in Salem on Tuesday.\nIt was signed by the Oregon Department of Energy "
     "and Li Hua, the commission's chairman, for the Fujian Development and Reform Commission.",
     ["Oregon Department of Energy", "Fujian Development and Reform Commission"]),
])
def test_a_person_after_and_is_no_part_of_a_body_name(text, expected):
    [(_, parties, _)] = agreements(text)
    assert parties == expected


@pytest.mark.parametrize("text,expected", [
    ("Two agreements were signed at the forum on Tuesday. The first was signed by Ohio and Shanxi Province, and the "
     "second by Kentucky and Henan Province.",
     [("agreement", ["Ohio", "Shanxi Province"], date(2020, 2, 11)),
      ("agreement", ["Kentucky", "Henan Province"], date(2020, 2, 11))]),
    ("Three memoranda were signed in Boston on Tuesday. The first was signed by Vermont and Anhui Province, and the "
     "other by Maine and Hainan Province.",
     [("mou", ["Vermont", "Anhui Province"], date(2020, 2, 11)), ("mou", ["Maine", "Hainan Province"], date(2020, 2, 11))]),
])
def test_a_sessions_instruments_told_by_ordinal_are_one_each(text, expected):
    assert agreements(text) == expected


# --- an instrument of another field: education, culture, trade in goods --------------------------------------------
@pytest.mark.parametrize("text", [
    "Ohio State University and Jilin University signed an agreement on a joint degree in agricultural engineering on "
    "Tuesday.",
    "The University of Vermont and Anhui University signed a memorandum of understanding on student exchanges on "
    "Tuesday.",
    "The Iowa Soybean Association and COFCO signed an agreement on soybean purchases on Tuesday.",
])
def test_an_instrument_of_another_field_is_no_agreement(text):
    assert agreements(text) == []


@pytest.mark.parametrize("text,expected", [
    ("The University of Vermont and Anhui University signed a memorandum of understanding on student exchanges and "
     "climate research on Tuesday.", [("mou", ["University of Vermont", "Anhui University"], date(2020, 2, 11))]),
    ("Iowa and Hebei signed a sister-state agreement on farm methane on Tuesday, officials said, as students watched.",
     [("agreement", ["Iowa", "Hebei Province"], date(2020, 2, 11))]),
])
def test_an_instrument_with_a_word_of_the_tracker_stays(text, expected):
    assert agreements(text) == expected


def test_an_alliance_named_for_another_field_keeps_its_name_and_its_record():
    got = agreements("The forum launched a Thailand-China Culture and Education Cooperation Alliance of 12 universities, "
                     "among them Chulalongkorn University and Xiamen University.")
    assert got == [("partnership", ["Chulalongkorn University", "Xiamen University"], None)]
