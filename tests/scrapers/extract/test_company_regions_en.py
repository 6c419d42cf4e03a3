"""A group's arm abroad ("<group> International", "<group> Overseas Investment Co., Ltd.") signs as itself, never as
the group its known name opens; a name of one's own that holds "International" is left alone; and a company's legal
form ("Co., Ltd.") is part of its name, never a party of its own (texts of our own)."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities
from scrapers.extract.orgs import aliases
from story_records import records


def names(sentence: str) -> list[str]:
    return [e.name for e in find_entities(sentence)]


@pytest.mark.parametrize("sentence, want", [
    # a wire's list of counterparts: the arm, by its own known name
    ("Chile's energy ministry signed agreements with China Three Gorges International and Enel on Monday.",
     "China Three Gorges International Corporation"),
    # a ministry's numbered item: the arm as written, with its legal form
    ("1) Memorandum of Understanding with China Huadian Overseas Investment Co., Ltd. on a wind farm;",
     "China Huadian Overseas Investment Co., Ltd."),
    ("The utility signed a memorandum with SPIC International on Tuesday.", "SPIC International"),
])
def test_a_groups_arm_abroad_is_its_own_party(sentence, want):
    assert want in names(sentence)
    assert not {"China Three Gorges Corporation", "China Huadian Corporation",
                "State Power Investment Corporation"} & set(names(sentence))


@pytest.mark.parametrize("sentence, want", [
    ("Flights at Beijing Capital International Airport resumed on Monday.", ["Beijing Capital International Airport"]),
    ("SPIC and China Three Gorges signed a memorandum.",
     ["State Power Investment Corporation", "China Three Gorges Corporation"]),
])
def test_names_of_their_own_and_groups_alone_stay(sentence, want):
    assert names(sentence) == want


@pytest.mark.parametrize("text, want", [
    ("The Kenya Electricity Generating Company and Shenzhen Wind Power Co., Ltd. signed an agreement on Monday.",
     ["Kenya Electricity Generating Company", "Shenzhen Wind Power Co., Ltd."]),
    ("Petronas signed a memorandum with Guangdong Solar Equipment Co., Ltd. in Kuala Lumpur.",
     ["Petronas", "Guangdong Solar Equipment Co., Ltd."]),
])
def test_a_legal_form_is_no_party(text, want):
    got = records(text, "agreement")
    assert len(got) == 1 and sorted(got[0]["parties"]) == sorted(want)


def test_no_alias_is_a_bare_legal_form():
    # (a YAML flow list splits "X Co., Ltd." at its comma unless quoted: "Ltd." became a company's alias)
    for form in ("Ltd.", "Ltd", "Co.", "Inc.", "Limited", "LLC", "PLC"):
        assert aliases().find_en(form) is None, form


@pytest.mark.parametrize("zh, en", [
    ("阿塞拜疆国家石油公司", "SOCAR"), ("阿布扎比国家石油公司", "ADNOC"), ("哈萨克斯坦国家石油天然气公司", "KazMunayGas"),
    ("中国电力国际发展有限公司", "China Power International Development"), ("华能国际电力股份有限公司",
                                                                       "Huaneng Power International"),
])
def test_national_oil_companies_and_listed_power_units_read_alike_in_both_languages(zh, en):
    assert aliases().find_zh(zh) is not None and aliases().find_zh(zh) == aliases().find_en(en)
