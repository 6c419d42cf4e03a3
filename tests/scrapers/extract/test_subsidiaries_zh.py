"""A group's regional subsidiary is one party, as written (scrapers/extract/subsidiaries_zh.py, hooked in
parties_zh): not the group and its province. Texts of our own; negatives: the group itself beside a province's
government, a company with no group before its province."""
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
