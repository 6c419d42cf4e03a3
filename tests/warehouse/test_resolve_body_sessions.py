"""A body's numbered session reported in Chinese (国际可再生能源署第十三届大会期间…) and in English ("the 13th session of
the IRENA Assembly, which runs from Jan. 14 to 15 in Abu Dhabi"), both where the signing was done: one event with
both pages as evidence (issue 17, the eighteenth web). Another body's session, or another city, stays apart."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from warehouse.resolve import resolve

EN = ("ABU DHABI, Jan. 14 -- Two energy ministries signed a memorandum of understanding here on Saturday on the sidelines "
      "of the 13th session of the IRENA Assembly, which runs from Jan. 14 to 15 in Abu Dhabi.")
ZH = "1月14日，国际可再生能源署第十三届大会期间，两国能源主管部门在阿布扎比签署合作谅解备忘录。"


def mentions(url: str, text: str, lang: str, day: date) -> list:
    art = Article(url=url, source=url.split("/")[2], title=None, published_on=day, language=lang, text=text,
                  fetched_at=datetime(2024, 1, 1))
    return [m for m in extract_mentions(art) if m.record_type == "event"]


def events(ms: list) -> list[tuple[str, int]]:
    return sorted((r.fields["name"], len({e[0] for e in r.evidence})) for r in resolve(ms, {})
                  if r.record_type == "event")


def test_the_chinese_and_english_reports_of_one_session_are_one_event():
    ms = mentions("https://a.example/1", EN, "en", date(2023, 1, 15)) + \
        mentions("https://b.example/2", ZH, "zh", date(2023, 1, 16))
    assert len(ms) == 2
    assert events(ms) == [("IRENA Assembly", 2)]


def test_another_bodys_session_or_city_stays_apart():
    other = ZH.replace("国际可再生能源署", "国际能源署")
    ms = mentions("https://a.example/1", EN, "en", date(2023, 1, 15)) + \
        mentions("https://b.example/2", other, "zh", date(2023, 1, 16))
    assert len(events(ms)) == 2
    elsewhere = ZH.replace("阿布扎比", "迪拜")
    ms = mentions("https://a.example/1", EN, "en", date(2023, 1, 15)) + \
        mentions("https://b.example/2", elsewhere, "zh", date(2023, 1, 16))
    assert len(events(ms)) == 2
