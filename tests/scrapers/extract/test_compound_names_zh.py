"""Chinese names holding another name (scrapers/extract/compound_names_zh.py): a cooperation zone with its city in
brackets, a known group's line-of-business company, a known body's China company with its bracketed place; and the
trade words left after such a bracket name no one (entities_zh.ZH_GENERIC_ORG)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2024, 6, 1))]


@pytest.mark.parametrize("text,want", [
    # a zone with its city in brackets, no 管委会: the zone signs, not its city
    ("5月20日，远东能源有限公司与中新（天津）生态城签署绿电交易合作协议。",
     [["远东能源有限公司", "中新（天津）生态城"]]),
    ("去年9月，中德（沈阳）高端装备制造产业园与北方氢能有限公司签署合作协议，共建氢能装备基地。",
     [["中德（沈阳）高端装备制造产业园", "北方氢能有限公司"]]),
    # a known group's hydrogen or new-energy company: the company, whole
    ("2022年6月，华能集团新能源公司与乌兰察布市人民政府签署战略合作协议。",
     [["华能集团新能源公司", "Ulanqab"]]),
    ("6月1日，宏达股份与国家电投集团氢能公司签署合作协议。", [["宏达股份", "国家电投集团氢能公司"]]),
])
def test_names_read_whole(text, want):
    assert _parties(text) == want


@pytest.mark.parametrize("text,want", [
    # a known body's China company, named in full with a 简称 and then by the signers' posts: one side, twice
    ("3月2日，西门子（中国）有限公司（以下简称“西门子中国”）与江城汽车股份有限公司在武汉签署战略合作框架协议。"
     "西门子公司执行副总裁、西门子中国总裁王明与江城汽车董事长李华代表双方签约。",
     [["Siemens", "江城汽车股份有限公司"], ["Siemens", "江城汽车股份有限公司"]]),
    # the trade words and legal form after the bracket are no second side
    ("4月8日，丰田汽车（中国）投资有限公司与北方汽车股份有限公司签署合作协议。",
     [["Toyota Motor Corporation", "北方汽车股份有限公司"]]),
])
def test_bracketed_known_bodies(text, want):
    assert _parties(text) == want


@pytest.mark.parametrize("text", [
    # a zone's name with no place in brackets, a group named alone: nothing new is read
    "7月3日，国家电投集团与吉林省人民政府签署战略合作框架协议。",
    "5月10日，苏州工业园区管委会与新加坡裕廊集团签署合作备忘录。",
])
def test_other_names_unchanged(text):
    parties = [p for ps in _parties(text) for p in ps]
    assert not any("（" in p for p in parties) and "国家电投集团氢能公司" not in parties


def test_generic_company_words_name_no_one():
    """"投资有限公司" alone (a company founded, or the words after a bracket) is no side."""
    assert _parties("8月1日，双方签署协议，共同出资成立投资有限公司。") == []
