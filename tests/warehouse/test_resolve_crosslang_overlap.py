"""Reports of one agreement in two languages where each misses a side the other names join on the terms reports in
one language do: two sides in common at least (a Chinese side counted where it glosses or spells an English one
fully, or names the same place) and half of all the sides named, or all of the smaller report's; the same date (a
day, or a month), one instrument, no two cities. A Chinese side is not dropped for an English name another side of
its own report matches better. Mentions of our own."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.resolve import resolve


def report(url: str, parties: list[str], on: date = date(2024, 5, 1), precision: str = "month", kind: str = "mou",
           city: str | None = "Seattle") -> Mention:
    return Mention("agreement", url, "signed.", {
        "agreement_type": kind, "title": None, "signed_on": on, "signed_on_precision": precision, "city": city,
        "country": None, "parties": parties, "topics": []},
        {"page_date": "2024-09-24", "language": "en", "event_keys": [], "article_event_keys": []})


def rows(ms):
    return sorted(sorted(r.fields["parties"]) for r in resolve(ms, {}) if r.record_type == "agreement")


def test_each_report_misses_a_side_the_other_names():
    ms = [report("http://zh/1", ["Port of Seattle", "天津港集团", "天津市驻北美经贸代表处"]),
          report("http://en/1", ["Port of Seattle", "Tianjin Port Group", "Orient Terminals"])]
    assert rows(ms) == [sorted(["Port of Seattle", "Tianjin Port Group", "Orient Terminals", "天津市驻北美经贸代表处"])]


def test_the_smaller_report_held_by_the_other_on_another_day():
    ms = [report("http://zh/2", ["Oregon", "宁波市能源局"], date(2023, 3, 14), "day", "agreement", None),
          report("http://en/2", ["Oregon", "Ningbo Energy Bureau", "Pacific Wind Company"], date(2023, 3, 14), "day",
                 "agreement", None)]
    assert rows(ms) == [["Ningbo Energy Bureau", "Oregon", "Pacific Wind Company"]]


def test_other_dates_instruments_cities_stay_apart():
    zh = ["Port of Seattle", "天津港集团", "天津市驻北美经贸代表处"]
    en = ["Port of Seattle", "Tianjin Port Group", "Orient Terminals"]
    assert len(rows([report("http://zh/3", zh), report("http://en/3", en, date(2024, 6, 1))])) == 2
    assert len(rows([report("http://zh/4", zh), report("http://en/4", en, kind="agreement")])) == 2
    assert len(rows([report("http://zh/5", zh), report("http://en/5", en, city="Tacoma")])) == 2
    # a year only says too little
    assert len(rows([report("http://zh/6", zh, precision="year"), report("http://en/6", en, precision="year")])) == 2


def test_one_side_in_common_or_two_partners_give_no_join():
    ms = [report("http://zh/7", ["Port of Seattle", "天津港集团", "天津市驻北美经贸代表处"]),
          report("http://en/7", ["Port of Seattle", "Qingdao Port Group", "Orient Terminals"])]
    assert len(rows(ms)) == 2
    ms = [report("http://zh/8", ["Port of Seattle", "天津港集团", "天津市驻北美经贸代表处"]),
          report("http://en/8", ["Port of Seattle", "Tianjin Port Group", "Orient Terminals"]),
          report("http://en/9", ["Port of Seattle", "Tianjin", "Cascade Shipping"])]  # 天津港集团 is of Tianjin too
    assert len(rows(ms)) == 3
