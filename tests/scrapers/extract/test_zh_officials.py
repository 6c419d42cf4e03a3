"""A Chinese story names an official with the place he heads ("加州州长纽森") and later by name alone as the signer
("当天，纽森还与江苏省签署了…"): the place signs (a person is never a party). A name no sentence tied to a place, or
one that is not the subject, stays as it was."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.officials_zh import stand_ins


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2023, 10, 26), "zh", text, datetime(2023, 10, 27))
    return [sorted(m.fields["parties"]) for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text,want", [
    ("10月25日，加州州长纽森与广东省省长王伟中在广州签署《关于深化气候和清洁能源合作的谅解备忘录》。当天，纽森还与江苏省签署了"
     "应对气候变化合作协议。", [["California", "Guangdong Province"], ["California", "Jiangsu Province"]]),
    ("华盛顿州州长英斯利率团访问四川。英斯利与成都市签署了清洁能源合作备忘录。",
     [["Chengdu", "Washington"]]),
])
def test_an_official_named_alone_as_the_signer_stands_for_his_place(text, want):
    assert parties(text) == want


def test_a_name_after_its_title_or_untied_to_a_place_stays():
    people = {"纽森": "加州"}
    assert stand_ins("加州州长纽森表示欢迎。", people) == "加州州长纽森表示欢迎。"
    assert stand_ins("李明与江苏省签署了协议。", people) == "李明与江苏省签署了协议。"
    assert parties("李明与江苏省签署了应对气候变化合作协议。") == []
