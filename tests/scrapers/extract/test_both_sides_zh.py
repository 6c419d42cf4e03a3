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
