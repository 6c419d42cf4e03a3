"""One signing told a day apart by its reports (time zones: "Wednesday in Yinchuan, late Tuesday in Boise"; a wire's
dateline day) is dated as most pages date it; on a tie, the earliest day as before (warehouse/day_votes.py; issue 17:
a wrong date is worse than a missing one)."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.resolve import resolve


def mou(url: str, quote: str, parties: list[str], day: date, language: str = "en") -> Mention:
    return Mention("agreement", url, quote, {
        "agreement_type": "mou", "title": None, "signed_on": day, "signed_on_precision": "day", "city": None,
        "country": None, "parties": parties, "topics": []},
        {"page_date": "2025-04-18", "language": language, "event_keys": [], "article_event_keys": []})


def dates(ms: list[Mention]) -> list[str]:
    return sorted(str(r.fields["signed_on"]) for r in resolve(ms, {}) if r.record_type == "agreement")


def test_the_day_most_pages_give():
    assert dates([mou("https://a.example/1", "Boise signed an MOU with Yinchuan late Tuesday, Boise time.",
                      ["Boise", "Yinchuan"], date(2025, 4, 15)),
                  mou("https://b.example/2", "On April 16, Boise and Yinchuan signed an MOU in Yinchuan.",
                      ["Boise", "Yinchuan"], date(2025, 4, 16)),
                  mou("https://c.example/3", "4月16日，银川市与博伊西市签署合作备忘录。", ["Yinchuan", "Boise"],
                      date(2025, 4, 16), "zh")]) == ["2025-04-16"]
    assert dates([mou("https://a.example/1", "4月17日，拉萨市与奥斯汀市签署低碳合作备忘录。", ["Lhasa", "Austin"],
                      date(2025, 4, 17), "zh"),
                  mou("https://b.example/2", "拉萨市与奥斯汀市4月17日签署备忘录。", ["Lhasa", "Austin"],
                      date(2025, 4, 17), "zh"),
                  mou("https://c.example/3", "AUSTIN, April 16 - Austin signed an MOU with Lhasa on Wednesday.",
                      ["Austin", "Lhasa"], date(2025, 4, 16))]) == ["2025-04-17"]


def test_a_tie_or_one_page_saying_it_twice_keeps_the_earliest():
    assert dates([mou("https://a.example/1", "Boise signed an MOU with Yinchuan on Tuesday.", ["Boise", "Yinchuan"],
                      date(2025, 4, 15)),
                  mou("https://b.example/2", "On April 16, Boise and Yinchuan signed an MOU.", ["Boise", "Yinchuan"],
                      date(2025, 4, 16))]) == ["2025-04-15"]
    assert dates([mou("https://a.example/1", "Austin signed an MOU with Lhasa on April 16.", ["Austin", "Lhasa"],
                      date(2025, 4, 16)),
                  mou("https://b.example/2", "4月17日，拉萨市与奥斯汀市签署备忘录。", ["Lhasa", "Austin"],
                      date(2025, 4, 17), "zh"),
                  mou("https://b.example/2", "拉萨市与奥斯汀市于4月17日签署的备忘录为期五年。", ["Lhasa", "Austin"],
                      date(2025, 4, 17), "zh")]) == ["2025-04-16"]
