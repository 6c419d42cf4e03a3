"""Talks named by their subject alone (events.ZH_FIELDS_ONLY: "绿色低碳合作座谈会", "能源环保交流会") are a meeting held,
not a gathering's name: no event. A forum or conference of the same words, an edition or a named side stays one.
Texts of our own."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def events(text: str) -> list[str]:
    return [r["name"] for r in records(text, "event", day=date(2025, 4, 20))]


@pytest.mark.parametrize("text", [
    "4月18日，芬兰驻上海总领事馆一行到访嘉兴，与市外办、市生态环境局举行绿色低碳合作座谈会。",
    "4月18日，市外办与比利时安特卫普港代表团举行能源环保交流会，双方介绍了各自在港口减排方面的做法。",
    "4月18日，市友协与来访的日本友城代表团召开友城合作恳谈会，并就青少年交流交换意见。",
])
def test_talks_named_by_their_subject_are_no_event(text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "4月18日，第三届绿色低碳合作论坛在嘉兴开幕，来自12个国家的城市代表参会。",
    "4月18日，2025中芬绿色低碳合作大会在嘉兴开幕。",
])
def test_a_forum_or_an_edition_of_the_same_words_is_still_an_event(text):
    assert len(events(text)) == 1
