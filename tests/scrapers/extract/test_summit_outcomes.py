"""Results of climate summits as networks and the press tell them (the eightieth test web's classes), each shown on
texts written for this test, with negatives: signatories named in an apposition of the sentence after the signing
("The signatories, among them A, B and C, will ...", two_sentences_en.SIGNATORY_LIST), a declaration "signed first
by" its first signers, a summit named "of" its participants ("Summit of Local and Regional Leaders", events.EN_NAME;
not "Conference of Mayors"), a name in 「」 quotes (events.ZH_NAME) and "联合国气候变化大会（COP23）" as one COP
(event_rules.ZH_COP)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records

DAY = date(2022, 6, 10)  # a Friday


def _agreements(text: str) -> list[tuple]:
    return [(r["agreement_type"], r["parties"]) for r in records(text, "agreement", DAY)]


def _events(text: str) -> list[str]:
    return [r["name"] for r in records(text, "event", DAY)]


@pytest.mark.parametrize("text,expected", [
    ("Nine cities signed the Coastal Resilience Declaration on Thursday.\n\n"
     "The signatories, among them Lisbon, Porto and Bilbao, will share flood data every year.",
     [("declaration", ["Lisbon", "Porto", "Bilbao"])]),
    ("Twenty mayors signed the Clean Heat Declaration on Wednesday in Oslo.\n\n"
     "Its signatories, including Bergen and Stavanger, said they would report on progress in 2024.",
     [("declaration", ["Bergen", "Stavanger"])]),
])
def test_signatories_named_in_an_apposition_after_the_signing(text, expected):
    assert _agreements(text) == expected


def test_an_apposed_list_stops_at_its_closing_comma():
    text = ("Nine cities signed the Coastal Resilience Declaration on Thursday.\n\n"
            "The signatories, among them Lisbon and Porto, will work with Madrid on flood maps.")
    assert _agreements(text) == [("declaration", ["Lisbon", "Porto"])]


def test_signatories_without_names_give_nothing():
    text = ("Nine cities signed the Coastal Resilience Declaration on Thursday.\n\n"
            "The signatories, among them several capitals, will share flood data every year.")
    assert _agreements(text) == []


@pytest.mark.parametrize("text,name", [
    ("Mayors met at the Climate Summit of Local and Regional Leaders in Lyon on Friday, where Lyon and Turin signed "
     "a memorandum of understanding.", "Climate Summit of Local and Regional Leaders"),
    ("Leaders gathered for the Regional Forum of Pacific Leaders in Honolulu on Friday, where Honolulu and Suva signed "
     "a memorandum of understanding.", "Regional Forum of Pacific Leaders"),
])
def test_a_summit_named_of_its_participants(text, name):
    assert name in _events(text)


def test_a_conference_of_mayors_is_a_body():
    text = "The U.S. Conference of Mayors met in Boston on Friday, where Boston and Denver signed an MOU."
    assert not [n for n in _events(text) if "Conference" in n]


@pytest.mark.parametrize("text,name", [
    ("「亞太城市氣候峰會」10日在新加坡舉行，新加坡與曼谷簽署合作備忘錄。", "亚太城市气候峰会"),
    ("「地方及區域領袖論壇」10日在里昂舉行，里昂與都靈簽署合作備忘錄。", "地方及区域领袖论坛"),
])
def test_a_name_in_corner_quotes_is_read_whole(text, name):
    assert name in _events(text)


@pytest.mark.parametrize("text", [
    "联合国气候变化大会（COP23）期间，斐济与波恩签署合作备忘录。",
    "聯合國氣候變化大會（COP 23）期間，斐濟與波恩簽署合作備忘錄。",
])
def test_the_un_conference_with_its_number_in_brackets_is_one_cop(text):
    names = _events(text)
    assert "COP23" in names and not [n for n in names if "联合国" in n]
