"""Foreign regions beyond the US as parties (issue 17, the seventy-sixth web's classes), on sentences of our own: the
region's country written after it is no party; a city's region written after the city is no party; a region spelled
without its accents; a state named like a city ("the State of São Paulo", "the state of Paraná"); dashed Chinese
region names (萨克森-安哈尔特州, 北莱茵—威斯特法伦州); an Indian state (…邦) and a foreign region's government after its
country, kept in Chinese as written."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

DAY = date(2026, 5, 20)


def parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", DAY)]


@pytest.mark.parametrize("text,expected", [
    ("Hebei Province and the Province of Manitoba, Canada, signed a memorandum of understanding on clean energy on "
     "May 12, 2026.", ["Hebei Province", "Manitoba"]),
    ("Hunan signed a memorandum of understanding on hydrogen with the Brittany Region of France on May 12, 2026.",
     ["Hunan Province", "Brittany"]),
    ("Jilin Province signed an agreement on climate cooperation with Gangwon Province of South Korea on May 12, 2026.",
     ["Jilin Province", "Gangwon Province"]),
    ("Liaoning and Hyogo Prefecture (Japan) signed an agreement on energy saving on May 12, 2026.",
     ["Liaoning Province", "Hyogo Prefecture"]),
])
def test_the_country_after_a_region_is_no_party(text, expected):
    assert parties(text) == [expected]


def test_the_country_after_a_body_named_for_its_region_is_no_party():
    assert parties("Baise signed an investment agreement on battery storage with Solaris Energy of Queensland, "
                   "Australia, on May 12, 2026.") == [["Baise", "Solaris Energy of Queensland"]]


def test_a_region_named_only_as_where_a_company_is_based_is_no_party():
    assert parties("Baise signed an investment agreement on battery storage with Hanxing Storage Co., a company "
                   "based in Gyeonggi Province, on May 12, 2026.") == [["Baise", "Hanxing Storage Co."]]


def test_a_country_of_its_own_stays_a_party():
    assert parties("Hubei signed a memorandum of understanding on clean energy with Ontario and Mexico on May 12, "
                   "2026.") == [["Hubei Province", "Ontario", "Mexico"]]


@pytest.mark.parametrize("text,expected", [
    ("Chifeng and Suwon, Gyeonggi Province, signed a memorandum of understanding on low-carbon urban development on "
     "May 12, 2026.", ["Chifeng", "Suwon"]),
    ("Ganzhou and Uberlandia, a city in Minas Gerais, signed a memorandum of understanding on solar power on May 12, "
     "2026.", None),
    ("Xuzhou and Curitiba, capital of the state of Paraná, signed a memorandum of understanding on bus rapid "
     "transit on May 12, 2026.", ["Xuzhou", "Curitiba"]),
])
def test_the_region_after_a_city_is_no_party(text, expected):
    got = parties(text)
    assert all("Minas Gerais" not in p and "Gyeonggi Province" not in p and "Paraná" not in p for p in got)
    if expected:
        assert got == [expected]


@pytest.mark.parametrize("spelled", ["Baden-Wurttemberg", "Baden-Wuerttemberg"])
def test_a_region_without_its_accents(spelled):
    assert parties(f"Shandong signed a memorandum on low-carbon industry with {spelled}, Germany, on May 12, "
                   "2026.") == [["Shandong Province", "Baden-Württemberg"]]


@pytest.mark.parametrize("text,expected", [
    ("Fujian and the State of São Paulo signed a memorandum of understanding on biofuels on May 12, 2026.",
     "São Paulo State"),
    ("Hainan signed a memorandum of understanding on offshore wind with Rio de Janeiro State on May 12, 2026.",
     "Rio de Janeiro State"),
    ("Anhui and the state of Paraná signed a memorandum of understanding on biofuels on May 12, 2026.", "Paraná"),
])
def test_a_state_named_like_a_city(text, expected):
    (got,) = parties(text)
    assert got[1] == expected


def test_the_city_of_the_same_name_stays_the_city():
    assert parties("Shenzhen and the city of São Paulo signed a memorandum of understanding on electric buses on "
                   "May 12, 2026.") == [["Shenzhen", "São Paulo"]]


@pytest.mark.parametrize("text,expected", [
    ("5月12日，河南省与德国萨克森-安哈尔特州签署氢能合作备忘录。", "Saxony-Anhalt"),
    ("5月12日，江苏省与德国北莱茵—威斯特法伦州签署应对气候变化合作备忘录。", "North Rhine-Westphalia"),
    ("5月12日，山东省与德国巴登－符腾堡州签署应对气候变化合作协议。", "Baden-Württemberg"),
    ("5月12日，湖南省与德国石勒苏益格-荷尔斯泰因州签署海上风电合作备忘录。", "Schleswig-Holstein"),
])
def test_dashed_chinese_region_names(text, expected):
    (got,) = parties(text)
    assert got[1] == expected


@pytest.mark.parametrize("text,expected", [
    ("5月12日，广东省与印度马哈拉施特拉邦签署太阳能合作谅解备忘录。", "马哈拉施特拉邦"),
    ("5月12日，贵州省与印度泰米尔纳德邦签署光伏合作备忘录。", "泰米尔纳德邦"),
    ("5月12日，浙江省与印度古吉拉特邦政府签署太阳能合作谅解备忘录。", "古吉拉特邦"),
])
def test_an_indian_state_stays_in_chinese_without_its_country(text, expected):
    (got,) = parties(text)
    assert got[1] == expected


@pytest.mark.parametrize("text,expected", [
    ("Jeju Special Self-Governing Province signed a memorandum on offshore wind with Fujian Province on May 12, 2026.",
     ["Jeju Province", "Fujian Province"]),
    ("Jeju and Guangxi signed an agreement on electric buses on May 12, 2026.", ["Jeju Province", "Guangxi"]),
    # the capital named for the province is the city
    ("Jeju City and Sanya signed a memorandum of understanding on waste management on May 12, 2026.",
     ["Jeju City", "Sanya"]),
])
def test_jeju_the_special_self_governing_province(text, expected):
    assert parties(text) == [expected]


def test_the_bare_province_is_no_short_form_of_a_company_named_for_it():
    text = ("Jeju Bus Company signed a memorandum on hydrogen buses with Weihai on May 12, 2026. Jeju aims to reach "
            "carbon neutrality by 2035.")
    assert parties(text) == [["Jeju Bus Company", "Weihai"]]
    assert [(c["actor"], c["target_year"]) for c in records(text, "commitment", DAY)] == [("Jeju Province", 2035)]
