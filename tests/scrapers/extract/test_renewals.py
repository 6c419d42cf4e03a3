"""Agreements renewed, amended, upgraded or only proposed for renewal (issue 17, the seventy-third web;
docs/renewals.md): a foreign city introduced after its country and state is the party, not the state
(scrapers/extract/state_qualified_cities_zh.py); "the City of <town>" reads a town the English tables do not read by
its name alone (scrapers/extract/city_of_towns_en.py); a renewal only under negotiation is no agreement
(scrapers/extract/proposed_renewals_zh.py); and the readings the web showed already right, kept: a renewal signed on
a day is dated that day, an old agreement "renewed in <year>" is not dated by its renewal. Texts written for these
tests, not taken from any web."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

from scrapers.extract.entities import find_entities  # noqa: E402
from scrapers.extract.proposed_renewals_zh import negotiated  # noqa: E402

DAY = date(2026, 6, 20)


def _rows(text: str) -> list[tuple]:
    return [(r["agreement_type"], r["parties"], r["signed_on"]) for r in records(text, "agreement", DAY)]


@pytest.mark.parametrize("text, parties", [
    ("6月2日，萍乡市人民政府与美国俄勒冈州梅德福德市在萍乡续签友好交流合作备忘录。", ["Pingxiang", "梅德福德市"]),
    ("6月3日，玉溪市与加拿大萨斯喀彻温省穆斯乔市签署补充协议，将合作范围扩展至储能领域。", ["Yuxi", "穆斯乔市"]),
])
def test_a_city_after_its_country_and_state_is_the_party_kept_in_chinese(text, parties):
    assert [p for _, p, _ in _rows(text)] == [parties]


@pytest.mark.parametrize("text, town", [
    ("The City of Twin Falls and Yuxi signed a water cooperation agreement on June 2, 2026.", "Twin Falls"),
    ("The City of Lewiston and Pingxiang signed a memorandum of understanding on solar power on June 3, 2026.",
     "Lewiston"),
])
def test_the_city_of_a_small_town_names_that_town(text, town):
    assert [p for _, p, _ in _rows(text)] == [[town, text.split(" and ")[1].split()[0]]]


@pytest.mark.parametrize("sentence", [
    "The City of Hope National Medical Center signed an agreement with Kunming on June 2, 2026.",  # no town's run
    "The City of Light Foundation and Boise signed a memorandum of understanding on June 3, 2026.",
])
def test_city_of_a_run_that_is_no_town_names_none(sentence):
    names = {e.name for e in find_entities(sentence)}
    assert "Hope" not in names and "Light" not in names


@pytest.mark.parametrize("text", [
    "萍乡市与美国俄勒冈州梅德福德市正在就续签合作备忘录进行磋商。",
    "玉溪市与美国双子瀑布市就签署补充协议展开了多轮谈判。",
])
def test_a_renewal_under_negotiation_is_no_agreement(text):
    assert _rows(text) == []


@pytest.mark.parametrize("before, after, talks", [
    ("两市正在就", "合作备忘录进行磋商", True),
    ("双方就", "补充协议展开谈判", True),
    ("4月2日，两市就新能源合作", "谅解备忘录", False),  # 就 a topic, then a signing: signed
    ("两市正在就", "合作备忘录", False),  # no talks follow
])
def test_negotiated(before, after, talks):
    assert negotiated(before, after) is talks


@pytest.mark.parametrize("text, kind, day", [
    ("On June 2, 2026, Duluth and Rizhao renewed their 2016 memorandum of understanding on green shipping for five "
     "more years, signing the renewal in Duluth.", "mou", date(2026, 6, 2)),
    ("6月3日，萍乡市与美国俄勒冈州梅德福德市续签友好城市合作备忘录，将双方2017年签署的备忘录延期五年。", "mou",
     date(2026, 6, 3)),
])
def test_a_renewal_signed_on_a_day_is_dated_that_day(text, kind, day):
    assert [(k, d) for k, _, d in _rows(text)] == [(kind, day)]


@pytest.mark.parametrize("text", [
    "The 2015 sister-city agreement between Fargo and Weifang, renewed in 2020, has brought forty student exchanges.",
    "Their 2014 memorandum of understanding on solar power, renewed in 2021, has funded twelve projects between Boise "
    "and Kunming.",
])
def test_an_old_agreement_renewed_in_a_year_is_not_dated_by_its_renewal(text):
    rows = _rows(text)
    assert all(d is None or d.year not in (2020, 2021) for _, _, d in rows), rows


@pytest.mark.parametrize("text", [
    "Officials of Fargo and Weifang are negotiating an expansion of their agreement to cover hydrogen, and a renewal "
    "could be signed next year.",
    "两市还商定在2027年续签新能源合作备忘录，具体内容仍在磋商中。萍乡市与美国俄勒冈州梅德福德市",
])
def test_a_renewal_only_proposed_is_no_agreement(text):
    assert _rows(text) == []
