"""Instruments named by their titles (issue 17, the sixty-ninth web; docs/instrument-titles.md), each rule shown on two
texts of our own: the US states' Chinese names that hold a shorter one (阿拉斯加州 is no 加州), ..."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402


def parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2025, 12, 1))]


@pytest.mark.parametrize("text,expected", [
    ("10月15日，秦皇岛市与美国阿拉斯加州签署了港口合作协议。", ["Qinhuangdao", "Alaska"]),
    ("4月2日，唐山市与美国西弗吉尼亚州签署了煤矿瓦斯利用合作备忘录。", ["Tangshan", "West Virginia"]),
    ("4月2日，邯郸市与美国内布拉斯加州签署了农业节能合作协议。", ["Handan", "Nebraska"]),
])
def test_a_state_whose_chinese_name_holds_a_shorter_one_is_itself(text, expected):
    assert parties(text) == [expected]  # not California (加州) nor Virginia (弗吉尼亚州), no made-up 阿拉


def agreements(text: str) -> list[tuple[str, list[str]]]:
    return [(r["agreement_type"], r["parties"]) for r in records(text, "agreement", date(2025, 12, 1))]


@pytest.mark.parametrize("text,expected", [
    ("The Pittsburgh-Qinhuangdao Low-Carbon Cities Agreement was signed on November 3, 2025.",
     ("agreement", ["Pittsburgh", "Qinhuangdao"])),
    ("The Denver–Kunming Sister City Agreement was signed in Kunming on May 4, 2024.",
     ("agreement", ["Denver", "Kunming"])),
])
def test_a_dash_joined_pair_opening_a_title_is_its_parties(text, expected):
    assert agreements(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The Shenzhen–Los Angeles Low-Carbon Cities Action Plan was signed on November 3, 2025, by the two mayors.",
     ["Shenzhen", "Los Angeles"]),
    ("The Qinhuangdao-Pittsburgh Green Ports Action Plan was signed on May 8, 2025.", ["Qinhuangdao", "Pittsburgh"]),
])
def test_an_action_plan_two_places_sign_is_their_agreement(text, expected):
    assert agreements(text) == [("agreement", expected)]


@pytest.mark.parametrize("text", [
    "The Shenzhen Climate Action Plan was signed by the mayor on November 3, 2025.",  # one place's plan
    "The Asia-Pacific Climate Action Plan was signed by the mayor on November 3, 2025.",  # no two places
    "The Morgantown–Qinhuangdao Low-Carbon Cities Action Plan was signed on November 3, 2025.",  # one half unknown
])
def test_a_plan_without_two_known_places_in_its_title_is_no_agreement(text):
    assert agreements(text) == []


@pytest.mark.parametrize("title,text,expected", [
    ("Governor's delegation signs climate cooperation memorandum in China",
     "The Memorandum of Understanding between the State of Maine and the City of Weifang on Cooperation in Addressing "
     "Climate Change was signed in Weifang, Shandong Province, on May 20, 2025.", ["Maine", "Weifang"]),
    ("Governor's trade mission signs clean energy memorandum in China",
     "The Memorandum of Understanding between the State of Kansas and the City of Handan on Clean Energy Cooperation "
     "was signed in Handan, Hebei Province, on June 3, 2025.", ["Kansas", "Handan"]),
])
def test_the_province_a_city_of_signing_is_in_is_no_party(title, text, expected):
    # the headline's bare "Governor" stands for no province named only as the city's ("in Weifang, Shandong Province")
    assert [r["parties"] for r in records(text, "agreement", date(2025, 6, 5), title)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The Memorandum of Understanding between the State of Kansas and the City of Handan on Clean Energy Cooperation "
     "was signed in Handan on June 3, 2025.", ["Kansas", "Handan"]),
    ("An agreement between the City of Pittsburgh and the City of Wuhu on Green Building Cooperation was signed on "
     "June 3, 2025.", ["Pittsburgh", "Wuhu"]),
])
def test_a_government_named_before_a_titles_topic_is_its_place(text, expected):
    # not a party called "City of Handan on Clean Energy Cooperation"
    assert [r["parties"] for r in records(text, "agreement", date(2025, 6, 5))] == [expected]


def zh_agreements(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(r["agreement_type"], r["title"], r["parties"]) for r in records(text, "agreement", date(2025, 12, 1))]


@pytest.mark.parametrize("text,expected", [
    ("6月12日，《唐山市与美国缅因州关于加强气候变化合作的谅解备忘录》在唐山签署。",
     ("mou", "唐山市与美国缅因州关于加强气候变化合作的谅解备忘录", ["Tangshan", "Maine"])),
    ("近日，《邯郸市与佛山市关于共建零碳园区的合作协议》正式签署。",
     ("agreement", "邯郸市与佛山市关于共建零碳园区的合作协议", ["Handan", "Foshan"])),
])
def test_a_title_holding_its_parties_signed_with_no_subject(text, expected):
    assert zh_agreements(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("8月26日，《潍坊市-霍巴特市低碳发展合作框架协议》在霍巴特市签署。",
     ("agreement", "潍坊市-霍巴特市低碳发展合作框架协议", ["Weifang", "Hobart"])),
    ("5月9日，《邯郸市与美国堪萨斯州清洁能源合作备忘录》在邯郸签署。",
     ("mou", "邯郸市与美国堪萨斯州清洁能源合作备忘录", ["Handan", "Kansas"])),
])
def test_a_title_opening_with_two_joined_names_is_theirs(text, expected):
    assert zh_agreements(text) == [expected]


@pytest.mark.parametrize("text", [
    "3月5日，《邯郸市碳达峰实施方案》在邯郸签署。",  # a plan is no instrument
    "《邯郸市与佛山市港口合作协议》将于下月在佛山签署。",  # still to be signed
    "根据《邯郸市与佛山市港口合作协议》签署的项目已开工。",  # signed under it
    "《邯郸市港口发展合作协议》在邯郸签署。",  # one name in the title: no parties
])
def test_no_agreement_from_a_title_that_is_no_signing_of_two(text):
    assert zh_agreements(text) == []


@pytest.mark.parametrize("text,city", [
    ("8月26日，《潍坊市-霍巴特市低碳发展合作框架协议》在澳大利亚塔斯马尼亚州霍巴特市签署。", "Hobart"),
    ("5月3日，邯郸市与洛杉矶市在美国加利福尼亚州洛杉矶市签署清洁能源合作备忘录。", "Los Angeles"),
])
def test_the_city_of_signing_after_its_country_and_state(text, city):
    assert [r["city"] for r in records(text, "agreement", date(2025, 12, 1))] == [city]


def test_a_country_alone_is_no_city_of_signing():
    assert [r["city"] for r in records("5月3日，邯郸市与洛杉矶市在美国签署清洁能源合作备忘录。", "agreement",
                                       date(2025, 12, 1))] == [None]


@pytest.mark.parametrize("text,expected", [
    ("11月3日，双方签署了《海南省与夏威夷州清洁能源合作谅解备忘录》。", ["Hainan Province", "Hawaii"]),
    ("会谈后，两市代表签署了《青岛市-西雅图市绿色港口合作协议》。", ["Qingdao", "Seattle"]),
])
def test_a_title_with_no_joiner_word_names_the_parties_no_clause_names(text, expected):
    assert parties(text) == [expected]


@pytest.mark.parametrize("text", [
    "11月3日，双方签署了《清洁能源合作谅解备忘录》。",  # the title names nobody: no parties to read
    "11月3日，双方签署了《海南省清洁能源合作谅解备忘录》。",  # one place only
])
def test_a_title_naming_fewer_than_two_places_adds_no_party(text):
    assert parties(text) == []


def test_texts_exchanged_are_a_signing_and_a_declaration_of_intent_is_a_memorandum():
    assert agreements("10月20日，江苏省与美国加州交换了应对气候变化合作备忘录文本。") == [
        ("mou", ["Jiangsu Province", "California"])]
    assert agreements("10月20日，浙江省人民政府与德国巴登-符腾堡州政府签署了氢能合作联合意向声明。") == [
        ("mou", ["Zhejiang Province", "Baden-Württemberg"])]
    # views exchanged, or the texts of what was just signed, are no signing of their own
    assert agreements("双方就气候变化问题交换了意见。") == []
    assert agreements("10月20日，双方签署并互换了协议文本。") == []
