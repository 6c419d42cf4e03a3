"""Chinese round 13 (issue 17): foreign states, agencies and companies abroad, the rules of the fortieth web's
failures. Each rule on two texts of its own (none is a sentence of a test web)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.both_sides_zh import met_pair, signed_by_both
from scrapers.extract.entities import find_entities
from scrapers.extract.off_topic_zh import other_field_venue
from scrapers.extract.short_names import zh_short_names
from scrapers.extract.weekdays_zh import zh_weekday
from test_zh_round4 import read  # one reader for the Chinese rounds

PAGE = date(2024, 5, 16)  # a Thursday


def rows(text: str, page: date = PAGE) -> list[tuple]:
    return [(m.fields["parties"], str(m.fields["signed_on"]), m.fields["city"]) for m in read(text, page)
            if m.record_type == "agreement"]


# --- "双方签署了…" after the two were named meeting in the sentence before --------------------------------------
@pytest.mark.parametrize("text, parties, day, city", [
    ("本周一，长沙市人民政府与维多利亚州政府在长沙举行会谈，就储能和氢能合作交换意见。在湖南省副省长和维多利亚州"
     "议员的见证下，双方签署了《新能源合作谅解备忘录》。", ["Changsha", "Victoria"], "2024-05-13", "Changsha"),
    ("5月10日，洛阳市人民政府与巴伊亚州政府代表在洛阳举行视频会见。随后，双方签署了《生物质能源合作意向书》。",
     ["Luoyang", "Bahia"], "2024-05-10", "Luoyang"),
])
def test_both_sides_sign_after_the_pair_met_in_the_sentence_before(text, parties, day, city):
    (got, on, where), = rows(text)
    assert got == parties and on == day and where == city


@pytest.mark.parametrize("text", [
    "本周一，长沙市副市长会见了维多利亚州议员一行。双方签署了《新能源合作谅解备忘录》。",  # one named, not a pair
    "长沙市人民政府与维多利亚州政府在长沙举行会谈。双方表示，将于年内签署《新能源合作谅解备忘录》。",  # planned
])
def test_no_pair_met_or_no_signing_gives_no_record(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, parties", [
    ("本周一，加拿大不列颠哥伦比亚省副省长率领的省政府代表团抵达福州。在福建省副省长的见证下，双方签署了《清洁能源合作"
     "谅解备忘录》。", ["Fuzhou", "British Columbia"]),
    ("维多利亚州州长率团访问太原市。双方签署了《绿色低碳合作谅解备忘录》。", ["Taiyuan", "Victoria"]),
])
def test_both_sides_sign_after_a_delegation_visited(text, parties):
    (got, _, _), = rows(text)
    assert got == parties


def test_a_visit_then_a_planned_signing_gives_no_record():
    assert rows("维多利亚州代表团访问太原，并参观了当地企业。双方表示，拟签署《绿色低碳合作谅解备忘录》。") == []


def test_met_pair_and_signed_by_both_read_one_sentence_each():
    s = "当天，安庆市人民政府与昆士兰州政府举行工作会谈。"
    assert met_pair(s, find_entities(s)) == ["Anqing", "Queensland"]
    assert signed_by_both("在两国大使的见证下，双方签署了《合作备忘录》。")
    assert not signed_by_both("双方表示，将加强合作。")


# --- "同日，A还与C签署…": the place of A's signing just reported ------------------------------------------------
@pytest.mark.parametrize("text, city", [
    ("3月5日，远景能源与希腊公共电力公司在雅典签署《风电项目合作协议》。同日，远景能源还与希腊国家电网公司签署了"
     "《储能合作备忘录》。", "Athens"),
    ("4月2日，天合光能与埃及电力控股公司在开罗签署《光伏电站合作协议》。当天，天合光能还与埃及新能源署签署了"
     "《储能项目合作意向书》。", "Cairo"),
])
def test_a_same_day_signing_of_the_same_party_keeps_its_city(text, city):
    first, second = rows(text)
    assert first[2] == city and second[2] == city and second[1] == first[1]


def test_a_same_day_signing_of_other_parties_gets_no_city():
    first, second = rows("4月2日，天合光能与埃及电力控股公司在开罗签署《光伏电站合作协议》。当天，广东省人民政府与埃及"
                         "电力和可再生能源部还签署了《关于清洁能源合作的联合声明》。")
    assert first[2] == "Cairo" and second[2] is None


# --- Chinese weekdays: 本周, 上周, bare ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, day", [
    ("本周二，双方签署协议。", date(2024, 5, 14)),
    ("上周五，双方签署协议。", date(2024, 5, 10)),
    ("星期三，双方签署协议。", date(2024, 5, 15)),
    ("本周六，双方将签署协议。", None),  # ahead of a Thursday page
    ("该协议签署五周年之际", None),
])
def test_a_chinese_weekday_counts_from_the_page(text, day):
    assert zh_weekday(text, PAGE) == day


# --- a short form defined after 所属/旗下: the unit, not "parent所属unit" --------------------------------------
@pytest.mark.parametrize("text, short, full", [
    ("中国电建所属中国水电建设集团国际工程有限公司（以下简称“水电国际”）与某公司签署协议。", "水电国际",
     "中国水电建设集团国际工程有限公司"),
    ("中国能建旗下的中国葛洲坝集团国际工程有限公司（以下简称“葛洲坝国际”）在开罗签约。", "葛洲坝国际",
     "中国葛洲坝集团国际工程有限公司"),
])
def test_a_short_form_after_a_parent_names_the_unit(text, short, full):
    names = zh_short_names(text)
    assert short in names and "所属" not in names[short] and "旗下" not in names[short]
    assert names[short] == names.get(full, full) or names[short].endswith(("Co.", "Ltd.", "公司"))


# --- a gathering named only as where a tourism or trade instrument was signed ----------------------------------
@pytest.mark.parametrize("sentence, name", [
    ("同期举行的中希地方合作推介会上，湖北省文化和旅游厅与希腊旅游局签署了《文化旅游交流合作协议》。", "中希地方合作推介会"),
    ("在雅典举行的中希经贸洽谈会上，两地商会签署了《农产品贸易合作协议》。", "中希经贸洽谈会"),
])
def test_a_gathering_of_another_field_is_no_event(sentence, name):
    assert other_field_venue(sentence, name)
    assert not any(m.record_type == "event" for m in read(sentence, PAGE))


def test_a_gathering_where_energy_was_signed_stays():
    s = "在雅典举行的中希新能源合作推介会上，两地企业签署了《光伏项目合作协议》和《农产品贸易合作协议》。"
    assert not other_field_venue(s, "中希新能源合作推介会")


# --- a city name the tables give another country, in a sentence about a country whose city it also names ---------
@pytest.mark.parametrize("text", [
    "3月5日，隆基绿能与智利国家石油公司在圣地亚哥签署《光伏制氢项目合作意向书》。",
    "3月5日，宁波市与新西兰奥克兰市政府在奥克兰签署《港口低碳合作协议》。",
])
def test_a_homonym_city_in_another_countrys_story_is_not_given(text):
    (_, _, city), = rows(text)
    assert city is None


@pytest.mark.parametrize("text, city", [
    ("3月5日，隆基绿能与美国加州能源委员会在圣地亚哥签署《光伏制氢项目合作意向书》。", "San Diego"),
    ("3月5日，上海市与圣地亚哥市政府在圣地亚哥签署《港口低碳合作协议》。", "San Diego"),
])
def test_a_homonym_city_with_no_other_country_named_keeps_the_tables_city(text, city):
    (_, _, got), = rows(text)
    assert got == city


# --- a country's name and 银行 alone names a bank ------------------------------------------------------------------
@pytest.mark.parametrize("text, bank", [
    ("本周二，天合光能、中国银行及摩洛哥可持续能源署共同签署了《绿色氢能项目合作协议》。", "中国银行"),
    ("本周二，美国银行与上海市人民政府签署了《绿色金融与低碳转型合作备忘录》。", "美国银行"),
])
def test_a_country_and_bank_alone_is_a_banks_name(text, bank):
    (parties, _, _), = rows(text)
    assert bank in parties


@pytest.mark.parametrize("text", [
    "本周二，天合光能与德国有关银行签署了《光伏项目融资合作协议》。",
    "本周二，天合光能与两家中国银行签署了《光伏项目融资合作协议》。",
])
def test_banks_left_unnamed_are_no_party(text):
    assert rows(text) == []


# --- a gathering to be held next year or next month ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "据悉，双方计划在明年举行的中澳地方合作论坛上签署《氢能合作框架协议》。",
    "双方商定，在下月举办的2024中国—东盟清洁能源合作论坛上正式签署合作备忘录。",
])
def test_a_gathering_ahead_is_no_event(text):
    assert not any(m.record_type == "event" for m in read(text, PAGE))
