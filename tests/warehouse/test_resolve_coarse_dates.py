"""A report dated to its month only ("earlier this month", 本月早些时候) beside two signings of the same sides that
month on other topics joins the one it tells (its month, its topic) and never folds the two into one
(warehouse/coarse_dates.py; issue 17: two facts folded into one is a miss); where nothing tells which, it joins
neither; beside one signing it joins that one as before."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.resolve import resolve


def mou(url: str, quote: str, parties: list[str], day: date, precision: str = "day", topics=(),
        page: str = "2025-03-29", language: str = "en") -> Mention:
    return Mention("agreement", url, quote, {
        "agreement_type": "mou", "title": None, "signed_on": day, "signed_on_precision": precision, "city": None,
        "country": None, "parties": parties, "topics": list(topics)},
        {"page_date": page, "language": language, "event_keys": [], "article_event_keys": []})


def rows(ms: list[Mention]):
    return sorted((str(r.fields["signed_on"]), sorted(u for u, _ in r.evidence))
                  for r in resolve(ms, {}) if r.record_type == "agreement")


BOISE = ["Boise", "Yinchuan"]
AUSTIN = ["Austin", "Lhasa"]


def test_a_month_report_joins_the_signing_of_its_topic_and_keeps_the_two_apart():
    ms = [mou("https://a.example/1", "On March 4, Boise and Yinchuan signed an MOU on solar heating.", BOISE,
              date(2025, 3, 4), topics=["solar"]),
          mou("https://a.example/2", "On March 27, Boise and Yinchuan signed an MOU on water reuse.", BOISE,
              date(2025, 3, 27)),
          mou("https://b.example/3", "The visit follows the solar MOU the two cities signed earlier this month.", BOISE,
              date(2025, 3, 1), "month", topics=["solar"])]
    assert rows(ms) == [("2025-03-04", ["https://a.example/1", "https://b.example/3"]),
                        ("2025-03-27", ["https://a.example/2"])]
    zh = [mou("https://c.example/1", "3月5日，奥斯汀市与拉萨市签署低碳合作备忘录。", AUSTIN, date(2025, 3, 5),
              topics=["low-carbon development"], language="zh"),
          mou("https://c.example/2", "3月25日，奥斯汀市与拉萨市签署节水合作备忘录。", AUSTIN, date(2025, 3, 25),
              topics=["water"], language="zh"),
          mou("https://d.example/3", "本月早些时候，两市签署了低碳合作备忘录。", AUSTIN, date(2025, 3, 1), "month",
              topics=["low-carbon development"], language="zh")]
    assert rows(zh) == [("2025-03-05", ["https://c.example/1", "https://d.example/3"]),
                        ("2025-03-25", ["https://c.example/2"])]


def test_a_month_report_nothing_places_joins_neither_and_one_signing_takes_it():
    ms = [mou("https://a.example/1", "On March 4, Boise and Yinchuan signed an MOU on solar heating.", BOISE,
              date(2025, 3, 4), topics=["solar"]),
          mou("https://a.example/2", "On March 27, Boise and Yinchuan signed an MOU on water reuse.", BOISE,
              date(2025, 3, 27), topics=["water"]),
          mou("https://b.example/3", "Boise and Yinchuan signed an MOU in March.", BOISE, date(2025, 3, 1), "month")]
    assert len(rows(ms)) == 3  # not one row for two signings
    assert rows([ms[0], ms[2]]) == [("2025-03-04", ["https://a.example/1", "https://b.example/3"])]


def test_a_month_stated_is_no_other_months_signing():
    # one page: the twin-city agreement of 21 October and, recalled, the MOU "in May": two instruments
    ms = [mou("https://d.example/1", "Boise and Yinchuan signed the sister-city agreement on October 21.", BOISE,
              date(2025, 10, 21), page="2025-10-23"),
          mou("https://d.example/1", "Since the two cities inked an MOU in May, cooperation has grown.", BOISE,
              date(2025, 5, 1), "month", page="2025-10-23")]
    assert rows(ms) == [("2025-05-01", ["https://d.example/1"]), ("2025-10-21", ["https://d.example/1"])]
    # a month and a day at its end (a day's grace for the time zones), or in it: one signing
    ms = [mou("https://e.example/1", "Boise and Yinchuan signed an MOU on April 1.", BOISE, date(2025, 4, 1)),
          mou("https://f.example/2", "The MOU the cities signed in March ...", BOISE, date(2025, 3, 1), "month",
              page="2025-04-20")]
    assert [r[1] for r in rows(ms)] == [["https://e.example/1", "https://f.example/2"]]
