"""China's leading research universities are one party in both languages, by the English names they give themselves:
中山大学 is Sun Yat-sen University (the place rule had made it "Zhongshan University", a name no one uses), 上海交通大学
Shanghai Jiao Tong University, 华北电力大学 North China Electric Power University."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def parties(text: str, lang: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/p", "test", None, date(2023, 10, 26), lang, text, datetime(2023, 10, 27))
    return [sorted(m.fields["parties"]) for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("zh,en,want", [
    ("上海交通大学与密歇根大学签署了低碳能源联合研究合作协议。",
     "Shanghai Jiao Tong University signed a low-carbon energy research agreement with the University of Michigan.",
     ["Shanghai Jiao Tong University", "University of Michigan"]),
    ("中山大学与斯坦福大学签署了气候变化研究合作备忘录。",
     "Sun Yat-sen University signed a memorandum of understanding on climate research with Stanford University.",
     ["Stanford University", "Sun Yat-sen University"]),
])
def test_a_chinese_university_is_one_party_in_both_languages(zh, en, want):
    assert parties(zh, "zh") == parties(en, "en") == [want]
