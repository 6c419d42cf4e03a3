"""Companies said again by a shorter form of their own name (issue 17, the ninety-sixth web: airlines, airport and
port groups).

* a company whose name is its city's and its trade's (深圳航空有限责任公司) said again without its legal form (深圳航空,
  in a plan's title) is the company, never its city: the plan is no city's pledge (scrapers/extract/company_short_zh.py);
  a city named on its own ("与厦门市签署", "宁波提出") stays the city;
* a headline naming a company without its legal form ("Tianjin Port Group", "四川省机场集团") restates the body's
  agreement of "… (Group) Co., Ltd." / "…集团有限公司": no second record (scrapers/extract/legal_forms.name_core).
The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.legal_forms import name_core


def records(text: str, kind: str, title: str | None = None, language: str = "zh") -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", title, date(2025, 3, 12), language, text, datetime(2025, 3, 13))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]


@pytest.mark.parametrize("text,actor", [
    ("3月10日，福州航空有限责任公司在福州发布《福州航空绿色发展行动方案》，提出力争2029年前实现碳达峰。", "福州航空有限责任公司"),
    ("青岛港口投资有限公司日前发布《青岛港口投资碳中和路线图》，提出2055年前实现碳中和。", "青岛港口投资有限公司"),
])
def test_a_plan_titled_with_the_company_short_form_is_the_company_s(text, actor):
    assert {c["actor"] for c in records(text, "commitment")} == {actor}


@pytest.mark.parametrize("text,actors", [
    ("厦门航空有限公司与厦门市签署合作协议。厦门市提出2030年前实现碳达峰。", {"Xiamen"}),  # the city on its own
    ("宁波能源有限公司与宁波市签署协议。宁波提出2028年前实现碳达峰。", {"Ningbo"}),
])
def test_a_city_named_on_its_own_stays_the_city(text, actors):
    assert {c["actor"] for c in records(text, "commitment")} == actors


@pytest.mark.parametrize("full,short", [
    ("Tianjin Port (Group) Co., Ltd.", "Tianjin Port Group"),
    ("Ningbo Zhoushan Port Co., Ltd.", "Ningbo Zhoushan Port"),
    ("四川省机场集团有限公司", "四川省机场集团"),
    ("深圳航空有限责任公司", "深圳航空"),
])
def test_a_name_without_its_legal_form_is_its_core(full, short):
    assert name_core(full) == name_core(short) == short


@pytest.mark.parametrize("name", ["Fraport AG", "Port Authority of Valencia", "有限公司", "北京市人民政府"])
def test_a_name_of_one_word_or_without_a_legal_form_is_kept(name):
    assert name_core(name) == name


@pytest.mark.parametrize("title,text,language", [
    ("Dalian Port Group and Port of Gdansk sign green corridor MoU",
     "Dalian Port (Group) Co., Ltd. and the Port of Gdansk Authority signed a memorandum of understanding on a green "
     "shipping corridor in Dalian on 10 March.", "en"),
    ("湖北省机场集团与慕尼黑机场签署合作备忘录",
     "3月10日，湖北省机场集团有限公司与德国慕尼黑机场有限公司在武汉签署绿色机场合作谅解备忘录。", "zh"),
])
def test_a_headline_without_the_legal_form_gives_no_second_agreement(title, text, language):
    assert len(records(text, "agreement", title, language)) == 1
