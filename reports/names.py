"""Chinese names for the canonical English names the warehouse stores, so a report shows both.

Places come from the gazetteer's Chinese surfaces (inverted: the shortest simplified surface, e.g. `武汉` for
Wuhan, of the place the English name resolves to), organisations from the Chinese aliases in organisations.yaml.
Unknown names have no Chinese form.
"""
from __future__ import annotations

from functools import lru_cache

from pactwatch.gazetteer import CJK, gazetteer, load_data


def _rank(surface: str) -> tuple:
    """Simplified characters first (GB2312 has no traditional forms), then the shortest."""
    try:
        surface.encode("gb2312")
        traditional = 0
    except UnicodeEncodeError:
        traditional = 1
    return traditional, len(surface), surface


@lru_cache(maxsize=1)
def _zh_names() -> dict[str, str]:
    names: dict[str, str] = {}
    g = gazetteer()
    for surface, place in g.zh.items():
        meant = g.place(place.name)   # two cities may share a romanisation (苏州, 宿州: Suzhou): name the one meant
        if meant is not None and (meant.lat, meant.lon, meant.kind) != (place.lat, place.lon, place.kind):
            continue
        best = names.get(place.name)
        if best is None or _rank(surface) < _rank(best):
            names[place.name] = surface
    for org in load_data("organisations.yaml")["organisations"]:
        zh = [a for a in org.get("aliases") or [] if CJK.search(a) and not a.isascii()]
        if zh:
            names[org["name"]] = zh[0]
    return names


def zh_name(english: str | None) -> str | None:
    """The Chinese name of a canonical English name, or None when none is known."""
    if not english:
        return None
    return _zh_names().get(english)


def place_coords(name: str | None) -> tuple[float, float] | None:
    """(lat, lon) of a city, province or country name the gazetteer knows with coordinates."""
    if not name:
        return None
    place = gazetteer().place(name)
    if place is None or place.lat is None or place.lon is None:
        return None
    return place.lat, place.lon
