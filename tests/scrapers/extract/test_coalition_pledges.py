"""Collective pledges of coalitions and their members (scrapers/extract/coalition_pledges.py, session_ordinals_zh.py,
the 承诺 target year of figures_zh; docs/collective-pledges.md): a pledge goes to each member the sentence names and to
the coalition only where it names none; a target the coalition encourages is nobody's; a body's numbered sitting is an
event where a pledge was made at it. Each rule is shown on two texts written for these tests (not the test webs')."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

DAY = date(2025, 6, 3)


def _actors(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"]) for r in records(text, "commitment", DAY)]


# --- named members pledge, not the coalition whose members they are -------------------------------------------
def test_members_named_after_members_of_the_coalition():
    assert _actors("Members of the Cascadia Transit Alliance, including Bend, Medford and Eugene, pledged to cut "
                   "emissions 35 percent below 2015 levels by 2033.") == [
        ("Bend", "emissions_reduction", 2033), ("Medford", "emissions_reduction", 2033),
        ("Eugene", "emissions_reduction", 2033)]
    assert _actors("The mayors of Dubuque and Peoria, both members of the Heartland Resilience Coalition, each "
                   "committed to drawing 70 percent of city power from renewables by 2031.") == [
        ("Dubuque", "renewable_share", 2031), ("Peoria", "renewable_share", 2031)]


def test_members_named_after_the_coalitions_member_cities_in_chinese():
    assert _actors("长江中游低碳城市联盟成员城市岳阳、常德共同承诺2029年前实现碳达峰。") == [
        ("Yueyang", "emissions_peak", 2029), ("Changde", "emissions_peak", 2029)]
    assert _actors("沿海清洁港口联盟各成员日照、连云港承诺到2035年实现碳中和。") == [
        ("Rizhao", "carbon_neutrality", 2035), ("Lianyungang", "carbon_neutrality", 2035)]


def test_a_coalition_with_no_member_named_and_one_with_a_member_beside_it():
    assert _actors("Each of the nine mayors of the Cascadia Transit Alliance pledged to reach net zero by 2048.") == [
        ("Cascadia Transit Alliance", "carbon_neutrality", 2048)]
    # the body and a city side by side, neither said to be the other's member: both pledge
    assert _actors("Boulder and the Front Range Energy Coalition pledged to reach net zero by 2046.") == [
        ("Boulder", "carbon_neutrality", 2046), ("Front Range Energy Coalition", "carbon_neutrality", 2046)]


# --- a Compact, Covenant or Caucus whose members the story speaks of is a body ---------------------------------
def test_a_compact_or_covenant_named_by_its_members_pledges():
    assert _actors("The 11 mayors of the Ozark Clean Air Compact committed to reaching carbon neutrality by "
                   "2047.") == [("Ozark Clean Air Compact", "carbon_neutrality", 2047)]
    assert _actors("Leaders of the Tidewater Climate Covenant pledged to cut emissions 40 percent below 2019 levels "
                   "by 2034.") == [("Tidewater Climate Covenant", "emissions_reduction", 2034)]


# --- "联盟各成员城市" stands for the one 联盟 the story names ------------------------------------------------------
def test_the_coalitions_members_as_one_subject_in_chinese():
    assert _actors("长江中游低碳城市联盟年会在岳阳举行。联盟各成员城市承诺，到2034年碳排放总量比2020年下降25%。") == [
        ("长江中游低碳城市联盟", "emissions_reduction", 2034)]
    assert _actors("8月2日，沿海清洁港口联盟理事会在日照召开。联盟成员城市共同承诺2028年前实现港口作业碳达峰。") == [
        ("沿海清洁港口联盟", "emissions_peak", 2028)]


def test_members_as_one_subject_with_two_coalitions_named_is_nobodys():
    # two coalitions named in full: which one "联盟" is the text does not settle
    assert _actors("长江中游低碳城市联盟与沿海清洁港口联盟举行联席会。联盟各成员城市承诺，到2034年碳排放总量比2020年"
                   "下降25%。") == []


# --- a target a coalition encourages is no pledge ---------------------------------------------------------------
def test_an_encouraged_target_is_no_pledge():
    assert _actors("The Cascadia Transit Alliance encourages its member cities to adopt a goal of 50 percent "
                   "electric buses by 2032.") == []
    assert _actors("The Front Range Energy Coalition also encouraged members to cut emissions 30 percent below 2018 "
                   "levels by 2030.") == []


def test_an_encouraged_target_is_no_pledge_in_chinese():
    assert _actors("长江中游低碳城市联盟鼓励成员城市到2030年将可再生能源消费占比提高至30%。") == []
    assert _actors("沿海清洁港口联盟倡导各成员到2032年实现港口碳中和。") == []


def test_a_pledge_after_the_encouragement_stays():
    assert _actors("岳阳在联盟鼓励下承诺，到2030年可再生能源消费占比达到30%。") == [
        ("Yueyang", "renewable_share", 2030)]


# --- a year right after 承诺 is the target ----------------------------------------------------------------------
def test_a_year_right_after_the_pledge_verb_is_the_target():
    assert _actors("岳阳承诺2035年碳排放比2020年下降40%。") == [("Yueyang", "emissions_reduction", 2035)]
    assert _actors("常德市政府承诺2032年碳排放总量比2018年减少35%。") == [("Changde", "emissions_reduction", 2032)]


# --- a body's numbered sitting is an event where a pledge was made at it --------------------------------------
def test_a_numbered_sitting_of_a_body_is_an_event():
    out = records("7月8日，长江低碳城市联盟第四次市长联席会议在岳阳召开。会上，岳阳、常德承诺2029年前实现碳达峰。",
                  "event", DAY)
    assert [(e["name"], e["city"]) for e in out] == [("长江低碳城市联盟第四次市长联席会议", "Yueyang")]
    out = records("9月16日，清洁能源城市协会第二次会员代表大会在日照召开。会上，日照、连云港承诺2031年前实现碳达峰。",
                  "event", DAY)
    assert [(e["name"], e["city"]) for e in out] == [("清洁能源城市协会第二次会员代表大会", "Rizhao")]


def test_a_numbered_sitting_alone_is_no_name():
    assert records("7月8日，第四次市长联席会议在岳阳召开。会上，岳阳、常德承诺2029年前实现碳达峰。", "event", DAY) == []


def test_a_governments_numbered_routine_sitting_is_no_event():
    assert records("该方案已经2024年12月30日市政府第四十五次常务会议审议通过，到2030年全市碳排放比2020年下降20%。",
                   "event", DAY) == []
    assert records("3月4日，县政府第十二次常务会议在县城召开，会议要求2028年前实现碳达峰。", "event", DAY) == []
