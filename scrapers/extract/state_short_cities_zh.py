"""A Chinese city whose bare name is also the short Chinese name of a US state: 德州 is Texas (德克萨斯州) in the press
and Dezhou, a city of Shandong, as 德州市. The 市 settles it: "德州市人民政府" is Dezhou's government (not Texas's, the
name cut before 市人民政府), and a bare 德州 in a sentence that names 德州市 is that city ("德州市人民政府与…在德州签署").
A bare 德州 anywhere else stays Texas. The same cut reads the government of a city named only with its 市 (寿光市人民政府:
Shouguang, a county-level city; pactwatch.zh_city_names).
"""
from __future__ import annotations

from dataclasses import replace

from pactwatch.gazetteer import gazetteer


def _city(short: str):
    """The Chinese city `short` + 市 names, where `short` alone names a US state (德州), else None."""
    gaz = gazetteer()
    state, city = gaz.find_zh(short), gaz.find_zh(short + "市")
    if state and state.kind == "state" and city and city.kind == "city" and city.country == "CN":
        return city
    return None


def government_place(place: str, name: str) -> str:
    """The place a government's Chinese name is read for: `place` + 市 where the name goes on with 市 and that is a
    Chinese city whose bare name is a US state's (德州市人民政府: 德州市, Dezhou) or names nothing (寿光市人民政府: a
    county-level city the gazetteer reads only with its 市), else `place` as cut."""
    if not name[len(place):].startswith("市"):
        return place
    if _city(place):
        return place + "市"
    gaz = gazetteer()
    city = gaz.find_zh(place + "市") if gaz.find_zh(place) is None else None
    return place + "市" if city is not None and city.kind == "city" else place


def cities_told(s: str, found: list) -> list:
    """The entities of Chinese sentence `s`, with a bare state name (德州) read as the Chinese city when the sentence
    names that city with its 市 (德州市) too."""
    out = []
    for e in found:
        city = _city(e.surface) if e.kind == "state" and e.country == "US" else None
        if city and (e.surface + "市") in s:
            e = replace(e, name=city.name, kind=city.kind, country=city.country)  # (entity_kinds imports this module)
        out.append(e)
    return out
