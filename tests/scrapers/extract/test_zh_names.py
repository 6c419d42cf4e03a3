"""Chinese names: English only where known or built whole from known parts; otherwise as written, never pinyin."""
from __future__ import annotations

import re

import pytest

from scrapers.extract.entities import find_entities
from pactwatch.gazetteer import gazetteer
from pactwatch.jurisdictions import jurisdiction
from scrapers.extract.orgs import render_zh, render_zh_known


@pytest.mark.parametrize("name", ["中远海运集装箱运输有限公司", "华南绿能科技股份有限公司", "联合能源集团", "地方各级监察委员会",
                                  "新加坡海港局", "东岳清洁能源研究院"])
def test_unknown_chinese_names_stay_as_written(name):
    assert render_zh(name) == name


@pytest.mark.parametrize("name", ["东岳清洁能源研究院与某某科技有限公司", "西江环境交易中心"])
def test_no_pinyin_ever_enters_a_name(name):
    assert not re.search(r"[A-Za-z]", render_zh(name))
    assert not re.search(r"[A-Za-z]", render_zh_known(name)[0])


@pytest.mark.parametrize("name, english", [
    ("北京市交通委员会", "Beijing Municipal Transportation Commission"),
    ("江苏省发展和改革委员会", "Jiangsu Provincial Development and Reform Commission"),
    ("厦门港口管理局", "Xiamen Port Authority"),
    ("广东省生态环境厅", "Guangdong Provincial Department of Ecology and Environment"),
])
def test_place_and_one_known_department_is_built_whole(name, english):
    assert render_zh(name) == english


def test_descriptive_words_strung_together_are_no_name():
    # every word is in the glossary, but "Joint Energy Group" is nobody's name
    assert render_zh("联合能源集团") == "联合能源集团"
    assert render_zh("绿色发展基金会") == "绿色发展基金会"


@pytest.mark.parametrize("sentence, name", [
    ("三峡集团宣布了新的计划。", "China Three Gorges Corporation"),
    ("中国南方电网与某市签署协议。", "China Southern Power Grid"),
    ("联合国开发计划署与某省开展合作。", "United Nations Development Programme"),
])
def test_known_kinds_of_actors_resolve_through_aliases(sentence, name):
    assert find_entities(sentence)[0].name == name


def test_a_foreign_ministry_is_not_the_chinese_ministry_of_the_same_words():
    ents = find_entities("中方与尼日利亚科技部签署了合作协议。")
    assert "Ministry of Science and Technology of China" not in [e.name for e in ents]


@pytest.mark.parametrize("zh, english, kind", [("尼日利亚", "Nigeria", "country"), ("斐济", "Fiji", "country"),
                                               ("西开普省", "Western Cape", "province"), ("包奇州", "Bauchi", "state")])
def test_countries_and_foreign_regions_come_from_iso_translations(zh, english, kind):
    place = gazetteer().find_zh(zh)
    assert (place.name, place.kind) == (english, kind)


def test_place_names_that_hold_a_function_word_stay_in_the_name():
    # 埃及 and 阿尔及利亚 hold 及 ("and"); the name does not stop there
    names = [e.name for e in find_entities("会谈后，该集团与埃及石油公司签署了协议。")]
    assert "埃及石油公司" in names
    names = [e.name for e in find_entities("该公司与阿尔及利亚电力公司签署了合同。")]
    assert "阿尔及利亚电力公司" in names


def test_a_chinese_name_kept_as_written_folds_to_the_place_it_opens_with():
    assert jurisdiction("深圳巴士集团") == "Shenzhen"
    assert jurisdiction("美国休斯敦大都会交通局") == "Houston"
    assert jurisdiction("中远海运集装箱运输有限公司") == "中远海运集装箱运输有限公司"


def _event_names(sentence: str) -> list[str]:
    from scrapers.extract.dates import DateContext
    from scrapers.extract.events import find_events

    return [e.name for e in find_events(sentence, find_entities(sentence), DateContext(None))]


def test_an_event_name_opens_at_its_edition_and_keeps_its_inner_yu_and_quotes():
    assert _event_names("6月10日至12日，第9届国际清洁能源投资与合作高峰论坛在澳门举行。") == ["International Clean Energy Investment and Cooperation Summit Forum"]
    assert _event_names("代表们在出席第二届“绿色丝路”国际合作论坛期间签约。") == ["“绿色丝路”国际合作论坛"]


def test_two_gatherings_joined_by_ji_are_one_event_name():
    assert _event_names("2024全球友城论坛暨友好城市市长大会在青岛开幕。") == ["2024全球友城论坛暨友好城市市长大会"]


def test_a_chinese_city_university_is_built_a_foreign_one_is_not():
    assert render_zh("南京大学") == "Nanjing University"
    assert render_zh("加州大学") == "加州大学"  # the University of California, not "California University"
    assert render_zh("深圳市建筑科学研究院") == "深圳市建筑科学研究院"  # an institute's English name is its own


def test_a_known_company_with_its_legal_form_is_that_company():
    assert find_entities("中国华能集团有限责任公司发布了计划。")[0].name == "China Huaneng Group"
    assert find_entities("国家电网公司与某省签署协议。")[0].name == "State Grid Corporation of China"
