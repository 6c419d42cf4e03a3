"""A foreign body's Chinese name kept as written, opened by its country before the region or city it belongs to
("美国威斯康星州自然资源部", "德国巴伐利亚州经济部"): the country only says where the region lies, as it does before a
place alone (美国加州), so the name kept is the region's body ("威斯康星州自然资源部"). A country that is part of the
body's own name (新加坡海事及港务管理局: no region follows it) stays. Pure function over the name.
"""
from __future__ import annotations

from pactwatch.gazetteer import gazetteer

PLACE_KINDS = {"state", "province", "city"}


def without_country_prefix(name: str) -> str:
    """`name` without a leading country where a region or city of that country follows it (see the module)."""
    gaz = gazetteer()
    for k in range(2, min(6, len(name) - 2)):
        country = gaz.find_zh(name[:k])
        if country is None or country.kind != "country":
            continue
        rest = name[k:]
        for j in range(min(12, len(rest) - 1), 1, -1):  # the longest place the rest opens with (北莱茵-威斯特法伦州)
            place = gaz.find_zh(rest[:j])
            if place is not None and place.kind in PLACE_KINDS and place.country == country.country:
                return rest
        return name
    return name
