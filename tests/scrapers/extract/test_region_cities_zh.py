"""A foreign city named after its country and its region (scrapers/extract/region_cities_zh.py): the party is the
city, never its country nor its region. Texts of our own."""
from __future__ import annotations

import pytest

from scrapers.extract.region_cities_zh import city_after_region
from story_records import records


def parties(text: str) -> list[list[str]]:
    return [f["parties"] for f in records(text, "agreement")]


@pytest.mark.parametrize("rest,want", [
    ("阿劳卡尼亚大区特木科市", "特木科市"),
    ("阿尔伯塔省红鹿市", "红鹿市"),
    ("全罗南道木浦市", "木浦市"),
    ("熊本县八代市", "八代市"),
])
def test_a_region_then_a_city_is_the_city(rest, want):
    assert city_after_region(rest) == want


@pytest.mark.parametrize("rest", ["顿河畔罗斯托夫市", "阿尔伯塔省", "阿尔伯塔省各城市", "阿尔伯塔省政府", "阿尔伯塔省省会城市",
                                  "加州洛杉矶市长"])
def test_one_name_a_kind_of_places_or_a_body_is_no_city_after_a_region(rest):
    assert city_after_region(rest) is None


@pytest.mark.parametrize("text,want", [
    ("9月12日，江门市与智利阿劳卡尼亚大区特木科市签署建立友好城市关系协议书，两市将在清洁能源领域开展合作。",
     ["Jiangmen", "Temuco"]),
    ("11月2日，会议期间，钦州市与秘鲁阿雷基帕大区卡马纳市签署友好城市关系协议书。", ["Qinzhou", "卡马纳市"]),
    ("在市长见证下，鹤壁市与巴西巴拉那州瓜拉普阿瓦市签署友好城市协议书，双方将推动光伏合作。", ["Hebi", "Guarapuava"]),
    ("5月8日，在省外办见证下，绥化市同加拿大阿尔伯塔省红鹿市正式签署缔结友好城市关系协议书。", ["Suihua", "Red Deer"]),
])
def test_the_party_is_the_city_not_its_country_or_region(text, want):
    assert parties(text) == [want]


@pytest.mark.parametrize("text,want", [
    ("6月3日，黑龙江省与加拿大阿尔伯塔省签署友好省州合作备忘录。", ["Heilongjiang Province", "Alberta"]),
    ("6月3日，江门市与俄罗斯顿河畔罗斯托夫市签署友好交流合作备忘录。", ["Jiangmen", "顿河畔罗斯托夫市"]),
])
def test_a_region_alone_or_a_city_with_a_compound_name_is_read_as_before(text, want):
    assert parties(text) == [want]
