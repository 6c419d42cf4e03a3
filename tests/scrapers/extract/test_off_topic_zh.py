"""Chinese instruments of another field (scrapers/extract/off_topic_zh.py): a bank's loan or credit contract with a
borrower is lending, not cooperation, and is no agreement; one whose own words speak of climate ("碳汇质押贷款合作
协议") or a green-finance cooperation agreement of a bank stays one. Texts of our own."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.off_topic_zh import other_field
from story_records import records


def parties(text: str) -> list[list[str]]:
    return [sorted(a["parties"]) for a in records(text, "agreement", date(2025, 6, 12))]


@pytest.mark.parametrize("text", [
    "6月11日，某县农村商业银行与某水泥有限公司签署2亿元项目贷款合同。",
    "6月11日，泉州银行与泉州某化工有限公司签订5亿元流动资金借款合同，用于原料采购。",
    "6月11日，厦门国际银行与厦门某电子有限公司签署10亿元授信协议。",
])
def test_a_loan_or_credit_contract_is_no_agreement(text):
    assert parties(text) == []


def test_lending_instruments_with_climate_words_are_kept():
    assert parties("6月11日，苏州市林业局与中国建设银行签署林业碳汇质押贷款合作协议。") == \
        [sorted(["Suzhou Municipal Forestry Bureau", "中国建设银行"])]
    assert parties("6月11日，苏州市人民政府与中国建设银行签署绿色金融战略合作协议。") == [sorted(["Suzhou", "中国建设银行"])]


@pytest.mark.parametrize("instrument,want", [
    ("3亿元项目贷款合同", True), ("流动资金借款合同", True), ("授信协议", True),
    ("林业碳汇质押贷款合作协议", False), ("绿色金融合作备忘录", False), ("风电项目合作协议", False),
])
def test_other_field_reads_the_instruments_own_words(instrument, want):
    assert other_field(instrument) is want
