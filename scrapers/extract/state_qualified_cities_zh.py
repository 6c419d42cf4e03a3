"""A foreign city a Chinese article introduces after its country AND its state or province: "美国怀俄明州卡斯珀市",
"加拿大萨斯喀彻温省里贾纳市" (issue 17, the seventy-third web).

scrapers/extract/foreign_cities_zh.py reads a small foreign city no table holds by its shape (a country, then a name
ending on 市) and keeps it as written; a known state or province between the two opened the "name" and made it no
name, so the state itself was read as the party. This skips that qualifier so the city's own name is read.
"""
from __future__ import annotations

_QUALIFIERS = ("state", "province")


def after_qualifier(text: str, pos: int, country: str, end: int) -> int:
    """Where the city's own name starts in text[pos:end]: past one state or province of `country` the tables know
    that opens it (怀俄明州 of 怀俄明州卡斯珀市), else `pos` itself."""
    from pactwatch.gazetteer import gazetteer

    gaz = gazetteer()
    for k in range(min(8, end - pos - 2), 1, -1):  # leave at least two characters for the name and its 市
        p = gaz.find_zh(text[pos:pos + k])
        if p is not None and p.kind in _QUALIFIERS and p.country == country and text[pos + k - 1] in "州省":
            return pos + k
    return pos


def city_as_written(e) -> bool:
    """Whether an entity is a foreign city kept as written (卡斯珀市: read by its shape, no table's name), which a
    state or province right before it only places, as it places a city the tables know (scrapers/extract/roles.py)."""
    return e.kind == "org" and e.name == e.surface and e.surface.endswith("市") and \
        not e.surface.endswith(("超市", "城市", "门市", "股市", "楼市", "菜市")) and all("\u4e00" <= c <= "\u9fff" for c in e.surface)
