"""Chinese round 6 (issue 17): a numbered list of signings under a dated forum sentence, and a plan's targets stated
with no pledge verb. Each rule on two texts of its own."""
from __future__ import annotations

from datetime import date

import pytest

from test_zh_round4 import read, signed  # one reader for the Chinese rounds

FORUM = ("10月16日，第二届中德城市可持续发展论坛在南京举行。\n论坛期间，三对中德友好城市签署合作文件：\n"
         "一、上海市与汉堡市签署《关于港口绿色低碳发展的合作备忘录》；\n二、南京市与莱比锡市签署《低碳城市合作意向书》。")
EXPO = ("6月5日，第三届中国国际进口博览会在上海开幕。\n会上，中外企业签署了以下协议：\n"
        "1. 天津市与美国加利福尼亚州签署低碳合作谅解备忘录；\n2. 广州市与洛杉矶市签署绿色港口合作协议。")


@pytest.mark.parametrize("text, page, day, n", [
    (FORUM, date(2019, 10, 17), "2019-10-16", 2),
    (EXPO, date(2020, 6, 6), "2020-06-05", 2),
])
def test_numbered_signings_take_the_day_of_the_opening_sentence(text, page, day, n):
    rows = signed(read(text, page))
    assert len(rows) == n and all(on == day for _, _, on in rows)


@pytest.mark.parametrize("text", [
    "10月16日，论坛在南京举行。\n方案明确了以下重点任务：\n一、推动能源结构调整；\n二、推进城市低碳发展。",
    "6月5日，会议在上海举行。\n会议指出：\n1. 要签署更多合作协议的前提是互信；\n2. 要加强合作。",
])
def test_a_numbered_list_without_an_opening_signing_is_no_signing(text):
    assert signed(read(text, date(2020, 6, 6))) == []


def pledges(text: str, page: date) -> list[tuple]:
    return sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"],
                   m.fields["share_pct"] or m.fields["reduction_pct_min"])
                  for m in read(text, page) if m.record_type == "commitment")


@pytest.mark.parametrize("text, page, expected", [
    ("近日，湖北省人民政府印发《湖北省碳达峰实施方案》。\n到2025年，非化石能源消费比重达到18%，单位地区生产总值能源消耗"
     "比2020年下降13.5%，单位地区生产总值二氧化碳排放比2020年下降19.5%。", date(2022, 10, 28),
     [("Hubei Province", "emissions_reduction", 2025, 19.5), ("Hubei Province", "other", 2025, 13.5),
      ("Hubei Province", "renewable_share", 2025, 18.0)]),
    ("日前，广东省人民政府印发《广东省碳达峰实施方案》。\n方案明确，到2030年，全省非化石能源消费比重达到35%左右。",
     date(2023, 2, 10), [("Guangdong Province", "renewable_share", 2030, 35.0)]),
])
def test_a_plans_targets_stated_without_a_pledge_verb_are_the_issuers(text, page, expected):
    assert pledges(text, page) == expected


@pytest.mark.parametrize("text", [
    # no plan issued before: a share stated with no pledge verb is no one's target
    "到2025年，非化石能源消费比重达到18%，单位地区生产总值能源消耗比2020年下降13.5%。",
    # a year's end or a change against the year before is a result, plan or not
    "近日，湖北省人民政府印发《湖北省碳达峰实施方案》。\n到2020年底，全省非化石能源消费比重达到15.9%。",
    "近日，广东省人民政府印发《广东省碳达峰实施方案》。\n到2022年，全省单位地区生产总值能源消耗同比下降3.1%。",
])
def test_a_share_stated_without_a_plan_or_as_a_result_is_no_pledge(text):
    assert pledges(text, date(2023, 2, 10)) == []


EXPO_TABLE = ("6月18日，中国—东盟博览会在南宁开幕。\n开幕式上，共签约项目2个，签约项目如下：\n"
              "| 序号 | 签约项目 | 签约单位 | 投资额（亿元） |\n| --- | --- | --- | --- |\n"
              "| 1 | 年产10GWh储能电池项目 | 南宁市人民政府、宁德时代 | 120 |\n| 2 | 绿色港口合作备忘录 | 钦州市、新加坡港务集团 | 5 |")
FORUM_TABLE = ("9月7日，中美省州长论坛在成都举行。\n论坛期间，双方签署以下合作文件：\n"
               "| 协议名称 | 签约双方 |\n| --- | --- |\n| 低碳城市合作谅解备忘录 | 成都市与洛杉矶市 |\n"
               "| 清洁能源合作框架协议 | 四川省/华盛顿州 |")


@pytest.mark.parametrize("text, page, expected", [
    (EXPO_TABLE, date(2023, 6, 19), [("agreement", "2023-06-18"), ("mou", "2023-06-18")]),
    (FORUM_TABLE, date(2019, 9, 8), [("mou", "2019-09-07"), ("agreement", "2019-09-07")]),
])
def test_rows_of_a_table_of_signings_are_signings_of_the_openings_day(text, page, expected):
    rows = signed(read(text, page))
    assert [(kind, on) for kind, _, on in rows] == expected and all(len(p) == 2 for _, p, _ in rows)


@pytest.mark.parametrize("text", [
    # a table of targets, no signing above it
    "方案提出以下目标：\n| 指标 | 2025年 | 2030年 |\n| --- | --- | --- |\n| 非化石能源消费比重 | 20% | 25% |",
    # a table of signings that names no parties
    "会上签约项目如下：\n| 签约项目 | 投资额（亿元） |\n| --- | --- |\n| 储能电池项目 | 120 |",
])
def test_a_table_without_a_signing_above_it_or_without_parties_is_no_signing(text):
    assert signed(read(text, date(2023, 6, 19))) == []


CATL = "Contemporary Amperex Technology Co., Limited"


@pytest.mark.parametrize("text", [
    "宁德时代宣布，公司将于2025年实现核心运营碳中和，2035年实现价值链碳中和。",
    "宁德时代提出，到2025年核心运营实现碳中和，到2035年价值链实现碳中和。",
])
def test_a_second_neutrality_target_with_its_own_year_is_a_second_row(text):
    assert pledges(text, date(2023, 4, 20)) == [(CATL, "carbon_neutrality", 2025, None),
                                                (CATL, "carbon_neutrality", 2035, None)]


@pytest.mark.parametrize("text", [
    "中国力争2030年前实现碳达峰，2060年前实现碳中和，实现碳中和是一场广泛而深刻的变革。",
    "中国将力争2060年前实现碳中和，为实现碳中和目标，各地制定了行动方案。",
])
def test_a_neutrality_named_again_without_a_year_of_its_own_is_no_second_row(text):
    assert [p for p in pledges(text, date(2021, 3, 1)) if p[1] == "carbon_neutrality"] == \
        [("China", "carbon_neutrality", 2060, None)]
