"""A foreign country's national body named in Chinese by a Chinese administrative term (埃塞俄比亚环境保护局, 肯尼亚林业局)
is kept as written, not rendered with the English of China's own bureaux ("Ethiopia Environmental Protection Bureau":
a made-up name); China's, Hong Kong's and Macao's bodies and a foreign city's are rendered as before
(scrapers/extract/foreign_bodies_zh.py). The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.orgs import render_zh
from story_records import records


@pytest.mark.parametrize("name", ["埃塞俄比亚环境保护局", "肯尼亚林业局", "赞比亚气象局", "加纳环境保护局"])
def test_a_foreign_countrys_bureau_stays_as_written(name):
    assert render_zh(name) == name


@pytest.mark.parametrize("name, want", [
    ("广东省生态环境厅", "Guangdong Provincial Department of Ecology and Environment"),
    ("深圳市生态环境局", "Shenzhen Municipal Ecology and Environment Bureau"),
    ("澳门环境保护局", "Macau Environmental Protection Bureau"),
    ("洛杉矶港务局", "Los Angeles Port Authority"),
])
def test_chinese_and_city_bodies_are_rendered_as_before(name, want):
    assert render_zh(name) == want


@pytest.mark.parametrize("text, party", [
    ("5月6日，四川省生态环境厅与赞比亚气象局在成都签署气候监测合作谅解备忘录。", "赞比亚气象局"),
    ("据悉，生态环境部与加纳环境保护局日前在阿克拉签署了应对气候变化物资援助谅解备忘录。", "加纳环境保护局"),
])
def test_the_party_keeps_the_name_the_text_gives(text, party):
    (rec,) = records(text, "agreement", day=date(2025, 5, 8))
    assert party in rec["parties"]
    assert not any("Bureau" in p for p in rec["parties"])


# --- a foreign ministry or agency built whole: <country> + one portfolio word + 部 / 署 --------------------------------
@pytest.mark.parametrize("name, want", [
    ("格鲁吉亚能源部", "Ministry of Energy of Georgia"),
    ("蒙古国环境部", "Ministry of Environment of Mongolia"),
    ("哈萨克斯坦共和国能源部", "Ministry of Energy of Kazakhstan"),
])
def test_a_foreign_ministry_or_agency_of_one_known_portfolio_is_built_whole(name, want):
    assert render_zh(name) == want


@pytest.mark.parametrize("name", [
    "越南能源局",  # 局: a Bureau, an Authority or a Service
    "瑞典能源署",  # 署: the Swedish Energy Agency (an adjective no table holds), never "Sweden Energy Agency"
    "约旦可再生能源署",
    "约旦能源委员会",  # 委员会: a Commission or a Committee
    "老挝水和环境部",  # two portfolios
    "泰国科技部",  # 科技: "Science and Technology", never built
    "巴西矿产能源部",  # a word no table knows
    "印度电力部",  # 电力: Power or Electricity
])
def test_other_heads_and_portfolios_stay_as_written(name):
    assert render_zh(name) == name


@pytest.mark.parametrize("text, party", [
    ("9月3日，中国能建与格鲁吉亚能源部在第比利斯签署抽水蓄能电站合作谅解备忘录。", "Ministry of Energy of Georgia"),
    ("11月8日，浙江省能源局与约旦可再生能源署在杭州签署光伏合作协议。", "约旦可再生能源署"),
    ("2．中国电建所属电建国际与哈萨克斯坦共和国能源部签署《风电项目投资协议》；", "Ministry of Energy of Kazakhstan"),
    # the text's own English wins over a built name
    ("8月5日，吉林省能源局与芬兰能源署（Business Finland Energy）在长春签署清洁能源合作谅解备忘录。",
     "Business Finland Energy"),
])
def test_the_party_takes_the_built_name_or_the_texts_own(text, party):
    (rec,) = records(text, "agreement", day=date(2025, 11, 10))
    assert party in rec["parties"]


# --- a foreign state's or province's body: its Chinese name translates an English one it does not give back ----------
@pytest.mark.parametrize("name", ["纽约州环境保护局", "密歇根州能源局", "巴伐利亚州能源局", "不列颠哥伦比亚省环境厅"])
def test_a_foreign_states_body_stays_as_written(name):
    assert render_zh(name) == name


def test_a_foreign_states_body_in_a_signing_is_no_made_up_name():
    (rec,) = records("6月3日，浙江省生态环境厅与美国纽约州环境保护局在杭州签署合作备忘录。", "agreement", day=date(2024, 6, 12))
    assert "纽约州环境保护局" in rec["parties"] and not any("Bureau" in p for p in rec["parties"])
