"""A signing "结业式上" / "闭幕式上" takes the day and city of the closing the story told shortly before, not the last
day it named (scrapers/extract/closing_ceremonies_zh.py). The texts are our own, not the web's."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def agreements(text: str, day: date) -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", None, day, "zh", text, datetime(2025, 3, 13))
    return [m.fields for m in extract_mentions(art) if m.record_type == "agreement"]


def test_a_course_closing_dates_and_places_the_signing_after_its_opening_day():
    got = agreements("6月20日，2025年东盟国家低碳发展研修班在广西桂林结业。为期两周的研修班于6月7日开班，来自老挝、"
                     "缅甸等国的20名学员参加。结业式上，桂林理工大学与老挝国立大学签署合作谅解备忘录。", date(2025, 6, 22))
    assert len(got) == 1 and got[0]["signed_on"] == date(2025, 6, 20) and got[0]["city"] == "Guilin"


def test_a_forum_closing_dates_the_signing():
    got = agreements("9月12日，第三届澜湄环境合作论坛在云南昆明闭幕。闭幕式上，云南大学与柬埔寨皇家农业大学签署合作备忘录。",
                     date(2025, 9, 14))
    assert len(got) == 1 and got[0]["signed_on"] == date(2025, 9, 12) and got[0]["city"] == "Kunming"


def test_no_closing_told_leaves_the_signing_undated():
    got = agreements("据介绍，该研修班已举办多期。结业式上，甲省农业科学院与乙国国立大学签署合作备忘录。", date(2025, 9, 14))
    assert all(a["signed_on"] is None for a in got)
