"""A signing told "during the forum" / "论坛期间" in a story of several gatherings was signed where the forum was held,
not where the story's most-told gathering was (two stories of our own in two languages; a wrong city had come from the
first-told roundtable on a Traditional-Chinese page)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions

STORIES = [
    "The Green Ports Summit opened in Shanghai on Sept. 24, and the summit drew 300 delegates. The Clean Transport Forum "
    "opened in Beijing on Sept. 25. On Sept. 26, during the forum, Busan and Tianjin signed a memorandum of "
    "understanding on green shipping.",
    "9月24日，2023绿色港口峰会在上海开幕，峰会吸引300名代表。9月25日，2023绿色交通论坛在北京开幕。26日，同样在論壇期間，"
    "釜山市与天津市签署了绿色航运合作备忘录。",
]


@pytest.mark.parametrize("text", STORIES, ids=["en", "zh"])
def test_a_signing_during_the_forum_takes_the_forums_city(text):
    art = Article("http://127.0.0.1/a.html", "t", None, date(2023, 9, 27), "en", text, datetime(2024, 1, 1))
    got = [(m.fields["parties"], m.fields["city"], m.fields["signed_on"]) for m in extract_mentions(art)
           if m.record_type == "agreement"]
    assert got == [(["Busan", "Tianjin"], "Beijing", date(2023, 9, 26))]



def test_a_sub_forum_is_part_of_the_storys_gathering():
    # "在分论坛上": the sub-forum of the congress held in Zhuzhou, though the story also recalls another edition
    text = ("11月20日至22日，第二届湘赣城市低碳发展大会在株洲市举行。大会期间，“零碳园区”分论坛于21日举办。株洲市与萍乡市在分论坛上"
            "签署低碳园区合作备忘录。首届大会于2021年在萍乡举行。")
    art = Article("http://127.0.0.1/a.html", "t", None, date(2023, 11, 23), "zh", text, datetime(2024, 1, 1))
    got = [(m.fields["parties"], m.fields["city"]) for m in extract_mentions(art) if m.record_type == "agreement"]
    assert got == [(["Zhuzhou", "Pingxiang"], "Zhuzhou")]
