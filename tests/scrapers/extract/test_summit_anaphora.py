"""A pledge or agreement made "at the Shantou summit" where the story names the summit only further down belongs
to the story's one gathering with that head word (scrapers/extract/summit_anaphora.py); two such gatherings, or one
told before the sentence, leave it as before."""
from __future__ import annotations

from scrapers.extract.summit_anaphora import at_named_later  # noqa: E402


def test_the_one_gathering_with_that_head_word():
    heads = {"green harbor cities summit": "Summit", "harbor expo": "Expo"}
    keys = ["green harbor cities summit", "harbor expo"]
    assert at_named_later("Speaking at the Shantou summit on Oct. 14, the mayor said Norfolk will cut emissions.",
                          keys, heads, []) == "green harbor cities summit"
    assert at_named_later("At last week's summit, Tacoma pledged to go carbon neutral by 2040.", keys, heads, []) \
        == "green harbor cities summit"
    assert at_named_later("在本届峰会上，汕头市承诺力争2028年前实现碳排放达峰。", ["中美港湾峰会"], {"中美港湾峰会": "峰会"}, []) \
        == "中美港湾峰会"


def test_none_where_two_share_the_head_word_or_one_was_told_before():
    heads = {"a cities summit": "Summit", "b mayors summit": "Summit"}
    assert at_named_later("At the Shantou summit, Norfolk pledged ...", ["a cities summit", "b mayors summit"],
                          heads, []) is None
    assert at_named_later("At the Shantou summit, Norfolk pledged ...", ["a cities summit"], heads,
                          [("a cities summit", 2)]) is None
    assert at_named_later("Norfolk pledged to cut emissions 50% by 2035.", ["a cities summit"], heads, []) is None


def test_a_pledge_at_the_city_summit_named_below():
    text = ("Portland's mayor used last week's summit in Kaohsiung to set a new goal.\n\n"
            "Speaking at the Kaohsiung summit on May 6, the mayor said Portland will cut greenhouse gas emissions from "
            "its port by 40% below 2018 levels by 2032.\n\n"
            "The Pacific Clean Ports Summit brings together port cities every year.")
    cms = [m for m in mentions(text) if m.record_type == "commitment"]
    assert [(m.fields["actor"], [k for k, _ in m.hints["article_event_keys"]]) for m in cms] == \
        [("Portland", ["pacific clean ports summit"])]


def mentions(text: str):
    from datetime import date, datetime

    from pactwatch.models import Article
    from scrapers.extract import extract_mentions

    day = date(2024, 5, 14)
    return extract_mentions(Article("http://127.0.0.1/a", "test", None, day, "en", text,
                                    datetime.combine(day, datetime.min.time())))
