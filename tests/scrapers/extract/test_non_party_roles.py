"""Witnesses, attendees, hosts, sponsors and the program of a signing's auspices are none of its parties
(scrapers/extract/non_party_roles.py); a Chinese gathering's name holds its bracketed host place
(scrapers/extract/bracketed_hosts_zh.py). Texts written for these tests, not taken from any web."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_records import records  # noqa: E402

from scrapers.extract.non_party_roles import attended_signing, role_asides  # noqa: E402

DAY = date(2026, 6, 20)


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", DAY)]


@pytest.mark.parametrize("text, parties", [
    ("Under the auspices of the Great Lakes Clean Freight Initiative, Duluth and Rizhao signed a green shipping "
     "partnership agreement on June 2, 2026.", ["Duluth", "Rizhao"]),
    ("With support from the Prairie Climate Foundation, Fargo and Weifang signed a memorandum of understanding on "
     "wind power on June 3, 2026.", ["Fargo", "Weifang"]),
])
def test_an_opening_role_phrase_names_no_party(text, parties):
    assert _parties(text) == [parties]


@pytest.mark.parametrize("text, parties", [
    ("Boise and Weifang signed a memorandum of understanding on June 4, 2026, witnessed by the Idaho Department of "
     "Commerce and the Shandong Provincial Department of Commerce.", ["Boise", "Weifang"]),
    ("Reno and Datong signed a solar partnership agreement on June 5, 2026, in the presence of officials of the "
     "Nevada Governor's Office of Energy.", ["Reno", "Datong"]),
])
def test_a_trailing_witness_or_presence_names_no_party(text, parties):
    assert _parties(text) == [parties]


def test_the_signing_place_after_a_trailing_role_phrase_is_kept():
    text = ("Boise and Weifang signed a memorandum of understanding, hosted by the Idaho Clean Energy Association in "
            "Boise on June 4, 2026.")
    assert role_asides(text) == ((text.index(", hosted"), text.index(" in Boise")),)


@pytest.mark.parametrize("text", [
    "河北省商务厅副厅长刘芳、保定市市长张伟出席签约仪式。",
    "省发展改革委主任王强、南京市副市长李华参加了签约仪式。",
])
def test_who_attended_a_signing_did_not_sign(text):
    assert _parties(text) == []


def test_a_bare_signing_by_two_bodies_still_concludes():
    assert not attended_signing("江苏省与加利福尼亚州")
    assert attended_signing("省商务厅副厅长刘芳出席")


@pytest.mark.parametrize("text, name, city", [
    ("2026年6月15日，中美（保定）氢能产业合作对接会在保定举行。", "中美（保定）氢能产业合作对接会", "Baoding"),
    ("2026年9月3日，首届中国（宜宾）国际动力电池产业大会在宜宾举行。", "中国（宜宾）国际动力电池产业大会", "Yibin"),
])
def test_a_bracketed_host_place_stays_in_the_gathering_name(text, name, city):
    events = records(text, "event", DAY)
    assert [(e["name"], e["city"]) for e in events] == [(name, city)]


@pytest.mark.parametrize("text, parties", [
    ("Cuyahoga Thermal Systems and Zhangzhou Minjiang Heat Pump Co., Ltd. signed a supply agreement for heat pumps "
     "on June 6, 2026, witnessed by Ohio Development Director Corbin Walsh.",
     ["Cuyahoga Thermal Systems", "Zhangzhou Minjiang Heat Pump Co., Ltd."]),
    ("Keystone Grid Systems and Wuxi Huaneng Storage Co., Ltd. signed a battery storage agreement on June 2, 2026.",
     ["Keystone Grid Systems", "Wuxi Huaneng Storage Co., Ltd."]),
])
def test_a_systems_maker_is_a_company_beside_its_counterpart(text, parties):
    assert _parties(text) == [parties]


def test_a_field_of_systems_is_no_company():
    from scrapers.extract.orgs import looks_like_org_en

    assert not looks_like_org_en("Food Systems") and looks_like_org_en("Cuyahoga Thermal Systems")
