"""Resolution keeps two instruments apart where their reports fold alike (warehouse.instruments): two differently
named bodies of one place signing with one partner (a province's environment department and its energy bureau; a
city's environment bureau and its development and reform commission) are two agreements, and an undated renewal
(续签, "renewed") is not the signing it renews. Fresh mentions throughout; the controls show the folds and joins the
rules leave alone."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.instruments import two_bodies
from warehouse.resolve import resolve


def agreement(url: str, parties: list[str], signed_on: date | None = None, page: date | None = None,
              quote: str | None = None, kind: str = "mou") -> Mention:
    return Mention("agreement", url, quote or f"{' and '.join(parties)} signed an {kind}.", {
        "agreement_type": kind, "title": None, "signed_on": signed_on,
        "signed_on_precision": "day" if signed_on else None, "city": None, "country": None, "parties": parties,
        "topics": []}, {"page_date": page.isoformat() if page else None, "language": "en", "event_keys": [],
                        "article_event_keys": []})


def rows(ms: list[Mention]) -> list[list[str]]:
    return sorted(sorted(u for u, _ in r.evidence) for r in resolve(ms, {}) if r.record_type == "agreement")


# --- two bodies of one place ---------------------------------------------------------------------------------------

def test_two_departments_of_one_province_with_one_partner_stay_two():
    day = date(2024, 5, 10)
    ms = [agreement("http://a/1", ["Hunan Provincial Department of Ecology and Environment", "Port of Hamburg"], day),
          agreement("http://b/1", ["Hunan Provincial Energy Administration", "Port of Hamburg"], day)]
    assert rows(ms) == [["http://a/1"], ["http://b/1"]]


def test_two_bureaus_of_one_city_named_in_chinese_stay_two():
    day = date(2023, 11, 2)
    ms = [agreement("http://a/2", ["武汉市生态环境局", "深圳市交通运输局"], day),
          agreement("http://b/2", ["武汉市发展和改革委员会", "深圳市交通运输局"], day)]
    assert rows(ms) == [["http://a/2"], ["http://b/2"]]


def test_one_body_under_two_spellings_still_folds():
    day = date(2022, 3, 8)
    ms = [agreement("http://a/3", ["Beijing Municipal Commission of Development and Reform", "Port of Hamburg"], day),
          agreement("http://b/3", ["Beijing Municipal Development and Reform Commission", "Port of Hamburg"], day)]
    assert rows(ms) == [["http://a/3", "http://b/3"]]


def test_two_bodies_needs_one_script_and_no_shared_word():
    assert two_bodies("Hunan Provincial Department of Ecology and Environment", "Hunan Provincial Energy Administration")
    assert two_bodies("武汉市生态环境局", "武汉市发展和改革委员会")
    assert not two_bodies("武汉市生态环境局", "Wuhan Municipal Bureau of Ecology and Environment")  # two scripts
    assert not two_bodies("Wuhan", "Wuhan Municipal Bureau of Ecology and Environment")  # the bare place
    assert not two_bodies("Beijing Municipal Commission of Development and Reform",
                          "Beijing Municipal Development and Reform Commission")


# --- a renewal and what it renews ----------------------------------------------------------------------------------

def test_undated_chinese_renewal_is_not_the_memorandum_of_years_before():
    parties = ["湖南省生态环境厅", "巴伐利亚州环境部"]
    ms = [agreement("http://a/4", parties, date(2018, 4, 2), date(2018, 4, 3)),
          agreement("http://b/4", parties, None, date(2023, 6, 1), quote="湖南省生态环境厅与巴伐利亚州环境部续签谅解备忘录。")]
    assert rows(ms) == [["http://a/4"], ["http://b/4"]]


def test_undated_english_renewal_is_not_the_agreement_it_renews():
    parties = ["Wuhan Municipal People's Government", "City of Duisburg"]
    ms = [agreement("http://a/5", parties, date(2020, 1, 15), date(2020, 1, 16), kind="agreement"),
          agreement("http://b/5", parties, None, date(2024, 3, 20), kind="agreement",
                    quote="Wuhan and Duisburg recently renewed their cooperation agreement.")]
    assert rows(ms) == [["http://a/5"], ["http://b/5"]]


def test_undated_recall_and_undated_renewal_of_a_dated_renewal_still_join():
    parties = ["Wuhan Municipal People's Government", "City of Duisburg"]
    ms = [agreement("http://a/6", parties, date(2020, 1, 15), date(2020, 1, 16),
                    quote="Wuhan and Duisburg renewed their memorandum on Wednesday."),
          agreement("http://b/6", parties, None, date(2020, 1, 25), quote="Wuhan and Duisburg renewed their memorandum."),
          agreement("http://c/7", ["Hunan Provincial Department of Ecology and Environment", "Port of Hamburg"],
                    date(2019, 9, 9), date(2019, 9, 10)),
          agreement("http://d/7", ["Hunan Provincial Department of Ecology and Environment", "Port of Hamburg"], None,
                    date(2022, 9, 10), quote="The department had signed an MOU with the Port of Hamburg.")]
    assert rows(ms) == [["http://a/6", "http://b/6"], ["http://c/7", "http://d/7"]]


# --- one agreement in two languages in one month (warehouse.month_pairs) --------------------------------------------

def month(url: str, parties: list[str], signed_on: date, precision: str = "day") -> Mention:
    m = agreement(url, parties, signed_on, signed_on)
    m.fields["signed_on_precision"] = precision
    return m


def test_a_department_in_two_word_orders_and_a_calqued_ministry_are_one_memorandum():
    ms = [month("http://zh/8", ["Hunan Provincial Department of Ecology and Environment", "巴伐利亚州环境和消费者保护部"],
                date(2021, 6, 1), "month"),
          month("http://en/8", ["Department of Ecology and Environment of Hunan Province",
                                "Bavarian State Ministry of the Environment and Consumer Protection"], date(2021, 6, 17))]
    assert rows(ms) == [["http://en/8", "http://zh/8"]]


def test_a_municipal_bureau_in_two_word_orders_and_a_foreign_agency_are_one_agreement():
    ms = [month("http://zh/9", ["Chengdu Municipal Bureau of Ecology and Environment", "里昂大都会环境署"],
                date(2022, 10, 11)),
          month("http://en/9", ["Bureau of Ecology and Environment of Chengdu Municipality",
                                "Lyon Metropolis Environment Agency"], date(2022, 10, 11))]
    assert rows(ms) == [["http://en/9", "http://zh/9"]]


def test_a_body_signing_twice_that_month_or_another_month_keeps_them_apart():
    bureau, en_bureau = "Chengdu Municipal Bureau of Ecology and Environment", \
        "Bureau of Ecology and Environment of Chengdu Municipality"
    twice = [month("http://zh/10", [bureau, "里昂大都会环境署"], date(2022, 10, 11)),
             month("http://zh/11", [bureau, "米兰市环境局"], date(2022, 10, 20)),
             month("http://en/10", [en_bureau, "Lyon Metropolis Environment Agency"], date(2022, 10, 11))]
    assert len(rows(twice)) == 3
    apart = [month("http://zh/12", [bureau, "里昂大都会环境署"], date(2022, 10, 11)),
             month("http://en/12", [en_bureau, "Lyon Metropolis Environment Agency"], date(2023, 10, 11))]
    assert len(rows(apart)) == 2
