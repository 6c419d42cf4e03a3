"""Chinese round 9 (issue 17): lists of signings, the rules of the twenty-fourth web's failures. Each rule on two texts
of its own (none is a sentence of a test web)."""
from __future__ import annotations

from datetime import date

import pytest

from test_zh_round4 import read, signed  # one reader for the Chinese rounds

PAGE = date(2024, 5, 10)


def rows(text: str) -> list[tuple]:
    return signed(read(text, PAGE))


@pytest.mark.parametrize("text, expected", [
    ("9日，正泰新能源与马来西亚国家能源公司签署《光伏电站投资合作协议》。", ["正泰新能源", "Tenaga Nasional Berhad"]),
    ("9日，晶澳新能源与沙特电力公司签署光伏合作协议。", ["晶澳新能源", "沙特电力公司"]),
])
def test_a_firm_ending_on_a_topic_word_is_not_joined_to_a_countrys_body(text, expected):
    """"<firm>新能源与<country>…公司": 与 before a country's name joins two parties, not two topics of one name."""
    assert [p for _, p, _ in rows(text)] == [expected]


def test_two_topics_inside_one_name_stay_one_name():
    assert [p for _, p, _ in rows("9日，中国气候变化与可持续发展研究院与法国开发署签署合作协议。")] == [
        ["中国气候变化与可持续发展研究院", "法国开发署"]]


@pytest.mark.parametrize("text, utility", [
    ("9日，上海电气分别与印度尼西亚国家电力公司、柬埔寨电力公司签署储能项目合作谅解备忘录。", "Électricité du Cambodge"),
    ("9日，东方电气与埃及电力公司签署储能合作备忘录。", "埃及电力公司"),
])
def test_a_countrys_electricity_company_is_its_utility_named(text, utility):
    """"柬埔寨电力公司" is Électricité du Cambodge's name, not an unnamed company of Cambodia."""
    assert utility in [p for _, ps, _ in rows(text) for p in ps]


def test_an_unnamed_energy_company_of_a_country_is_still_no_party():
    assert rows("9日，远景能源与德国能源公司签署储能合作备忘录。") == []


@pytest.mark.parametrize("text", [
    "9日，中國工商銀行與巴西伊塔烏銀行簽署跨境人民幣結算合作協議。",
    "9日，湖南省商务厅与肯尼亚投资局签署跨境支付合作备忘录。",
    "9日，廣東省與智利簽署經貿合作協議。",
    "9日，西安综合保税区与阿拉木图市签署《跨境电商贸易合作协议》。",
])
def test_trade_and_finance_instruments_are_no_records_in_either_script(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "9日，兴业银行与法国开发署签署绿色金融合作备忘录。",
    "9日，正泰新能源与埃及电力公司签署光伏电站投资合作协议。",
])
def test_an_instrument_of_finance_on_the_trackers_topics_is_kept(text):
    assert len(rows(text)) == 1


@pytest.mark.parametrize("text, titles", [
    ("9日，杭州市与瑞典哥德堡市分别签署《友好城市关系协议书》和《低碳发展合作备忘录》。",
     [("agreement", "友好城市关系协议书"), ("mou", "低碳发展合作备忘录")]),
    ("9日，國家電網與巴西電力公司在里約分別簽署《輸電項目合作協議》和《儲能合作備忘錄》。",
     [("agreement", "输电项目合作协议"), ("mou", "储能合作备忘录")]),
])
def test_one_signing_of_two_instruments_is_two_agreements(text, titles):
    """"A与B分别签署《X》和《Y》": 分别 before the verb distributes over the instruments."""
    ms = [m.fields for m in read(text, PAGE) if m.record_type == "agreement"]
    assert [(f["agreement_type"], f["title"]) for f in ms] == titles
    assert len({tuple(f["parties"]) for f in ms}) == 1


@pytest.mark.parametrize("text, n", [
    ("9日，2024中国—中亚能源合作论坛在西安举行。论坛现场共签约9个项目，总金额约120亿元。部分签约项目如下：\n"
     "一、西安市与哈萨克斯坦阿拉木图市签署《低碳城市合作备忘录》；\n二、隆基绿能与乌兹别克斯坦能源部签署《光伏电站合作协议》。", 2),
    ("9日，2024中国—中东欧清洁能源论坛在宁夏银川开幕。论坛现场签约项目7个。签约项目如下：\n"
     "（一）银川市与波兰卡托维兹市签署《绿色城市合作备忘录》；\n（二）宁夏电投与塞尔维亚电力公司签署《风电项目合作协议》。", 2),
])
def test_numbered_items_take_the_day_of_the_sentence_before_the_opening(text, n):
    """"论坛现场共签约N个项目。" + "部分签约项目如下：" + "一、…": the items were signed at the forum, on its day."""
    out = rows(text)
    assert len(out) == n and {d for _, _, d in out} == {"2024-05-09"}


@pytest.mark.parametrize("text, parties", [
    ("9日，2024中国—中亚清洁能源投资推介会在西安举行，现场签约项目15个。\n主要签约项目名单：\n"
     "隆基绿能与哈萨克斯坦能源部签署《光伏电站合作协议》\n西安综合保税区与阿拉木图市签署《跨境电商贸易合作协议》\n"
     "此外，西安市分别与阿拉木图市、塔什干市和比什凯克市签署低碳城市合作备忘录。",
     [["LONGi Green Energy Technology", "Ministry of Energy of Kazakhstan"], ["Xi’an", "Almaty"], ["Xi’an", "Tashkent"],
      ["Xi’an", "Bishkek"]]),
    ("8日，成都—东盟绿色产业投资洽谈会在成都举行，现场签约项目11个。\n签约项目名单：\n"
     "通威股份与泰国国家电力局签署《光伏组件供应协议》\n此外，成都市与越南岘港市签署低碳城市合作备忘录。",
     [["Tongwei", "Electricity Generating Authority of Thailand"], ["Chengdu", "Da Nang"]]),
])
def test_unnumbered_lines_and_an_also_sentence_under_an_opening_are_items_of_its_day(text, parties):
    """"甲方与乙方签署《…》" lines with no number and "此外，…签署…。" after them: signings of the lede's bare day."""
    out = rows(text)
    assert [p for _, p, _ in out] == parties
    assert {d for _, _, d in out} == {"2024-05-0" + text[0]}
