"""A group's regional subsidiary and a bank's regional branch are one party, as written (scrapers/extract/
subsidiaries_zh.py, hooked in parties_zh; a list item ending in 分行/支行 is a name of its own, parties_zh.NAME_HEAD):
not the group or bank and its province. Texts of our own; negatives: the group or bank itself beside a province's
government, a company with no group before its province, a bank's officer signing."""
from __future__ import annotations

from datetime import date

from story_records import records


def parties(text: str) -> list[list[str]]:
    return [sorted(a["parties"]) for a in records(text, "agreement", date(2024, 9, 3))]


def test_a_groups_provincial_company_signs_as_itself():
    assert parties("9月2日，国家电投集团江西电力有限公司与南昌市人民政府签署风电项目合作协议。") == \
        [sorted(["国家电投集团江西电力有限公司", "Nanchang"])]
    assert parties("9月2日，中国华能集团江苏分公司与盐城市人民政府签署海上风电合作协议。") == \
        [sorted(["中国华能集团江苏分公司", "Yancheng"])]


def test_a_group_beside_a_province_stays_two_parties():
    assert parties("9月2日，国家能源集团与宁夏回族自治区人民政府签署新能源合作协议。") == \
        [sorted(["China Energy Investment Corporation", "Ningxia"])]


def test_a_banks_provincial_or_city_branch_signs_as_itself():
    assert parties("6月11日，中国建设银行江苏省分行与苏州市人民政府签署绿色金融战略合作协议。") == \
        [sorted(["中国建设银行江苏省分行", "Suzhou"])]
    assert parties("6月11日，苏州市人民政府与中国农业银行苏州分行在苏州签署碳金融合作协议。") == \
        [sorted(["中国农业银行苏州分行", "Suzhou"])]
    # the bank's legal form in brackets and words between the bank and its city
    assert parties("6月11日，昆明市人民政府与汇丰银行（中国）有限公司昆明分行签署绿色金融合作备忘录。") == \
        [sorted(["汇丰银行（中国）有限公司昆明分行", "Kunming"])]


def test_branches_listed_after_fenbieyu_are_one_counterpart_each():
    assert parties("6月11日，上海环境能源交易所分别与中国建设银行江苏省分行、交通银行上海市分行签署碳金融合作协议。") == \
        [sorted(["上海环境能源交易所", "中国建设银行江苏省分行"]), sorted(["上海环境能源交易所", "交通银行上海市分行"])]


def test_a_bank_beside_a_province_stays_two_parties():
    assert parties("6月11日，中国建设银行与江苏省人民政府签署绿色金融战略合作协议。") == \
        [sorted(["中国建设银行", "Jiangsu Province"])]
