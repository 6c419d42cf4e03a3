"""Government releases of Hong Kong and its mainland partners (first met on the ninety-third test web), each class
shown on sentences written for this test: a question asks and tells no signing (questions.asks); a signing told as a
noun with its signers after "by" ("witnessed the signing of the X by A and B": questions.witnessed_by); "After the
meeting" and 仪式上 give a signing the day of the gathering just told (agreements.EVENT_ANAPHORA); a cut's deadline
told with "before" ("by half before 2035"); a count of the sides after 代表 ("代表五市签署") is no party
(parties_zh.FOR_WHOM); a ceremony held verb first ("并举行《X》签约仪式") dates the signings after it
(signers_zh.SESSION_HELD); Hong Kong's government departments as parties (organisations.yaml)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.questions import asks
from story_records import records


def agreements(text: str, day: date = date(2024, 3, 5)) -> list[tuple]:
    return [(r["parties"], r["signed_on"]) for r in records(text, "agreement", day)]


def pledges(text: str) -> list[tuple]:
    return sorted((r["actor"], r["commitment_type"], r["target_year"], r["base_year"], r["reduction_pct_min"])
                  for r in records(text, "commitment"))


@pytest.mark.parametrize("text", [
    "Will the Government inform this Council whether it has signed any agreement with Shenzhen on waste "
    "management, and of the timetable?",
    "Asked whether Guangzhou and Foshan had signed a memorandum on river clean-up, the official said talks went on.",
    "广州与佛山会签署新的河涌治理合作协议吗？",
])
def test_a_question_tells_no_signing(text):
    assert asks(text)
    assert agreements(text) == []


def test_a_statement_is_still_read():
    text = "The Guangzhou Water Authority and the Foshan Water Authority signed a memorandum on river clean-up today."
    assert not asks(text)
    assert agreements(text) == [(["Guangzhou Water Authority", "Foshan Water Authority"], date(2024, 3, 5))]


@pytest.mark.parametrize("text, parties", [
    ("Mr Lam and Ms Chen witnessed the signing of the Memorandum of Understanding on Flood Control by the Guangzhou "
     "Water Authority and the Foshan Water Authority.", ["Guangzhou Water Authority", "Foshan Water Authority"]),
    ("The two mayors witnessed the signing of the agreement on river monitoring by the Drainage Services Department "
     "and the Shenzhen Water Affairs Bureau.", ["Drainage Services Department", "Shenzhen Water Affairs Bureau"]),
])
def test_the_signers_of_a_signing_told_as_a_noun(text, parties):
    assert [p for p, _ in agreements(text)] == [parties]


def test_a_signing_still_to_be_witnessed_is_none():
    text = ("The two mayors will witness the signing of the agreement on river monitoring by the Guangzhou Water "
            "Authority and the Foshan Water Authority.")
    assert agreements(text) == []


def test_after_the_meeting_is_the_meeting_day():
    text = ("The Guangzhou Water Authority and the Foshan Water Authority held their annual meeting in Foshan today "
            "(March 4). After the meeting, the Guangzhou Water Authority and the Foshan Water Authority signed a "
            "memorandum on flood warnings.")
    assert agreements(text) == [(["Guangzhou Water Authority", "Foshan Water Authority"], date(2024, 3, 4))]


def test_at_the_ceremony_is_the_ceremony_day():
    text = ("佛山市今日（三月四日）舉行河涌治理成果發布禮。儀式上，廣州市生態環境局與佛山市生態環境局簽署《河涌水質聯合監測"
            "合作協議》。")
    assert agreements(text) == [(["Guangzhou Municipal Ecology and Environment Bureau",
                                  "Foshan Municipal Ecology and Environment Bureau"], date(2024, 3, 4))]


@pytest.mark.parametrize("text, expected", [
    ("Macao aims to cut its carbon emissions by 40 per cent before 2030 compared with 2005 levels.",
     [("Macau", "emissions_reduction", 2030, 2005, 40.0)]),
    ("Guangzhou will strive to reduce its total carbon emissions by half before 2040 compared with the 2010 level.",
     [("Guangzhou", "emissions_reduction", 2040, 2010, 50.0)]),
])
def test_a_deadline_told_with_before(text, expected):
    assert pledges(text) == expected


def test_a_cut_made_before_a_past_year_is_no_pledge():
    assert pledges("Macao cut its carbon emissions by 20 per cent before 2020 compared with 2005 levels.") == []


@pytest.mark.parametrize("text, parties", [
    ("南宁市生态环境局、柳州市生态环境局和桂林市生态环境局负责人代表三市签署合作协议。",
     ["Nanning Municipal Ecology and Environment Bureau", "Liuzhou Municipal Ecology and Environment Bureau",
      "Guilin Municipal Ecology and Environment Bureau"]),
    ("广州市生态环境局与佛山市生态环境局主要负责同志代表两地签署合作协议。",
     ["Guangzhou Municipal Ecology and Environment Bureau", "Foshan Municipal Ecology and Environment Bureau"]),
])
def test_a_count_of_the_sides_after_daibiao_is_no_party(text, parties):
    assert [p for p, _ in agreements(text)] == [parties]


def test_a_ceremony_held_verb_first_dates_the_signing_after_it():
    text = ("3月4日，南宁市生态环境局在南宁召开北部湾城市群生态环境协作会议，并举行《北部湾城市群生态环境协作框架协议》签约"
            "仪式。南宁市生态环境局、北海市生态环境局和钦州市生态环境局主要负责同志代表三市签署框架协议。")
    assert agreements(text) == [(["Nanning Municipal Ecology and Environment Bureau",
                                  "Beihai Municipal Ecology and Environment Bureau",
                                  "Qinzhou Municipal Ecology and Environment Bureau"], date(2024, 3, 4))]


def test_a_mainland_department_keeps_its_own_name():
    text = ("The Environmental Protection Department of Guangdong Province and the Guangzhou Water Authority signed "
            "an agreement today.")
    assert [p for p, _ in agreements(text)] == [["Environmental Protection Department of Guangdong Province",
                                                 "Guangzhou Water Authority"]]
