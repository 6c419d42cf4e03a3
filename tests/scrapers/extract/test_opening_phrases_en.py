"""An instrument named in a sentence's scene-setting opening ("Following a friendship agreement signed in 2015, ...")
is not the one signed, and its year is not the signing's (opening_phrases_en); in Chinese, the year of a "继…后"
clause (agreement_records_zh.PRIOR)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.scrapers.extract.story_records import records

DAY = date(2023, 9, 20)


@pytest.mark.parametrize("text, signed_on", [
    ("Following a friendship agreement signed in 2015, Hainan and Hawaii signed a memorandum of understanding on "
     "climate cooperation.", None),
    ("Building on their 2015 sister-state agreement, Hainan and Hawaii on Monday signed a memorandum of understanding "
     "on clean energy.", "2023-09-18"),
    ("As part of the partnership launched in 2019, Gothenburg and Shanghai signed a memorandum of understanding on "
     "electric ferries on Tuesday.", "2023-09-19"),
])
def test_the_instrument_after_the_opening_is_the_one_signed(text, signed_on):
    found = records(text, "agreement", DAY)
    assert [(a["agreement_type"], a["signed_on"] and a["signed_on"].isoformat()) for a in found] == [("mou", signed_on)]


def test_one_instrument_in_the_opening_is_left_to_the_other_readers():
    # "Under the agreement, ...": no other instrument; the opening is not set aside
    assert records("Under the agreement, Hainan and Hawaii will share data on emissions.", "agreement", DAY) == []


@pytest.mark.parametrize("text, signed_on", [
    ("据悉，这是继2015年签署友好合作协议后，海南省与夏威夷州再次签署气候合作文件。", None),
    ("继2015年结为友好省州之后，海南省与夏威夷州近日签署了应对气候变化合作谅解备忘录。", None),
    ("继2015年签署友好合作协议后，海南省与夏威夷州9月18日再次签署气候合作谅解备忘录。", "2023-09-18"),
])
def test_a_year_before_jihou_is_not_the_signing(text, signed_on):
    found = records(text, "agreement", DAY)
    assert len(found) == 1 and (found[0]["signed_on"] and found[0]["signed_on"].isoformat()) == signed_on


# "Twelve mayors signed X, including the mayors of A, B and C": a subject that only counts the signers
@pytest.mark.parametrize("text, parties", [
    ("Twelve mayors signed the Green Ports Declaration in Rotterdam on Monday, including the mayors of Rotterdam, "
     "Shanghai and Los Angeles.", {"Rotterdam", "Shanghai", "Los Angeles"}),
    ("More than 20 cities signed the Clean Air Declaration at the summit, among them Paris, Seoul and Chengdu.",
     {"Paris", "Seoul", "Chengdu"}),
])
def test_a_counted_subject_and_its_list(text, parties):
    assert [set(a["parties"]) for a in records(text, "agreement", DAY)] == [parties]


@pytest.mark.parametrize("text", [
    "Twelve mayors attended the summit, including the mayors of Rotterdam, Shanghai and Los Angeles.",  # no signing
    "Rotterdam signed the Green Ports Declaration on Monday.",  # one signer: the declaration is no party
    "Twelve mayors signed the Green Ports Declaration on Monday, including the mayor of Rotterdam.",
])
def test_no_false_party_from_the_instrument_or_a_count(text):
    assert records(text, "agreement", DAY) == []


# "Under the Hawaii Clean Energy Initiative, the state aims ...": a programme in the opening frame is no pledger
def test_a_framing_programme_is_no_pledger():
    assert records("Under the Hawaii Clean Energy Initiative, the state aims to get 40 percent of its electricity "
                   "from renewable sources by 2030.", "commitment", DAY) == []
    told = records("Hawaii and Shanxi signed a memorandum on clean energy on Wednesday. Under the Hawaii Clean Energy "
                   "Initiative, the state aims to get 40 percent of its electricity from renewable sources by 2030.",
                   "commitment", DAY)
    assert [(c["actor"], c["share_pct"]) for c in told] == [("Hawaii", 40.0)]


@pytest.mark.parametrize("text, actor", [
    ("Under its climate plan, Denver aims to cut emissions 65 percent below 2015 levels by 2030.", "Denver"),
    ("Under the Paris Agreement, Canada pledged to cut emissions 30 percent below 2005 levels by 2030.", "Canada"),
])
def test_a_named_subject_after_the_frame_pledges(text, actor):
    assert [c["actor"] for c in records(text, "commitment", DAY)] == [actor]
