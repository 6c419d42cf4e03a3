"""Chinese round 11 (issue 17): Chinese cities' cooperation with foreign cities named in Chinese transliteration, the
rules of the thirty-second web's failures. Each rule on two texts of its own (none is a sentence of a test web)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.zh_gathering_names import glossed_body
from scrapers.extract.foreign_cities_zh import introduced_cities
from test_zh_round4 import read, signed  # one reader for the Chinese rounds

PAGE = date(2024, 5, 10)


def rows(text: str, page: date = PAGE) -> list[tuple]:
    return signed(read(text, page))


def pledges(text: str) -> list[tuple]:
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"]) for m in read(text, PAGE)
            if m.record_type == "commitment"]


def events(text: str) -> list:
    return [m for m in read(text, PAGE) if m.record_type == "event"]


# --- a foreign city introduced after its country, then named without it ----------------------------------------
@pytest.mark.parametrize("text, city", [
    ("6月3日，芬兰拉彭兰塔市副市长一行到访常州。4日，常州市与拉彭兰塔市在常州签署了《清洁能源合作谅解备忘录》。",
     "拉彭兰塔市"),
    ("据悉，德国弗伦斯堡市代表团于4月20日抵达潍坊。21日，潍坊市人民政府与弗伦斯堡市签署友好交流城市意向书，双方将在风电"
     "和氢能领域开展合作。", "弗伦斯堡市"),
])
def test_a_foreign_city_said_again_without_its_country_keeps_its_chinese_name(text, city):
    """No table names these cities in Chinese: the name stays as written, never pinyin or a similar-sounding city."""
    (_, parties, _), = rows(text)
    assert city in parties and len(parties) == 2


@pytest.mark.parametrize("text", [
    "9日，美国各城市市长率团访问大连。10日，大连市与美国各城市签署了《低碳城市合作备忘录》。",
    "欧洲等城市代表出席。10日，成都市与德国等城市签署了《低碳城市合作备忘录》。",
])
def test_a_count_or_kind_after_a_country_is_no_city(text):
    assert not any(p.endswith("城市") for _, ps, _ in rows(text) for p in ps)
    assert introduced_cities(text) == {}


def test_a_known_place_after_the_country_is_not_taken_as_a_new_name():
    assert introduced_cities("美国宾夕法尼亚州匹兹堡市代表团抵达。丹麦奥胡斯市市长致辞。") == {}


# --- an anaphor's characters inside a name ------------------------------------------------------------------------
@pytest.mark.parametrize("text, actor", [
    ("宁波市在会上表示，该市将于2025年前实现碳达峰；墨尔本市则提出到2040年实现全市净零排放。", "Melbourne"),
    ("苏州市表示，将力争2025年前实现碳排放达峰。日本市场方面，横滨市提出到2050年实现碳中和。", "Yokohama"),
])
def test_an_anaphor_inside_a_name_is_the_name(text, actor):
    """墨尔本市 holds 本市 ("this city") and 日本市场 too: neither points back to the city that pledged before."""
    assert pledges(text)[-1][0] == actor and pledges(text)[0][0] != actor


def test_a_real_anaphor_still_points_back():
    assert pledges("青岛市表示，力争2028年实现碳达峰。本市还将到2030年将可再生能源占比提高到30%。")[-1][0] == "Qingdao"


# --- cities by their bare Chinese names, a capital the world list names in no Chinese form ------------------------
@pytest.mark.parametrize("text, place", [
    ("5日，大邱市与苏州市签署了《低碳城市合作备忘录》。", "Daegu"),
    ("5日，仁川与天津签署了《港口低碳合作备忘录》。", "Incheon"),
])
def test_a_korean_metropolitan_city_by_its_bare_name(text, place):
    (_, parties, _), = rows(text)
    assert place in parties


def test_a_gathering_in_buenos_aires_is_placed_there():
    ev, = events("5日，第十届城市可持续发展论坛在阿根廷布宜诺斯艾利斯举行。")
    assert ev.fields["city"] == "Buenos Aires" and ev.fields["country"] == "AR"


# --- a body glossed in brackets before its session's edition -----------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("3日，国际可再生能源署（IRENA）第十四届大会在阿布扎比开幕。", "国际可再生能源署第十四届大会"),
    ("12日，倡导地区可持续发展国际理事会（宜可城，ICLEI）2018世界大会在加拿大蒙特利尔开幕。",
     "倡导地区可持续发展国际理事会2018世界大会"),
])
def test_a_bracket_between_a_body_and_its_edition_keeps_the_body(text, name):
    ev, = events(text)
    assert ev.fields["name"] == name


def test_a_bracket_of_no_body_adds_nothing():
    assert glossed_body("中国（南宁）2023", len("中国（南宁）")) is None
