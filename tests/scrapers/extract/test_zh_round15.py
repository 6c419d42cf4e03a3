"""Chinese government-company signings on energy portals (round 15, the gaps the forty-eighth web left): a group's
action plan issued under its full company form (…集团有限公司发布《…方案》) whose targets the next sentences give
with a bare 集团 as subject, a plan's capacity target with no pledge word of its own, and an investment promotion
(招商推介会) at which only 意向 was reached. Each rule on two texts written for the test, with what it leaves alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def mentions(text: str, kind: str) -> list:
    art = Article("http://127.0.0.1/p", "test", None, date(2024, 6, 20), "zh", text, datetime(2024, 6, 21))
    return [m for m in extract_mentions(art) if m.record_type == kind]


def pledges(text: str) -> list[tuple]:
    return sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"])
                  for m in mentions(text, "commitment"))


@pytest.mark.parametrize("text,actor", [
    ("6月3日，晋兴煤电集团有限公司发布《碳达峰行动方案》。方案提出，集团力争2029年实现碳达峰。", "晋兴煤电集团"),
    ("近日，蓝湾航运股份有限公司印发《绿色低碳发展规划》。规划明确，公司争取2027年实现碳达峰。", "蓝湾航运"),
])
def test_a_plan_issued_under_the_full_company_form_is_the_company_s(text, actor):
    got = pledges(text)
    assert [(k, y) for _, k, y in got] == [("emissions_peak", int(text.split("年实现")[0][-4:]))]
    assert got[0][0].startswith(actor)


@pytest.mark.parametrize("text", [
    "晋兴煤电集团有限公司的员工发布《碳达峰行动方案》解读。方案提出，集团力争2029年实现碳达峰。",  # not the issuer
    "6月3日，晋兴煤电集团有限公司发布《年度报告》。报告显示，集团2023年碳排放已下降5%。",  # a result, no plan
])
def test_what_no_company_issued_or_pledged_is_left_alone(text):
    assert not [p for p in pledges(text) if p[0].startswith("晋兴")]


@pytest.mark.parametrize("text,year", [
    ("6月3日，晋兴煤电集团有限公司发布《碳达峰行动方案》。方案提出，集团力争2029年实现碳达峰。"
     "到2030年，集团新能源装机规模达到800万千瓦。", 2030),
    ("近日，蓝湾能源股份有限公司印发《绿色低碳发展规划》。规划明确，公司争取2027年实现碳达峰。"
     "到2028年，公司光伏装机容量达到300万千瓦。", 2028),
])
def test_a_plan_s_capacity_target_with_no_pledge_word_is_the_issuer_s(text, year):
    assert ("other", year) in [(k, y) for _, k, y in pledges(text)]


@pytest.mark.parametrize("text", [
    "6月3日，晋兴煤电集团有限公司发布《碳达峰行动方案》。截至2023年底，集团新能源装机规模已达到200万千瓦。",
    "6月3日，晋兴煤电集团有限公司发布《碳达峰行动方案》。2023年，集团新能源装机规模同比增长20%，达到200万千瓦。",
])
def test_capacity_reached_is_no_target(text):
    assert [p for p in pledges(text) if p[1] == "other"] == []


@pytest.mark.parametrize("text", [
    "8月9日，赤峰市风电产业招商推介会在深圳举行。推介会上，赤峰市与12家企业达成合作意向，意向投资额180亿元。",
    "5月20日，2024酒泉新能源装备制造招商推介会在杭州举办，现场与多家企业进行了洽谈。",
])
def test_an_investment_promotion_with_intentions_only_is_no_event(text):
    assert mentions(text, "event") == []


def test_an_investment_promotion_where_an_energy_agreement_was_signed_stays_an_event():
    text = ("8月9日，赤峰市风电产业招商推介会在深圳举行。推介会上，赤峰市人民政府与中国华能集团有限公司签署新能源"
            "战略合作协议。")
    assert [m.fields["name"] for m in mentions(text, "event")] == ["赤峰市风电产业招商推介会"]
    assert len(mentions(text, "agreement")) == 1
