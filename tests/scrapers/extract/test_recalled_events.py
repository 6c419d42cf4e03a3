"""Events are gatherings where something was signed or pledged: a recurring gathering has one name in English and
Chinese; an event the story recalls as over before its signing is no record; a numbered
edition of a known conference is that conference. Articles of our own, two phrasings each."""
from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def events(text: str, day: date, title: str = "", lang: str = "zh") -> list[tuple]:
    art = Article(url="http://127.0.0.1/x.html", source="t", title=title, published_on=day, language=lang, text=text,
                  fetched_at=datetime(2024, 1, 1))
    return [(m.fields["name"], m.fields["start_on"], m.fields["city"]) for m in extract_mentions(art)
            if m.record_type == "event"]


def test_recurring_gathering_has_one_name_in_both_languages():
    zh = events("5月14日，第二届“一带一路”国际合作高峰论坛期间，甲市与乙国环境部签署了低碳城市合作谅解备忘录。",
                date(2019, 5, 15))
    en = events("Nanjing and the Berlin Senate signed a clean energy MOU at the Belt and Road Forum for International "
                "Cooperation on Thursday.", date(2019, 4, 26), lang="en")
    assert zh and en and zh[0][0] == en[0][0] == "Belt and Road Forum for International Cooperation"
    assert zh[0][2] == en[0][2] == "Beijing"


def test_event_over_before_the_signing_is_recalled_not_kept():
    text = ("12月2日，武汉市与德国杜伊斯堡市以视频方式签署了绿色低碳合作谅解备忘录。"
            "双方表示，格拉斯哥气候大会刚刚闭幕，愿共同落实大会成果。")
    assert events(text, date(2021, 12, 3)) == []
    text = ("On December 2, 2021, Wuhan and Duisburg signed a memorandum of understanding on low-carbon "
            "cooperation by video link. COP26 had just closed, and both cities said they would act on its results.")
    assert events(text, date(2021, 12, 3), lang="en") == []


def test_numbered_edition_of_a_known_conference_is_that_conference():
    from scrapers.extract.dates import DateContext
    from scrapers.extract.entities import find_entities
    from scrapers.extract.events import find_events

    for s, day, name, start in (
            ("12月3日，在法国巴黎举行的第21届联合国气候变化大会期间，甲大学与乙研究所签署合作备忘录。",
             date(2016, 1, 5), "COP21", date(2015, 11, 30)),
            ("在阿联酋迪拜召开的第28届联合国气候变化大会上，丙市与丁市签署了低碳合作协议。",
             date(2023, 12, 20), "COP28", date(2023, 11, 30))):
        got = [(e.name, e.start_on) for e in find_events(s, find_entities(s), DateContext(day))]
        assert got == [(name, start)]
