"""Round 18 (scrapers/extract/dropped_targets.py, docs/english-unseen-grammar.md): a target an actor gives up is no
pledge of its; the one set in its place is ("放弃…目标，改为…", "dropped its ... target and now aims ..."). Sentences of
our own, none from a test web."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.dropped_targets import dropped_masked


def pledges(text: str, lang: str) -> list[tuple]:
    art = Article("http://127.0.0.1/a.html", "t", None, date(2024, 2, 12), lang, text, datetime(2024, 3, 1))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"])
            for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text,want", [
    ("5月6日，江西省吉安市宣布放弃2028年实现碳达峰的目标，改为力争2031年前实现碳达峰。", [("Ji’an", "emissions_peak", 2031)]),
    ("浙江省舟山市取消了原定2040年实现碳中和的目标，改为2050年前实现碳中和。", [("Zhoushan", "carbon_neutrality", 2050)]),
])
def test_zh_the_target_given_up_is_none_the_new_one_is(text, want):
    assert pledges(text, "zh") == want


@pytest.mark.parametrize("text,want", [
    ("The city of Tulsa abandoned its goal of carbon neutrality by 2035 and now aims to reach net-zero emissions by "
     "2045.", [("Tulsa", "carbon_neutrality", 2045)]),
    ("Leeds City Council walked back its pledge to reach net zero by 2030, but kept its 2050 target.", []),
])
def test_en_the_target_given_up_is_none(text, want):
    assert pledges(text, "en") == want


def test_masking_keeps_the_offsets_and_leaves_other_sentences_alone():
    s = "揭阳市放弃2030年实现碳达峰的目标，改为力争2032年前实现碳达峰。"
    assert len(dropped_masked(s)) == len(s) and "2030" not in dropped_masked(s) and "2032" in dropped_masked(s)
    assert dropped_masked("Emissions must drop 40% by 2030.") == "Emissions must drop 40% by 2030."
