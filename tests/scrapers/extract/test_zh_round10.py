"""Chinese round 10 (issue 17): international bodies and foreign agencies signing with Chinese provinces, departments
and universities, the rules of the twenty-seventh web's failures. Each rule on two texts of its own (none is a
sentence of a test web)."""
from __future__ import annotations

from datetime import date

import pytest

from test_zh_round4 import read, signed  # one reader for the Chinese rounds

PAGE = date(2024, 5, 10)


def rows(text: str, page: date = PAGE) -> list[tuple]:
    return signed(read(text, page))


def parties(text: str) -> list[list[str]]:
    return [p for _, p, _ in rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("9日，四川省人民政府与世界银行（World Bank，以下简称“世行”）签署了《绿色发展合作框架协议》，双方代表分别签字。",
     ["Sichuan Province", "World Bank"]),
    ("9日，云南省生态环境厅与联合国环境规划署（United Nations Environment Programme，简称UNEP）在昆明签署合作备忘录。",
     ["Yunnan Provincial Department of Ecology and Environment", "United Nations Environment Programme"]),
])
def test_an_english_gloss_with_its_short_name_splits_no_clause(text, expected):
    """"（English name，以下简称“X”）": the comma inside the bracket ends no clause, and the sentence stays Chinese."""
    got = parties(text)
    assert len(got) == 1 and set(got[0]) >= {expected[1]} and len(got[0]) == 2


@pytest.mark.parametrize("text", [
    "9日，海南省生态环境厅与联合国开发计划署（United Nations Development Programme）在海口签署了合作备忘录。",
    "9日，甘肃省与亚洲开发银行（Asian Development Bank）在兰州签署了《绿色低碳转型合作谅解备忘录》。",
])
def test_a_long_english_gloss_leaves_the_sentence_chinese(text):
    (kind, ps, day), = rows(text)
    assert kind == "mou" and len(ps) == 2 and day == "2024-05-09"


@pytest.mark.parametrize("text, body", [
    ("9日，海南省生态环境厅与联合国开发计划署在海口签署了合作备忘录。", "United Nations Development Programme"),
    ("9日，联合国开发计划署与贵州省签署了气候适应合作备忘录。", "United Nations Development Programme"),
])
def test_plan_inside_a_name_plans_nothing(text, body):
    """计划署 is a name's head: "开发计划署…签署" was signed, not planned."""
    assert body in parties(text)[0]


def test_a_plan_outside_the_name_is_still_a_plan():
    assert rows("9日，海南省计划与联合国开发计划署签署合作备忘录。") == []
    assert rows("9日，联合国开发计划署计划与海南省签署合作备忘录。") == []


@pytest.mark.parametrize("text, name", [
    ("9日，日本国际协力机构（JICA）与江西省签署了气候变化合作备忘录。", "JICA"),
    ("9日，韩国国际协力机构与湖北省签署了低碳城市合作备忘录。", "韩国国际协力机构"),
])
def test_a_countrys_agency_ending_on_jigou_is_a_party_not_the_country(text, name):
    """"<country>…机构": the agency, by the English name the text glosses it with, else as written."""
    ps = parties(text)
    assert len(ps) == 1 and name in ps[0] and "Japan" not in ps[0] and "South Korea" not in ps[0]


def test_an_unnamed_body_of_a_country_is_still_no_party():
    assert rows("9日，德国相关机构与上海市签署合作备忘录。") == []


@pytest.mark.parametrize("text, body", [
    ("9日，世界银行驻华代表处与四川省签署了合作备忘录。", "World Bank"),
    ("9日，亚洲开发银行驻中国代表处与云南省签署了合作备忘录。", "Asian Development Bank"),
])
def test_a_bodys_office_in_china_signs_as_the_body(text, body):
    assert body in parties(text)[0]


@pytest.mark.parametrize("text, school", [
    ("9日，中山大学与荷兰瓦赫宁根大学签署了碳中和合作备忘录。", "瓦赫宁根大学"),
    ("9日，华南理工大学与英国帝国理工学院签署了低碳技术合作备忘录。", "帝国理工学院"),
])
def test_a_foreign_university_by_its_own_name(text, school):
    """"<country><university>": the university's own name, however a site introduces it."""
    assert school in parties(text)[0]


@pytest.mark.parametrize("text, school", [
    ("9日，清华大学与丹麦技术大学签署了碳中和合作备忘录。", "丹麦技术大学"),
    ("9日，浙江大学与瑞典皇家理工学院签署了低碳技术合作备忘录。", "瑞典皇家理工学院"),
])
def test_a_university_named_by_its_country_and_field_keeps_the_country(text, school):
    assert school in parties(text)[0]


@pytest.mark.parametrize("text, expected", [
    ("当地时间5月8日，清华大学代表团访问丹麦期间，在哥本哈根与丹麦技术大学签署碳中和联合研究合作备忘录。",
     (["Tsinghua University", "丹麦技术大学"], "2024-05-08")),
    ("5月8日，浙江大学代表团访问英国期间，在伦敦与帝国理工学院签署低碳技术合作协议。",
     (["Zhejiang University", "帝国理工学院"], "2024-05-08")),
])
def test_a_delegation_on_a_visit_signs_for_its_body(text, expected):
    """"X代表团访问Y期间，在Z与B签署": X signs (its delegation acts for it), on the day given first."""
    (_, ps, day), = rows(text)
    assert (ps, day) == expected


def test_a_delegations_visit_without_a_signing_is_no_record():
    assert rows("5月8日，浙江大学代表团访问英国期间，在伦敦与当地高校进行交流。") == []


@pytest.mark.parametrize("text, day", [
    ("第五届中国—中亚合作论坛5月6日至8日在西安举办。7日，论坛签约活动在西安国际会展中心举行。\n"
     "签约活动上，陕西省能源局与哈萨克斯坦能源部签署了清洁能源合作谅解备忘录。", "2024-05-07"),
    ("2024绿色发展博览会5月6日至9日在成都举办。8日，博览会签约活动在成都世纪城举行。\n"
     "在签约活动中，四川省生态环境厅与联合国环境规划署签署了合作备忘录。", "2024-05-08"),
])
def test_a_signing_at_the_signing_event_is_on_the_day_just_named(text, day):
    assert [d for _, _, d in rows(text)] == [day]
