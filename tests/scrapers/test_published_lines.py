"""A publication stamp printed as its own body line ("Published: 10.06.2026") is chrome; a sentence that tells of a
publication is not (scrapers/published_lines.py, hooked into scrapers/chrome_lines.clean_lines)."""
from __future__ import annotations

from scrapers.chrome_lines import clean_lines
from scrapers.published_lines import published_line

BODY = ("Leeds and Wuhan signed a memorandum of understanding on district heating at the civic hall last week.\n"
        "Engineers from both cities will compare designs for heat networks in older housing estates.")


def test_stamp_lines_in_many_date_forms():
    for line in ("Published: 10.06.2026", "Posted on 17/03/2026", "Published 2026-03-17",
                 "Date published: March 17, 2026", "Publication date: 4 June 2026", "Posted: 17.03.2026, 10:30"):
        assert published_line(line), line


def test_prose_about_publishing_stays():
    for line in ("The report was published on 10.06.2026 by the council.", "Published: the council's annual report",
                 "Posted on the council website"):
        assert not published_line(line), line


def test_clean_lines_drops_the_stamp_and_keeps_the_story():
    for stamp in ("Published: 10.06.2026", "Posted on 3 June 2025"):
        out = clean_lines(f"{stamp}\n{BODY}")
        assert stamp not in out and out == BODY


def test_chinese_stamp_lines_are_chrome_and_sentences_are_not():
    # a figure-only date in a stamp line would otherwise be the last day "会议期间" refers to
    for line in ("發佈日期：2024/09/23", "发布时间：2024年9月23日 10:30", "更新日期：2024-09-23", "發佈時間：2024/06/14 06:30"):
        assert published_line(line), line
    for line in ("发布时间：由主办方另行通知", "日期：9月20日至23日，大会在合肥举行。"):
        assert not published_line(line), line


def test_a_nordic_time_or_a_label_whose_date_was_dropped_is_the_stamp():
    # "11.30": hour and minutes parted by a full stop; "Published" alone: its date was in a <time> element
    for line in ("Published 4.11.2025 09.15", "Published 4.11.2025 klo 09.15", "Published", "Posted on:"):
        assert published_line(line), line
    for line in ("Published reports show 2.5 percent growth", "Published in 2024, the plan sets 40 targets."):
        assert not published_line(line), line


def test_a_news_offices_release_stamp_with_its_weekday_is_the_stamp():
    # a university or agency newsroom prints "Released: <weekday>, <date>" above the body
    for line in ("Released: Monday, July 14, 2014", "Release date: Tuesday, 3 March 2020", "Released: 2019-05-02"):
        assert published_line(line), line
    for line in ("Released on Monday, the report finds emissions fell.", "Released: the full inventory",
                 "Released in 2019, the plan sets 12 targets."):
        assert not published_line(line), line
