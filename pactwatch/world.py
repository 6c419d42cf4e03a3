"""Chinese names of the world's countries and first-level regions, from pycountry's ISO 3166 translations.

The curated places.yaml covers China's provinces, US states and the countries the project met first; a Chinese
page names any country (尼日利亚, 吉尔吉斯斯坦) and foreign regions by their standard Chinese names (南非西开普省,
尼日利亚包奇州). pycountry ships the zh_CN translations of ISO 3166-1 and 3166-2, a general source kept by others,
so those names resolve to the English ISO names instead of being guessed.
"""
from __future__ import annotations

import gettext
import re

# a region's Chinese name is taken only in its full form with its administrative suffix (西开普省, not 西开普):
# bare translated names collide with ordinary words
REGION_SUFFIX = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:省|州|郡|府|大区)$")
OWN = {"CN", "TW", "HK", "MO", "US"}  # curated in places.yaml
REGION_KIND = {"Province": "province"}


def _english(country) -> str:
    name = getattr(country, "common_name", None) or country.name
    return name.split(",")[0].strip()


def world_names() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, str]]]:
    """(zh, English name, ISO code) of every country, and (zh, English name, kind, ISO code) of every foreign
    first-level region whose Chinese name carries its suffix. Empty when pycountry is missing."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency; the curated places still work without it
        return [], []
    countries = []
    try:
        zh1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
        zh2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    except OSError:  # pragma: no cover - locale files absent
        return [], []
    for c in pycountry.countries:
        # in a fixed order (a set of the forms gave the names in a different order in each process)
        for form in dict.fromkeys([c.name, getattr(c, "official_name", c.name), getattr(c, "common_name", c.name)]):
            zh = zh1.gettext(form)
            if zh != form and all("\u4e00" <= ch <= "\u9fff" for ch in zh) and len(zh) >= 2:
                countries.append((zh, _english(c), c.alpha_2))
    regions = []
    for s in pycountry.subdivisions:
        if s.country_code in OWN or s.parent_code:
            continue
        zh = zh2.gettext(s.name)
        if zh != s.name and REGION_SUFFIX.match(zh):
            regions.append((zh, s.name, REGION_KIND.get(s.type, "state"), s.country_code))
    return countries, regions + curated_regions()


def curated_regions() -> list[tuple[str, str, str, str]]:
    """(zh, English name, kind, ISO code) of the foreign regions places.yaml names in Chinese (German Länder,
    Japanese prefectures, ... by their full and short forms), listed after pycountry's so its names stay first."""
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("pactwatch.data").joinpath("places.yaml").read_text(encoding="utf-8"))
    return [(zh, name, kind, cc) for name, kind, cc, zhs in data.get("regions_zh") or [] for zh in zhs]
