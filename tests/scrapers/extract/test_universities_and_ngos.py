"""Universities, NGOs and think tanks (issue 17, the eighty-second web): how their news names them and tells what
they found together.

* "Penn State", "Ohio State": the state's university, not the state; "X's Board of Trustees" pledges or signs for X
  (scrapers/extract/university_names_en.py); a unit named by its field after a bare "of" ("the School of Environment
  of Tsinghua University") is that unit of that university;
* "ENGIE North America": the company's regional arm, no region as party (scrapers/extract/company_regions_en.py);
* a founding announced ("announced the formation of the X Coalition") is a partnership launched; "the founding
  members of the coalition are A, B and C" after it names its founders; a named "X Network" or "X Consortium" is a
  partnership (scrapers/extract/formed_bodies_en.py); a name that ends the sentence keeps no full stop;
* NGOs whose names hold no head word (Clean Air Asia, Sierra Club) are known by the alias file;
* Chinese: a road named after a city ("四平路校区", "南京东路") is no city (scrapers/extract/street_names_zh.py); 同 that
  opens a clause opens a name ("，同济大学、…"); a forum whose preparation is talked over ("就…论坛的筹备工作") is no
  gathering held.
The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def records(text: str, kind: str, lang: str = "en", day: date = date(2024, 3, 14)) -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", None, day, lang, text, datetime(2024, 3, 15))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]


def parties(text: str, lang: str = "en") -> list[list[str]]:
    return [f["parties"] for f in records(text, "agreement", lang)]


@pytest.mark.parametrize("text,want", [
    ("Penn State on Tuesday signed a memorandum of understanding with Zhejiang University.",
     [["Pennsylvania State University", "Zhejiang University"]]),
    ("Iowa State and the Nature Conservancy signed a research agreement on Monday.",
     [["Iowa State University", "The Nature Conservancy"]]),
])
def test_a_state_universitys_short_form_is_the_university(text, want):
    assert parties(text) == want


@pytest.mark.parametrize("text", [
    "New York State signed a memorandum of understanding with Jiangsu Province on Tuesday.",
    "The Ohio State Senate signed a memorandum of understanding with Zhejiang University on Tuesday.",
])
def test_a_state_named_with_state_is_no_university(text):
    assert not any("University" in p for ps in parties(text) for p in ps if "Zhejiang" not in p)


@pytest.mark.parametrize("text,actor,year", [
    ("Michigan State’s Board of Trustees on Friday committed the university to carbon neutrality by 2040.",
     "Michigan State University", 2040),
    ("Oregon State's Board of Regents pledged on Monday to make the university carbon neutral by 2045.",
     "Oregon State University", 2045),
])
def test_a_board_pledges_for_its_university(text, actor, year):
    got = [(c["actor"], c["target_year"]) for c in records(text, "commitment")]
    assert got == [(actor, year)]


def test_a_board_that_approves_signs_nothing():
    assert parties("The Board of Trustees approved the plan on Friday after a two-year review.") == []


@pytest.mark.parametrize("text,want", [
    ("Penn State on Monday signed a 30-year agreement with Siemens North America and Meridiam Infrastructure.",
     [["Pennsylvania State University", "Siemens", "Meridiam Infrastructure"]]),
    ("The port signed a memorandum with Acme Power Asia Pacific on Friday.", None),
])
def test_a_companys_regional_arm_is_no_region(text, want):
    got = parties(text)
    assert not any(p in ("North America", "Asia Pacific", "Asia-Pacific") for ps in got for p in ps)
    if want is not None:
        assert got == want


@pytest.mark.parametrize("text,want", [
    ("Greenpeace and Oxfam on Tuesday announced the formation of the Clean Shipping Coalition, a group of NGOs.",
     ["Greenpeace", "Oxfam"]),
    ("The Sierra Club and Clean Air Asia launched the Urban Air Research Network in Manila on Wednesday.",
     ["Sierra Club", "Clean Air Asia"]),
    ("Friends of the Earth and the Sierra Club launched the Clean Freight Alliance.", ["Friends of the Earth", "Sierra Club"]),
])
def test_a_body_founded_is_a_partnership(text, want):
    got = records(text, "agreement")
    assert [(g["agreement_type"], g["parties"]) for g in got] == [("partnership", want)]


def test_the_founding_members_named_after_a_founding_are_its_parties():
    text = ("Iowa State and five other universities from the United States and Canada on Monday announced the formation "
            "of the Prairie Climate Consortium. The founding members of the consortium are Iowa State University, "
            "Kansas State University, the University of Manitoba and the University of Nebraska.")
    got = records(text, "agreement", day=date(2024, 3, 12))
    assert [(g["parties"], g["signed_on"]) for g in got] == [
        (["Iowa State University", "Kansas State University", "University of Manitoba", "University of Nebraska"],
         date(2024, 3, 11))]


@pytest.mark.parametrize("text", [
    "Iowa State and five other universities from the United States and Canada announced plans for a new climate network.",
    "The network of charging stations was launched in 2019.",
    "Greenpeace announced the formation of a working group on plastics.",
])
def test_no_founding_no_partnership(text):
    assert parties(text) == []


@pytest.mark.parametrize("text,want", [
    ("The School of Environment of Tsinghua University and the Sierra Club signed a memorandum of understanding on "
     "Monday.", ["School of Environment, Tsinghua University", "Sierra Club"]),
    ("Oxfam signed an agreement with the Institute of Energy of Peking University on Monday.",
     ["Oxfam", "Institute of Energy, Peking University"]),
])
def test_a_university_unit_named_by_its_field(text, want):
    assert parties(text) == [want]


@pytest.mark.parametrize("text,want_city", [
    ("5月12日，复旦大学与湿地国际在四平路校区签署合作协议。", None),
    ("5月12日，复旦大学与南京大学在南京东路签署合作协议。", None),
    ("5月12日，复旦大学与南京大学在南京签署合作协议。", "Nanjing"),
])
def test_a_road_named_after_a_city_is_no_city(text, want_city):
    got = records(text, "agreement", "zh", date(2024, 5, 13))
    assert len(got) == 1 and got[0]["city"] == want_city


def test_a_city_before_its_own_road_word_stays_the_city():
    got = records("5月12日，上海市与四平市在长春签署合作协议。", "agreement", "zh", date(2024, 5, 13))
    assert [g["parties"] for g in got] == [["Shanghai", "Siping"]]


@pytest.mark.parametrize("text,want", [
    ("3月8日，同济大学、复旦大学签署合作框架协议。", [["Tongji University", "Fudan University"]]),
    ("3月8日，南京大学同东南大学在南京签署合作协议。", [["Nanjing University", "Southeast University"]]),
])
def test_tong_opening_a_clause_opens_a_name(text, want):
    assert [f["parties"] for f in records(text, "agreement", "zh")] == want


@pytest.mark.parametrize("text", [
    "5月12日，复旦大学与湿地国际签署合作协议。仪式后，双方还就2024年长江生态论坛的筹备工作进行了交流。",
    "5月12日，复旦大学与湿地国际签署合作协议。双方就第三届湿地保护论坛的筹备工作交换了意见。",
])
def test_a_forum_being_prepared_is_no_gathering(text):
    assert records(text, "event", "zh", date(2024, 5, 13)) == []
    assert len(records(text, "agreement", "zh", date(2024, 5, 13))) == 1
