"""Chinese signings of several instruments or told in a relative clause (scrapers/extract/instruments_zh.py):
"签署了《X》和《Y》两份协议" and "签订…框架协议及…补充协议" are one agreement per instrument; "由A和B联合签署的《X》" is
an agreement of A and B; "双方还签署了《Y》" right after a named pair's signing is that pair's. Negatives: one
instrument about two fields ("能源和气候合作备忘录"), "根据由…签署的", "此前由…签署的", and a "双方" signing whose
sentence before told no signing and no meeting."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.instruments_zh import instrument_names


def agreements(text: str) -> list[tuple[str, str | None, list[str]]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2024, 3, 12), "zh", text, datetime(2024, 3, 13))
    return [(m.fields["agreement_type"], m.fields["title"], m.fields["parties"])
            for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,titles", [
    ("3月11日，三峡集团与德阳市人民政府签署了《风电装备产业合作协议》和《绿色氢能示范项目协议》两份协议。",
     ["风电装备产业合作协议", "绿色氢能示范项目协议"]),
    ("3月11日，国家电投与遵义市人民政府签订综合智慧能源战略合作框架协议及分布式光伏项目补充协议。",
     ["综合智慧能源战略合作框架协议", "分布式光伏项目补充协议"]),
])
def test_one_pair_two_instruments_is_two_agreements(text, titles):
    found = agreements(text)
    assert [t for _, t, _ in found] == titles
    assert found[0][2] == found[1][2] and len(found[0][2]) == 2


@pytest.mark.parametrize("text", [
    "3月11日，德阳市与成都市签署了能源和气候合作备忘录。",
    "3月11日，德阳市与成都市签署了关于光伏和储能的合作协议。",
])
def test_one_instrument_about_two_fields_is_one(text):
    assert len(agreements(text)) == 1


def test_instrument_names_need_a_head_in_every_item():
    assert instrument_names("了能源和气候合作备忘录") is None
    assert instrument_names("了《甲协议》和《乙协议》两份协议") == ["甲协议", "乙协议"]


@pytest.mark.parametrize("text,who", [
    ("会上发布了由德阳市人民政府和成都市人民政府联合签署的《成德绿色能源协同发展协议》。", ["Deyang", "Chengdu"]),
    ("3月11日，由遵义市人民政府与贵阳市人民政府共同签署的《清洁能源合作备忘录》正式生效。", ["Zunyi", "Guiyang"]),
])
def test_signed_by_two_in_a_relative_clause(text, who):
    found = agreements(text)
    assert len(found) == 1 and sorted(found[0][2]) == sorted(who)


@pytest.mark.parametrize("text", [
    "根据由德阳市人民政府和成都市人民政府签署的《成德绿色能源协同发展协议》，两市将共建储能基地。",
    "此前由遵义市人民政府与贵阳市人民政府签署的《清洁能源合作备忘录》已到期。",
])
def test_a_relative_clause_recalled_or_referred_to_is_none(text):
    assert agreements(text) == []


@pytest.mark.parametrize("text,kinds", [
    ("3月11日，德阳市人民政府与东方电气集团签署《氢能产业合作协议》。双方还签署了《零碳园区建设合作备忘录》。",
     ["agreement", "mou"]),
    ("3月11日，遵义市人民政府与国家电投续签《战略合作协议》。双方还签订了《屋顶光伏开发合同》。",
     ["agreement", "agreement"]),
])
def test_both_sides_after_a_named_pairs_signing(text, kinds):
    found = agreements(text)
    assert [k for k, _, _ in found] == kinds and found[0][2] == found[1][2]


def test_both_sides_with_no_pair_before_names_none():
    assert agreements("3月11日，德阳市召开新闻发布会。双方还签署了《零碳园区建设合作备忘录》。") == []


def test_both_sides_after_two_signings_names_none():
    found = agreements("3月11日，德阳市分别与东方电气集团、国家电投签署了氢能合作协议。双方还签署了《零碳园区建设合作备忘录》。")
    assert len(found) == 2 and all(t is None for _, t, _ in found)


def test_a_relative_clause_of_another_field_is_none():
    assert agreements("会上发布了由德阳市人民政府和成都市人民政府联合签署的《跨境人民币结算合作协议》。") == []


# "其中包括A与B签署的X、C与D签署的Y": signings told as the noun phrases of a list (no 由)
@pytest.mark.parametrize("text, pairs", [
    ("9月19日，中美省州对话会在西雅图举行，会上共签署了12项合作协议，其中包括江苏省与加州能源委员会签署的清洁能源合作备忘录、"
     "深圳市与洛杉矶港签署的绿色港口合作意向书。",
     [{"Jiangsu Province", "California Energy Commission"}, {"Shenzhen", "Port of Los Angeles"}]),
    ("5月8日，绿色发展论坛在南京开幕。签约项目包括：南京市与德国汉堡市签署的低碳城市合作备忘录；苏州市和新加坡签订的"
     "生态环境合作协议。", [{"Nanjing", "Hamburg"}, {"Suzhou", "Singapore"}]),
    ("加州州长纽森见证了江苏省与加州能源委员会签署的清洁能源合作备忘录。",
     [{"Jiangsu Province", "California Energy Commission"}]),
])
def test_signings_as_noun_phrases_of_a_list(text, pairs):
    found = [set(parties) for _, _, parties in agreements(text)]
    assert sorted(found, key=sorted) == sorted(pairs, key=sorted)


@pytest.mark.parametrize("text", [
    "根据江苏省与加州能源委员会签署的清洁能源合作备忘录，双方将开展培训。",  # carried out, not signed now
    "江苏省与加州能源委员会2018年签署的清洁能源合作备忘录今年到期。",  # an earlier signing
    "江苏省与加州能源委员会此前签署的清洁能源合作备忘录成效显著。",
    "专家认为，江苏省与加州能源委员会签署的备忘录意义重大。",  # words beside the names before them
])
def test_noun_phrase_signings_that_are_no_news(text):
    assert agreements(text) == []


@pytest.mark.parametrize("text,kinds", [
    # titles written back to back, the last after 和: one instrument per counterpart, each its own kind, in order
    ("3月10日，中国能建分别与沙特电力公司、沙特投资部、沙特水务局签署《光伏电站投资协议》《储能项目合作备忘录》和"
     "《海水淡化项目合作协议》。", ["agreement", "mou", "agreement"]),
    ("3月10日，三峡集团分别与巴西矿产能源部、巴西国家电力公司签署《水电合作谅解备忘录》《输电项目合作协议》。",
     ["mou", "agreement"]),
])
def test_titles_written_back_to_back_are_a_list_in_order(text, kinds):
    assert [k for k, _, _ in agreements(text)] == kinds
