"""Listed companies' own announcements (scrapers/extract/disclosure_terms.py, legal_forms.py and the address chain of
region_countries_en.py; issue 17, the ninetieth web): the issuer's defined terms ('Limited (the "Company")') and a
公告's 公司 as the issuer, a company's name running to its legal form, a city's province and country written after
it, and a company's generic organ as no actor (texts of our own, none from a test web)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.disclosure_terms import defined_terms_en, issuer_subject, zh_issuer
from scrapers.extract.entities import find_entities
from scrapers.extract.legal_forms import bracketed_place_companies
from story_records import records

DAY = date(2025, 9, 30)


def parties(text: str) -> list[list[str]]:
    return [sorted(a["parties"]) for a in records(text, "agreement", DAY)]


@pytest.mark.parametrize("text,want", [
    # a Hong Kong voluntary announcement: the issuer defined once, then "the Company"
    ("This announcement is made by Harbourline Renewables Holdings Limited (the \"Company\", together with its "
     "subsidiaries, the \"Group\") on a voluntary basis. The board of directors of the Company (the \"Board\") is "
     "pleased to announce that on 12 September 2025, the Company entered into a cooperation agreement (the "
     "\"Agreement\") with Sinopec in relation to hydrogen refuelling.",
     [["China Petrochemical Corporation", "Harbourline Renewables Holdings Limited"]]),
    # a Singapore filing with curly quotes and the issuer as "the Group"
    ("Straitsgate Energy Ltd. (the “Company” and with its subsidiaries, the “Group”) wishes to announce that the "
     "Group has signed a memorandum of understanding with Siemens Energy on 3 September 2025.",
     [["Siemens Energy", "Straitsgate Energy Ltd."]]),
])
def test_the_issuers_defined_terms_stand_for_it(text, want):
    assert parties(text) == want


def test_terms_defined_after_a_description_or_another_name_define_nothing():
    text = ("Harbourline Renewables Holdings Limited (the \"Company\") announces that its subsidiary, a company "
            "incorporated in the PRC (\"Harbourline Solar\"), signed with the People's Government of Yichang City, the "
            "People's Republic of China (the \"Yichang Government\").")
    terms = defined_terms_en(text)
    assert terms == {"Company": "Harbourline Renewables Holdings Limited"}
    assert defined_terms_en("The framework agreement (the \"Agreement\") was signed.") == {}


@pytest.mark.parametrize("text,want", [
    ("证券代码：600999 证券简称：岭南风电 公告编号：2025-012\n岭南风电科技股份有限公司关于签订合作协议的公告\n"
     "2025年9月12日，公司与广东省能源集团有限公司在广州签订了《海上风电合作协议》。",
     "岭南风电科技股份有限公司"),
    ("本公司及董事会全体成员保证信息披露的内容真实。\n本公司于2025年9月12日与某某签约。\n特此公告。\n"
     "北江储能科技有限公司董事会 2025年9月13日", "北江储能科技有限公司"),
])
def test_a_disclosures_issuer(text, want):
    assert zh_issuer(text) == want


def test_a_zh_disclosures_company_as_subject_is_its_issuer():
    text = ("证券代码：600999 证券简称：岭南风电 公告编号：2025-012\n岭南风电科技股份有限公司关于签订合作协议的公告\n"
            "2025年9月12日，公司与广东省能源集团有限公司在广州签订了《海上风电合作协议》。")
    got = records(text, "agreement", DAY)
    assert any("岭南风电科技股份有限公司" in a["parties"] and a["signed_on"] == date(2025, 9, 12) and
               a["city"] == "Guangzhou" for a in got)
    issuer = "岭南风电科技股份有限公司"
    assert issuer_subject("2025年9月12日，公司与甲方签订了协议。", issuer) == f"2025年9月12日，{issuer}与甲方签订了协议。"
    # 公司 inside another word, or not the subject, or a page that is no disclosure: unchanged
    for s in ("合资公司与甲方签订了协议。", "甲方与公司控股股东不存在关联关系。", "子公司于2025年成立。"):
        assert issuer_subject(s, issuer) == s
    assert zh_issuer("9月12日，公司与某市签订了协议。") is None


@pytest.mark.parametrize("text,want", [
    ("运河新能源集团股份有限公司与某市签订协议", "运河新能源集团股份有限公司"),
    ("2025年9月，江淮储能科技集团有限公司与合肥市人民政府签约", "江淮储能科技集团有限公司"),
])
def test_a_zh_company_name_runs_to_its_legal_form(text, want):
    assert find_entities(text)[0].surface == want


def test_a_known_group_keeps_its_alias_name():
    assert find_entities("明阳智慧能源集团股份有限公司与某市签约")[0].name == "Mingyang Smart Energy"


@pytest.mark.parametrize("text,want", [
    ("On 2 September 2025, Harbourline Storage Investment (Shenzhen) Co., Ltd. signed a memorandum of understanding "
     "with BYD.", [["BYD", "Harbourline Storage Investment (Shenzhen) Co., Ltd."]]),
    ("Siemens Energy signed an agreement with Northgate Wind (Jiangsu) Limited on 3 September 2025.",
     [["Northgate Wind (Jiangsu) Limited", "Siemens Energy"]]),
])
def test_a_bracketed_place_before_a_legal_form_is_inside_the_name(text, want):
    assert parties(text) == want


def test_a_bracket_that_holds_no_place_joins_nothing():
    assert bracketed_place_companies("Mayor Jane Doe (Democrat) Co. said") == {}
    assert bracketed_place_companies("Harbourline Ltd (HKEX: 1234)") == {}


@pytest.mark.parametrize("text,want", [
    ("On 18 August 2025, Sinopec signed a framework agreement with the People's Government of Yulin City, Shaanxi "
     "Province, China.", [["China Petrochemical Corporation", "Yulin"]]),
    ("On 18 August 2025, Sinopec signed a framework agreement with the People's Government of Ordos, Inner Mongolia "
     "Autonomous Region, the People's Republic of China.", [["China Petrochemical Corporation", "Ordos"]]),
    ("On 18 August 2025, Sinopec signed a framework agreement with the Hami Municipal Government, Xinjiang.",
     [["China Petrochemical Corporation", "Hami"]]),
])
def test_a_citys_province_and_country_after_it_only_say_where(text, want):
    assert parties(text) == want


def test_a_country_listed_as_a_party_stays():
    got = parties("On 18 August 2025, Japan and China signed a memorandum of understanding with Shanghai and Tokyo.")
    assert got == [sorted(["Japan", "China", "Shanghai", "Tokyo"])]


def test_a_companys_board_is_no_actor():
    text = ("About Norvale: Norvale makes coatings.\nNorvale will become climate-neutral in its own operations by 2035, "
            "the Supervisory Board said, and it intends to reach net zero across its supply chain, including purchased "
            "goods, by 2050.")
    got = sorted((c["actor"], c["target_year"]) for c in records(text, "commitment", DAY))
    assert got == [("Norvale", 2035), ("Norvale", 2050)]
