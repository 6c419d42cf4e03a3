"""A foreign city named after its country and its region, in Chinese: 智利纽夫莱大区奇廉市, 加拿大魁北克省沙威尼根市,
日本福冈县北九州市. The party of a sister-city signing is the city, the last name; the country and the region before
it only say where the city is (a region the tables know must not stand in for its city). Pure function; read by
parties_zh._shaped_name."""
from __future__ import annotations

from typing import Callable

from scrapers import lazy_re as re

# a region's name (2-8 characters ending on its kind: 大区, 省, 州, 道, 县, 郡, 邦), then a city's (2-7 characters and 市)
REGION_THEN_CITY = re.compile(r"(?P<region>[\u4e00-\u9fff]{1,6}?(?:大区|省|州|道|县|郡|邦))"
                              r"(?P<city>[\u4e00-\u9fff]{2,7}市)")
# words that open a kind of places, not a city's name (各城市, 等城市, 首府城市, 主要城市)
NOT_A_CITY = re.compile(r"^(?:各|等|的|和|与|及|首府|主要|重点|沿海|其他|多个|部分|友好|姊妹)|城市$")


def city_after_region(rest: str) -> str | None:
    """The city `rest` ends on where it is all a region's name and then a city's (`rest`: the words after a country's
    name, "纽夫莱大区奇廉市" -> "奇廉市"); None where it is one name alone (顿河畔罗斯托夫市, 魁北克省), a region and a
    kind of places (魁北克省各城市) or a region's body (魁北克省政府)."""
    m = REGION_THEN_CITY.fullmatch(rest)
    if not m or NOT_A_CITY.search(m.group("city")):
        return None
    return m.group("city")


def unknown_city_after_region(core: str, find_zh: Callable) -> str | None:
    """The city a party list item names after its country and region ("智利纽夫莱大区奇廉市" -> "奇廉市") where no table
    knows the city (a known one, 特木科市, is read by its table's name as before); `find_zh` is the gazetteer's lookup."""
    for k in range(2, min(6, len(core) - 4) + 1):
        place = find_zh(core[:k])
        if place is not None and place.kind == "country" and (city := city_after_region(core[k:])) and \
                not find_zh(city) and not find_zh(city[:-1]):
            return city
    return None
