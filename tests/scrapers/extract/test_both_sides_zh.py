"""Who "双方" are: the two the sentence before, or the signing sentence's own first clause, said met
(both_sides_zh)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


@pytest.mark.parametrize("text", [
    "当地时间9月10日，四川省副省长罗强在萨克拉门托会见加州州长纽森，双方签署了关于清洁能源合作的谅解备忘录。",
    "当地时间9月10日，四川省副省长罗强在萨克拉门托会见了加州州长纽森。会见后，双方签署了关于清洁能源合作的谅解备忘录。",
    "9月10日，四川省省长在萨克拉门托会晤加州州长，双方签署了关于清洁能源合作的谅解备忘录。",
])
def test_one_side_received_the_other_then_both_signed(text):
    """"A（官员）在X会见B（官员），双方签署…": the two whose officials met are the parties, met where the meeting was."""
    recs = records(text, "agreement", date(2025, 9, 12))
    assert [(sorted(r["parties"]), r["city"], r["signed_on"]) for r in recs] == \
        [(["California", "Sichuan Province"], "Sacramento", date(2025, 9, 10))]


@pytest.mark.parametrize("text", [
    "9月10日，四川省副省长罗强在萨克拉门托会见加州州长纽森，双方就清洁能源合作交换了意见。",  # nothing signed
    "9月10日，罗强在萨克拉门托会见纽森，双方签署了关于清洁能源合作的谅解备忘录。",  # people only: whose?
])
def test_no_signing_or_no_bodies_is_no_agreement(text):
    assert records(text, "agreement", date(2025, 9, 12)) == []


def test_a_legislator_received_stands_for_no_government():
    text = "本周一，长沙市副市长在长沙会见了维多利亚州议员。会见后，双方签署了《新能源合作谅解备忘录》。"
    assert records(text, "agreement", date(2024, 5, 16)) == []


@pytest.mark.parametrize("text, pair", [
    ("3月10日，青岛市与长崎市签署了友好城市交流合作备忘录。两市还签署了环保合作协议。", {"Qingdao", "Nagasaki"}),
    ("3月10日，湖北省与安大略省签署了友好合作备忘录。同日，两省还签署了清洁能源合作协议。", {"Hubei Province", "Ontario"}),
])
def test_the_two_cities_or_provinces_are_the_pair_that_signed_just_before(text, pair):
    """"A市与B市签署…。两市还签署了…": the two of the signing before, where both are places of that kind."""
    recs = records(text, "agreement", date(2025, 3, 12))
    assert [set(r["parties"]) for r in recs] == [pair, pair]


@pytest.mark.parametrize("text", [
    "3月10日，四川省与长崎市签署了友好交流合作备忘录。两市还签署了环保合作协议。",  # a province and a city: not 两市
    "3月10日，青岛市、长崎市与釜山市签署了三方合作备忘录。两市还签署了环保合作协议。",  # three signed: which two?
])
def test_a_pair_of_another_kind_or_three_signers_are_not_the_two_cities(text):
    assert len(records(text, "agreement", date(2025, 3, 12))) == 1
