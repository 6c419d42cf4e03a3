"""A numbered round of a high-level dialogue named before 期间 where something was signed is that signing's
gathering (scrapers/extract/dialogue_rounds_zh.py); one where nothing was signed is none. Texts of our own."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


@pytest.mark.parametrize("text, name, city", [
    ("6月18日，第三轮中欧环境与气候高层对话期间，生态环境部与欧盟委员会在布鲁塞尔续签《中欧碳市场合作谅解备忘录》。",
     "第三轮中欧环境与气候高层对话", "Brussels"),
    ("3月2日，第四轮中德能源与经济对话期间，中国国家能源局与德国联邦经济部在北京签署了《能源转型合作谅解备忘录》。",
     "第四轮中德能源与经济对话", "Beijing"),
])
def test_a_round_of_a_dialogue_where_something_was_signed_is_an_event(text, name, city):
    got = records(text, "event", date(2025, 6, 20))
    assert [(r["name"], r["city"]) for r in got] == [(name, city)], got
    assert [r["start_on"] for r in got] == [None]  # a dialogue of several days: the signing's day is not its first


@pytest.mark.parametrize("text", [
    "6月18日，第三轮中欧环境与气候高层对话期间，双方就碳市场合作交换了意见。",  # nothing signed
    "6月18日，第三轮中欧环境与气候高层对话在布鲁塞尔举行，双方就碳市场合作交换了意见。",  # no 期间, nothing signed
])
def test_a_round_where_nothing_was_signed_is_no_event(text):
    assert records(text, "event", date(2025, 6, 20)) == []


def test_a_signing_ceremony_held_during_a_round_makes_no_event_of_the_round():
    text = "6月18日，第三轮中欧环境与气候高层对话期间，中欧城市气候合作签约仪式在布鲁塞尔举行。"
    assert records(text, "event", date(2025, 6, 20)) == []
