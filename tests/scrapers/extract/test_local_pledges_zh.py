"""Local Chinese pledges and signings (the eighty-seventh web's classes), on texts of our own: a district's and a
one-character county's pledge (districts_zh), a year glossed in the ROC calendar and a target year led by 以
(calendar_years_zh), a government's goal and 致力 (commitments), a signing that is the topic of a remark
(signing_topics_zh) and environment ministries named in Chinese (organisations.yaml)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.calendar_years_zh import without_calendar_glosses


def records(text: str, kind: str) -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", None, date(2025, 3, 12), "zh", text, datetime(2025, 3, 13))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]


def pledges(text: str) -> list[tuple]:
    return sorted((f["actor"], f["commitment_type"], f["target_year"], f["base_year"], f["reduction_pct_min"])
                  for f in records(text, "commitment"))


# --- districts and one-character counties (districts_zh) -----------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("雨花区提出，力争2027年实现碳达峰，比全市提前三年。", [("雨花区", "emissions_peak", 2027, None, None)]),
    ("据了解，江北区力争2028年前实现碳达峰。", [("江北区", "emissions_peak", 2028, None, None)]),
    ("根据该县的行动方案，沛县力争2029年前实现碳达峰。", [("沛县", "emissions_peak", 2029, None, None)]),
    ("歙县承诺到2025年非化石能源消费比重达到35%。", [("歙县", "renewable_share", 2025, None, None)]),
])
def test_a_district_or_a_short_county_that_pledges_is_named_as_written(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "高新区提出，力争2027年实现碳达峰。",  # a zone, no government
    "开发区力争2026年建成零碳园区并实现碳达峰。",
    "该区力争2027年实现碳达峰。",  # a deictic with no place named before
    "全县力争2029年前实现碳达峰。",
    "示范区承诺2030年前实现碳中和。",
])
def test_a_zone_or_a_deictic_is_no_district(text):
    assert pledges(text) == []


def test_a_city_the_tables_know_keeps_its_name():
    assert {f["actor"] for f in records("上海市提出，力争2025年实现碳达峰。", "commitment")} == {"Shanghai"}


# --- years glossed in the ROC calendar, and 以 ... 为目标 (calendar_years_zh) ------------------------------------
@pytest.mark.parametrize("text,want", [
    ("臺南市宣示，將以2030年溫室氣體排放量較2005年（民國94年）減少25%作為中期目標。",
     [("Tainan", "emissions_reduction", 2030, 2005, 25.0)]),
    ("桃園市以2030年温室气体排放量较2005年减少30%为目标。",
     [("Taoyuan", "emissions_reduction", 2030, 2005, 30.0)]),
    ("屏東縣政府表示，將於民國139年（2050年）達成淨零排放。", [("Pingtung County", "carbon_neutrality", 2050, None, None)]),
])
def test_an_roc_gloss_or_a_goal_led_by_yi_keeps_the_target(text, want):
    got = pledges(text)
    assert [g[1:] for g in got] == [w[1:] for w in want]


def test_an_roc_gloss_is_read_away_with_offsets_kept():
    s = "较2005年（民国94年）减少30%，于民国139年（2050年）达成"
    read, back = without_calendar_glosses(s)
    assert read == "较2005年减少30%，于2050年达成"
    assert s[back(read.index("减少"))] == "减" and s[back(read.index("达成"))] == "达"
    assert without_calendar_glosses("较2005年减少30%")[0] == "较2005年减少30%"


@pytest.mark.parametrize("text", [
    "该市以2005年为基准，持续推进节能降碳。",  # 以 a base year, no goal
    "以2023年为例，全市碳排放较2005年减少了18%。",  # an example year and a result
])
def test_yi_before_a_base_or_an_example_sets_no_target(text):
    assert [p for p in pledges(text) if p[2] == 2005 or p[2] == 2023] == []


# --- a government's goal, 致力 (commitments) ----------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("澳门会致力在2030年前把可再生能源在发电燃料组合中的比例提升至5%。", [("Macau", "renewable_share", 2030, None, None)]),
    ("香港特區政府表示，香港會致力在2035年前把可再生能源的比例提升至10%。", [("Hong Kong", "renewable_share", 2035, None, None)]),
])
def test_zhili_states_a_pledge(text, want):
    assert [p[1:] for p in pledges(text)] == [w[1:] for w in want]


def test_the_governments_goal_is_the_story_places():
    text = "香港會致力在2050年前實現碳中和。在能源方面，政府的目標是在2035年前把可再生能源在發電燃料組合中的比例提升至7.5%至10%。"
    assert [p[:3] for p in pledges(text)] == [("Hong Kong", "carbon_neutrality", 2050),
                                              ("Hong Kong", "renewable_share", 2035)]


@pytest.mark.parametrize("text", [
    "该公司致力于在2030年前成为行业领先企业。",  # no target of the tracker's
    "政府的目标是在2035年前完成全港街灯更换。",
])
def test_zhili_without_a_target_is_no_pledge(text):
    assert pledges(text) == []


# --- a signing as the topic of a remark (signing_topics_zh) ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "市长在致辞中表示，成都与墨尔本都重视绿色发展，此次签署合作备忘录标志着两市合作进入新阶段。",
    "局長表示，澳門與葡萄牙都致力推動減碳，是次簽署諒解備忘錄意味着雙方合作邁向新台階。",
    "他说，两国都高度重视应对气候变化，这次签约是双方务实合作的重要成果。",
])
def test_a_signing_talked_about_concludes_nothing_new(text):
    assert records(text, "agreement") == []


@pytest.mark.parametrize("text,want", [
    ("3月1日，成都市与墨尔本市此次签署了合作备忘录。", ["Chengdu", "Melbourne"]),
    ("本次签约仪式上，深圳市与悉尼市签署了友好城市协议。", ["Shenzhen", "Sydney"]),
])
def test_a_signing_reported_with_a_deictic_still_counts(text, want):
    assert [sorted(f["parties"]) for f in records(text, "agreement")] == [sorted(want)]


# --- environment ministries named in Chinese (organisations.yaml) ---------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("5月8日，四川省生态环境厅与新西兰环境部在成都签署合作备忘录。", "New Zealand Ministry for the Environment"),
    ("5月8日，四川省生态环境厅与英国环境、食品和农村事务部在成都签署合作备忘录。",
     "Department for Environment, Food and Rural Affairs"),
    ("5月8日，四川省生态环境厅与法国生态转型部在成都签署合作备忘录。", "Ministry of Ecological Transition (France)"),
])
def test_a_foreign_environment_ministry_is_named_in_english(text, want):
    parties = [p for f in records(text, "agreement") for p in f["parties"]]
    assert want in parties and len(parties) == 2
