"""Two reports of one page are never one signing told in two languages (warehouse/crosslang.two_tellings): a city
portal's bureaus' memorandum (one side kept in Chinese) and, the same afternoon, its mayors' letter of intent had
been joined into one row; two titles that name two instruments are never joined either."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from warehouse.resolve_agreements import cluster_agreements

PAGE = ("10日上午，市委书记会见了代表团。会见后，齐齐哈尔市发展和改革委员会与圣安东尼奥市可持续发展办公室签署了《低碳城市建设"
        "合作备忘录》。当天下午，赵文博与克劳福德签署了《齐齐哈尔市与美国圣安东尼奥市关于开展城市气候行动合作的意向书》。")


def _agreements(text: str, url: str) -> list:
    art = Article(url, "t", None, date(2024, 9, 12), "zh", text, datetime(2024, 9, 12))
    return [m for m in extract_mentions(art) if m.record_type == "agreement"]


def test_two_signings_of_one_page_stay_two():
    ms = _agreements(PAGE, "http://127.0.0.1/qqhr/a.html")
    ms[1].fields["parties"] = ["Qiqihar", "San Antonio"]  # the mayors' letter, its sides named by the officials
    assert len(ms) == 2 and len(cluster_agreements(ms)) == 2


def test_two_pages_titles_naming_two_instruments_stay_two():
    one = _agreements("9月10日，齐齐哈尔市发展和改革委员会与圣安东尼奥市可持续发展办公室签署了《低碳城市建设合作备忘录》。",
                      "http://127.0.0.1/qqhr/b.html")
    two = _agreements("9月10日，齐齐哈尔市发展和改革委员会与圣安东尼奥市可持续发展办公室签署了《城市气候行动合作意向书》。",
                      "http://127.0.0.1/lnfao/c.html")
    assert len(one) == len(two) == 1 and len(cluster_agreements(one + two)) == 2
