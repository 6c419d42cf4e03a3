"""Resolution of one agreement retold, and of two the same sides signed (issue 17, no duplicate, no fold): titles that
name two instruments (warehouse.titles), a page published before the other report's signing, an undated report the
day after one of two dated signings, and a city of signing read as a side."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.resolve import resolve
from warehouse.titles import titles_differ


def agreement(url: str, parties: list[str], signed_on: date | None = None, kind: str = "mou", title: str | None = None,
              page: str | None = None, city: str | None = None) -> Mention:
    return Mention("agreement", url, f"{' and '.join(parties)} signed {title or kind} ({url}).", {
        "agreement_type": kind, "title": title, "signed_on": signed_on,
        "signed_on_precision": "day" if signed_on else None, "city": city, "country": None, "parties": parties,
        "topics": []}, {"page_date": page, "language": "zh" if title and not title.isascii() else "en",
                        "event_keys": [], "article_event_keys": []})


def agreements(ms: list[Mention]):
    return sorted((r for r in resolve(ms, {}) if r.record_type == "agreement"),
                  key=lambda r: str(r.fields["signed_on"]))


# --- titles --------------------------------------------------------------------------------------------------------
def test_titles_with_own_parts_name_two_instruments():
    assert titles_differ("中日韩环境合作联合行动计划", "中日韩关于循环经济的联合声明")
    assert titles_differ("中法气候变化联合声明", "中法元首气候变化和生物多样性北京倡议")


def test_a_title_written_more_or_less_fully_is_one_instrument():
    assert not titles_differ("绿色低碳城市谅解备忘录", "关于加强绿色低碳城市合作的谅解备忘录")
    assert not titles_differ("中法气候变化联合声明", "中法元首气候变化联合声明")  # a short extra: one title
    assert not titles_differ("美中绿色港口谅解备忘录", "中美绿色港口合作备忘录")  # 美中 / 中美, 谅解: one title
    # English titles are often nicknames (the Under2 MOU): never compared
    assert not titles_differ("Under2 MOU", "Subnational Global Climate Leadership Memorandum of Understanding")
    assert not titles_differ("巴黎协定", "Paris Agreement")  # two scripts say nothing of each other
    assert not titles_differ(None, "中法气候变化联合声明")


def test_undated_report_with_another_title_does_not_join_the_same_sides_dated_statement():
    rows = agreements([
        agreement("https://a.example/1", ["China", "France"], date(2019, 3, 25), "joint_statement", "中法气候变化联合声明"),
        agreement("https://b.example/2", ["China", "France"], None, "joint_statement", "中法关于生物多样性的联合声明")])
    assert len(rows) == 2


def test_undated_report_with_the_title_written_fully_joins_the_dated_statement():
    rows = agreements([
        agreement("https://a.example/1", ["China", "France"], date(2019, 3, 25), "joint_statement", "中法气候变化联合声明"),
        agreement("https://b.example/2", ["China", "France"], None, "joint_statement", "中法元首气候变化联合声明")])
    assert len(rows) == 1 and rows[0].fields["signed_on"] == date(2019, 3, 25)


# --- a page published before the other report's signing ------------------------------------------------------------
def test_page_published_before_a_signing_cannot_report_it():
    rows = agreements([agreement("https://a.example/1", ["Oregon", "Fujian"], date(2024, 9, 3)),
                       agreement("https://b.example/2", ["Oregon", "Fujian"], page="2019-05-10")])
    assert len(rows) == 2
    rows = agreements([agreement("https://a.example/1", ["Busan", "Shanghai"], date(2022, 1, 20), "joint_statement"),
                       agreement("https://b.example/2", ["Busan", "Shanghai"], None, "joint_statement",
                                 page="2021-12-30"),
                       agreement("https://c.example/3", ["Busan", "Shanghai"], None, "joint_statement",
                                 page="2022-01-21")])
    assert [sorted(u for u, _ in r.evidence) for r in rows] == [["https://a.example/1", "https://c.example/3"],
                                                                 ["https://b.example/2"]]


def test_page_of_the_next_day_reports_the_signing():  # a Washington release of the 14th is Beijing's 15th
    rows = agreements([agreement("https://a.example/1", ["Oregon", "Fujian"], date(2024, 9, 3)),
                       agreement("https://b.example/2", ["Oregon", "Fujian"], page="2024-09-02"),
                       agreement("https://c.example/3", ["Oregon", "Fujian"], page="2025-01-10")])
    assert len(rows) == 1


# --- an undated report the day after one of two dated signings of the same sides -----------------------------------
def test_undated_report_of_the_next_day_joins_the_signing_of_the_week_before():
    rows = agreements([
        agreement("https://a.example/1", ["China", "France"], date(2015, 11, 2), "joint_statement"),
        agreement("https://a.example/2", ["China", "France"], date(2019, 3, 25), "joint_statement"),
        agreement("https://b.example/3", ["China", "France"], None, "joint_statement", page="2019-03-26")])
    assert [len(r.evidence) for r in rows] == [1, 2]


def test_undated_report_long_after_both_signings_joins_neither():
    rows = agreements([
        agreement("https://a.example/1", ["China", "France"], date(2015, 11, 2), "joint_statement"),
        agreement("https://a.example/2", ["China", "France"], date(2019, 3, 25), "joint_statement"),
        agreement("https://b.example/3", ["China", "France"], None, "joint_statement", page="2020-06-01")])
    assert len(rows) == 3


# --- a city of signing read as a side --------------------------------------------------------------------------------
def test_city_of_signing_read_as_a_side_is_dropped():
    rows = agreements([
        agreement("https://a.example/1", ["Hangzhou", "Oregon", "Zhejiang Province"], date(2023, 4, 11)),
        agreement("https://b.example/2", ["Zhejiang Province", "Oregon"], date(2023, 4, 11), city="Hangzhou")])
    assert len(rows) == 1 and sorted(rows[0].fields["parties"]) == ["Oregon", "Zhejiang Province"]
    rows = agreements([
        agreement("https://a.example/1", ["Sacramento", "California", "Guangdong Province"], date(2023, 4, 11)),
        agreement("https://b.example/2", ["Guangdong Province", "California"], date(2023, 4, 11),
                  city="Sacramento")])
    assert sorted(rows[0].fields["parties"]) == ["California", "Guangdong Province"]


def test_city_that_is_a_side_stays_where_no_province_of_its_country_signs():
    rows = agreements([
        agreement("https://a.example/1", ["Hangzhou", "Oregon"], date(2023, 4, 11)),
        agreement("https://b.example/2", ["Hangzhou", "Oregon"], date(2023, 4, 11), city="Hangzhou"),
        agreement("https://c.example/3", ["Oregon", "Hangzhou Municipal Government"], date(2023, 4, 11),
                  city="Hangzhou")])
    assert len(rows) == 1 and "Hangzhou" in " ".join(rows[0].fields["parties"])


# --- a further signing of the same sides, told on one page ----------------------------------------------------------
def _further(m: Mention) -> Mention:
    m.hints["further"] = True  # the reader's hint: "also signed", 还签署 (scrapers/extract/further.py)
    return m


def test_a_further_signing_of_the_same_sides_on_one_page_is_another_row():
    page = "https://a.example/visit"
    rows = agreements([agreement(page, ["Oregon", "Fujian Province"], date(2018, 11, 1)),
                       _further(agreement(page, ["Oregon", "Fujian Province"], None, "agreement"))])
    assert len(rows) == 2
    rows = agreements([agreement(page, ["Busan", "Shanghai"], date(2022, 1, 20)),
                       _further(agreement(page, ["Busan", "Shanghai"], date(2022, 1, 20), "agreement"))])
    assert len(rows) == 2


def test_a_further_signing_told_on_another_page_may_join_its_report_there():
    rows = agreements([agreement("https://a.example/1", ["Oregon", "Fujian Province"], date(2018, 11, 1)),
                       _further(agreement("https://b.example/2", ["Oregon", "Fujian Province"], date(2018, 11, 1),
                                          "agreement"))])
    assert len(rows) == 1


# --- one instrument called by two kinds on its day ------------------------------------------------------------------
def test_a_joint_declaration_and_its_statement_or_a_partnership_and_its_mou_of_one_day_are_one():
    rows = agreements([agreement("https://a.example/1", ["France", "India"], date(2018, 3, 10), "joint_statement"),
                       agreement("https://b.example/2", ["France", "India"], date(2018, 3, 10), "declaration",
                                 "印法关于气候的联合宣言")])
    assert len(rows) == 1 and rows[0].fields["agreement_type"] in ("joint_statement", "declaration")
    rows = agreements([agreement("https://a.example/1", ["Port of Oakland", "Port of Qingdao"], date(2019, 4, 2),
                                 "partnership"),
                       agreement("https://b.example/2", ["Port of Oakland", "Port of Qingdao"], date(2019, 4, 3))])
    assert len(rows) == 1 and rows[0].fields["agreement_type"] == "mou"


def test_kinds_of_one_day_join_an_undated_report_of_the_week_after_only():
    rows = agreements([agreement("https://a.example/1", ["France", "India"], date(2018, 3, 10), "joint_statement"),
                       agreement("https://b.example/2", ["France", "India"], None, "declaration", page="2018-03-11")])
    assert len(rows) == 1
    rows = agreements([agreement("https://a.example/1", ["France", "India"], date(2018, 3, 10), "joint_statement"),
                       agreement("https://b.example/2", ["France", "India"], None, "declaration", page="2019-01-11")])
    assert len(rows) == 2
    rows = agreements([agreement("https://a.example/1", ["France", "India"], date(2018, 3, 10), "joint_statement"),
                       agreement("https://b.example/2", ["France", "India"], None, "declaration")])
    assert len(rows) == 2


def test_kinds_of_one_day_do_not_join_another_year():
    rows = agreements([agreement("https://a.example/1", ["Port of Oakland", "Port of Qingdao"], date(2019, 4, 2),
                                 "partnership"),
                       agreement("https://b.example/2", ["Port of Oakland", "Port of Qingdao"], date(2021, 4, 2))])
    assert len(rows) == 2


def test_a_city_beside_two_countries_is_where_they_signed():
    rows = agreements([agreement("https://a.example/1", ["Lima", "Peru", "Canada"], date(2014, 12, 8),
                                 "joint_statement")])
    assert sorted(rows[0].fields["parties"]) == ["Canada", "Peru"]
    rows = agreements([agreement("https://a.example/1", ["Ottawa", "Canada", "Mexico"], date(2016, 6, 29),
                                 "declaration"),
                       agreement("https://b.example/2", ["Canada", "Mexico"], date(2016, 6, 29), "declaration")])
    assert len(rows) == 1 and sorted(rows[0].fields["parties"]) == ["Canada", "Mexico"]


def test_a_city_beside_one_country_stays_a_side():
    rows = agreements([agreement("https://a.example/1", ["Lima", "Canada"], date(2014, 12, 8))])
    assert sorted(rows[0].fields["parties"]) == ["Canada", "Lima"]
