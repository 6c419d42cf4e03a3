"""A correction that changes a day wins over the sentence it corrects (scrapers/extract/corrections.py): the record
takes the right day, never the corrected wrong one; a weekday corrected alone moves the day; a page with no correction,
or a note about another kind of record, leaves the days as the sentences give them."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.corrections import corrections
from scrapers.extract.dates import DateContext


def records(text: str, page: date, lang: str = "en", kind: str | None = None) -> list[dict]:
    art = Article("http://127.0.0.1/a", "test", None, page, lang, text, datetime(page.year, page.month, page.day))
    return [m.fields for m in extract_mentions(art) if kind is None or m.record_type == kind]


@pytest.mark.parametrize("text, page, start, end", [
    ("The Cascade Clean Water Forum opened in Eugene on Monday, June 9, and ran through Wednesday, June 11, drawing "
     "water managers from both countries.\nAt the forum, Eugene pledged to cut citywide emissions 50 percent below "
     "2015 levels by 2035.\n"
     "Correction: The Cascade Clean Water Forum opened on Tuesday, June 10, not Monday, June 9, as an earlier version "
     "of this story said.", date(2025, 6, 13), date(2025, 6, 10), date(2025, 6, 11)),
    ("The Prairie Wind Summit began in Lincoln on Sept. 15, 2025 and closed on Sept. 17, 2025.\n"
     "At the summit, Lincoln and Baotou signed a memorandum of understanding on wind power.\n"
     "CORRECTION: The summit began on Sept. 16, rather than Sept. 15.", date(2025, 9, 19), date(2025, 9, 16),
     date(2025, 9, 17)),
])
def test_a_corrected_opening_day_wins_over_the_body(text, page, start, end):
    days = {(f["start_on"], f["end_on"]) for f in records(text, page, kind="event")}
    assert (start, end) in days and {first for first, _ in days} == {start}  # the correction's own sentence too


@pytest.mark.parametrize("text, page, day", [
    ("Boise and Yinchuan signed a memorandum of understanding on solar power on Monday, March 3, 2025, at Boise City "
     "Hall.\nCorrection: An earlier version of this article misstated the date of the signing, which was Tuesday, "
     "not Monday.", date(2025, 3, 6), date(2025, 3, 4)),
    ("Salem and Zhuhai signed a cooperation agreement on electric buses on April 8, 2025.\n"
     "This story has been corrected: the agreement was signed April 9, not April 8.", date(2025, 4, 11),
     date(2025, 4, 9)),
])
def test_a_corrected_signing_day_wins(text, page, day):
    assert [f["signed_on"] for f in records(text, page, kind="agreement")] == [day]


@pytest.mark.parametrize("text, page, day", [
    ("6月9日，鹰潭市与景德镇市在鹰潭签署《生态旅游合作协议》。\n更正：本网6月10日刊发的本文中，签约日期“6月9日”有误，应为“6月10日”。特此更正。",
     date(2025, 6, 11), date(2025, 6, 10)),
    ("5月6日，宣城市与湖州市签署《跨界河流联合保护合作协议》。\n更正说明：原文签约日期误写为5月6日，应为5月7日。",
     date(2025, 5, 9), date(2025, 5, 7)),
])
def test_a_chinese_correction_note_wins(text, page, day):
    assert [f["signed_on"] for f in records(text, page, "zh", kind="agreement")] == [day]


def test_a_note_correcting_a_signing_leaves_a_gathering_alone():
    ctx = DateContext(date(2025, 3, 6), None, ())
    (c,) = corrections("Correction: The memorandum was signed on March 5, not March 4.", ctx)
    assert (c.wrong, c.right, c.about) == (date(2025, 3, 4), date(2025, 3, 5), "signing")


def test_no_correction_no_change():
    text = ("Reno and Lanzhou signed a memorandum of understanding on clean heating on Tuesday, March 4, 2025. "
            "The two cities did not meet on Monday, March 3, as first planned.")
    assert corrections(text, DateContext(date(2025, 3, 6), None, ())) == []
    assert [f["signed_on"] for f in records(text, date(2025, 3, 6), kind="agreement")] == [date(2025, 3, 4)]


def test_a_weekday_moved_after_the_page_is_dropped():
    text = ("Boise and Yinchuan signed a memorandum of understanding on solar power on Thursday, March 6, 2025.\n"
            "Correction: The signing was Friday, not Thursday.")
    assert [f["signed_on"] for f in records(text, date(2025, 3, 6), kind="agreement")] == [None]


@pytest.mark.parametrize("text, page, lang, day", [
    ("Boise and Yinchuan signed a memorandum of understanding on solar power on Tuesday, March 4, 2025.\n"
     "Correction: An earlier version of this article misstated the date of the signing. It was Wednesday, March 5.",
     date(2025, 3, 7), "en", date(2025, 3, 5)),
    ("Salem and Zhuhai signed a cooperation agreement on electric buses on April 8, 2025.\n"
     "This article has been corrected to show that the agreement was signed on April 9.", date(2025, 4, 11), "en",
     date(2025, 4, 9)),
    ("5月6日，宣城市与湖州市签署《跨界河流联合保护合作协议》。\n更正：签约日期应为5月7日。", date(2025, 5, 9), "zh",
     date(2025, 5, 7)),
])
def test_a_note_naming_only_the_right_day(text, page, lang, day):
    assert [f["signed_on"] for f in records(text, page, lang, kind="agreement")] == [day]


def test_a_right_day_alone_leaves_two_signings_of_different_days():
    text = ("Boise and Yinchuan signed a memorandum of understanding on solar power on Tuesday, March 4, 2025.\n"
            "Reno and Lanzhou signed a memorandum of understanding on clean heating on Monday, March 3, 2025.\n"
            "Correction: An earlier version of this article misstated the date of a signing. It was Wednesday, "
            "March 5.")
    assert sorted(f["signed_on"] for f in records(text, date(2025, 3, 7), kind="agreement")) == \
        [date(2025, 3, 3), date(2025, 3, 4)]


@pytest.mark.parametrize("note", [
    "Correction, March 6: An earlier version of this article misstated where the memorandum was signed. It was signed "
    "in Kunming.",
    "This article was corrected on March 6 to say the memorandum was signed in Kunming, not in Beijing.",
])
def test_the_day_a_note_was_made_is_no_day_it_sets(note):
    # the note's own date (its label, "was corrected on") says when the paper corrected it, not when anything happened
    text = ("Denver and the Chinese city of Kunming signed a memorandum of understanding on climate cooperation on "
            "Monday in Kunming.\n" + note)
    [agreement] = records(text, date(2025, 3, 4), kind="agreement")
    assert agreement["signed_on"] == date(2025, 3, 3)
