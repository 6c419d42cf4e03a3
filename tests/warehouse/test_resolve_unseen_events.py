"""One gathering reported under different names and on different days (issue 17, events on unseen webs) is ONE row
with its first day: the Chinese and English names of one congress, a COP by number, by edition and by host city."""
from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from warehouse.resolve import resolve


def rows(*reports: tuple[str, date]) -> list[tuple]:
    ms = []
    for i, (text, day) in enumerate(reports):
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
        ms += extract_mentions(Article(url=f"http://127.0.0.1/{i}", source="t", title="", text=text, published_on=day,
                                       language=lang, fetched_at=datetime(2024, 1, 1)))
    return [(r.fields["name"], r.fields["start_on"], r.fields["city"]) for r in resolve(ms, {})
            if r.record_type == "event"]


def test_a_chinese_name_with_a_latin_word_joins_the_english_report_of_that_gathering():
    assert rows(("2018年ICLEI世界大会6月19日在加拿大蒙特利尔开幕。大会期间，蒙特利尔市与巴黎市签署了气候行动合作谅解备忘录。",
                 date(2018, 6, 22)),
                ("The ICLEI World Congress 2018 opened in Montreal on June 19. On the sidelines of the congress, "
                 "Montreal and Paris signed a memorandum of understanding on climate action.", date(2018, 6, 22))) == \
        [("ICLEI World Congress", date(2018, 6, 19), "Montréal")]


def test_a_cop_by_number_by_edition_and_by_host_city_is_one_row_with_its_first_day():
    assert rows(("On the sidelines of the UN climate conference in Dubai on Saturday, Hainan and Wales signed a "
                 "memorandum of understanding on clean energy.", date(2023, 12, 5)),
                ("第28届联合国气候变化大会期间，海南省与威尔士签署清洁能源合作谅解备忘录。", date(2023, 12, 4)),
                ("Hainan and Wales signed a clean energy memorandum at COP28 on Saturday.", date(2023, 12, 3))) == \
        [("COP28", date(2023, 11, 30), "Dubai")]


def test_two_days_of_one_forum_are_one_row_with_the_first():
    assert rows(("The Pacific Northwest Clean Energy Forum opened Tuesday in Portland. On the sidelines of the forum, "
                 "Oregon and Sichuan signed a memorandum on clean energy.", date(2019, 7, 25)),
                ("On the second day of the Pacific Northwest Clean Energy Forum in Portland on Wednesday, Washington "
                 "and Hebei signed a memorandum on clean energy.", date(2019, 7, 25))) == \
        [("Pacific Northwest Clean Energy Forum", date(2019, 7, 23), "Portland")]
