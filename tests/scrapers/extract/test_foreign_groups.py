"""The large foreign energy and industrial groups Chinese partners sign with are named in English from their Chinese
names (organisations.yaml), with the legal form or the country before the name read through."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities


@pytest.mark.parametrize("sentence, name", [
    ("国家电投与法国电力集团在巴黎签署海上风电合作框架协议。", "Électricité de France"),
    ("中国华能集团有限公司与日本关西电力株式会社签署了氢能合作谅解备忘录。", "Kansai Electric Power"),
    ("远景科技集团与丹麦沃旭能源签署绿色电力采购协议。", "Ørsted"),
    ("Shenzhen Energy Group and Siemens Energy AG on Monday inked a framework agreement.", "Siemens Energy"),
])
def test_a_foreign_group_by_its_chinese_or_legal_name(sentence, name):
    assert name in {e.name for e in find_entities(sentence)}


def test_a_common_word_is_no_company():
    # "Total" and a sentence-opening "Shell" are words before they are companies: not listed bare
    assert not {e.name for e in find_entities("Total emissions fell while the Shell Lake plant closed.")} & {
        "TotalEnergies", "Shell plc"}


@pytest.mark.parametrize("sentence, name", [
    ("Natural Resources Canada and China's National Energy Administration signed a memorandum.",
     "Natural Resources Canada"),
    ("Transport for London and the Beijing Municipal Commission of Transport signed an agreement.",
     "Transport for London"),
    ("加拿大环境与气候变化部与生态环境部签署了合作备忘录。", "Environment and Climate Change Canada"),
])
def test_a_department_whose_name_holds_no_ministry_is_read_whole(sentence, name):
    names = {e.name for e in find_entities(sentence)}
    assert name in names and not {"Canada", "London"} & names


@pytest.mark.parametrize("sentence, name", [
    ("中国东方电气集团有限公司与越南国家电力集团（EVN）签订协议。", "Vietnam Electricity"),
    ("上海电气集团亦与印尼国家电力公司（PLN）签署备忘录。", "Perusahaan Listrik Negara"),
    ("Sungrow signed a power purchase framework with Tenaga Nasional Berhad.", "Tenaga Nasional Berhad"),
])
def test_southeast_asias_national_utilities_by_name(sentence, name):
    assert name in {e.name for e in find_entities(sentence)}


@pytest.mark.parametrize("sentence, name", [
    ("加州大学伯克利分校与清华大学签署气候变化合作备忘录。", "University of California, Berkeley"),
    ("UC Berkeley and Tsinghua University signed a memorandum of understanding.", "University of California, Berkeley"),
    ("美国加利福尼亚州空气资源委员会与广东省生态环境厅签署合作备忘录。", "California Air Resources Board"),
])
def test_american_universities_and_boards_by_their_chinese_and_short_names(sentence, name):
    assert name in {e.name for e in find_entities(sentence)}
