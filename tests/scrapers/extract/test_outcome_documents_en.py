"""Outcome documents endorsed at a gathering (the forty-first web's last gap), each rule on sentences written for it,
none copied from a test web: a communiqué called by its own name is a declaration of those who endorse it; after a
sentence's opening phrase of time ("On the final day,") "the mayors of A, B and C" is the subject, not an apposition;
"on the final day" of a span of days just told is that span's last day (no span told: no day)."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def agreements(text: str, day: date = date(2024, 11, 18)) -> list[tuple]:
    art = Article(url="http://127.0.0.1/x.html", source="t", title="", published_on=day, language="en", text=text,
                  fetched_at=datetime(2024, 12, 1))
    return [(m.fields["agreement_type"], m.fields["parties"], m.fields["signed_on"]) for m in extract_mentions(art)
            if m.record_type == "agreement"]


def test_a_communique_named_by_its_title_is_a_declaration_of_those_who_endorse_it():
    assert agreements("The mayors of Lyon and Wuhan endorsed the Rhone-Yangtze Communique on urban heat.") == \
        [("declaration", ["Lyon", "Wuhan"], None)]
    assert agreements("Portland and Kaohsiung endorsed the Pacific Harbours Climate Communiqué on Friday.") == \
        [("declaration", ["Portland", "Kaohsiung"], date(2024, 11, 15))]


def test_a_communique_mentioned_without_a_name_is_no_instrument():
    assert agreements("The mayors of Lyon and Wuhan endorsed a communique on urban heat.") == []


def test_office_holders_after_an_opening_phrase_are_the_subject():
    assert agreements("On Nov. 14, the governors of Oregon and Washington and a vice governor of Sichuan signed the "
                      "Cascadia Climate Charter.") == \
        [("declaration", ["Oregon", "Washington", "Sichuan Province"], date(2024, 11, 14))]
    assert agreements("At the close of the forum, the mayors of Dayton, Akron and Yangzhou endorsed the Rust Belt "
                      "Communiqué.")[0][1] == ["Dayton", "Akron", "Yangzhou"]


def test_an_apposition_after_an_opening_phrase_ending_on_a_name_stays_an_apposition():
    # ", the UN climate conference in Marrakech," describes COP22: the UN is no party
    got = agreements("On the sidelines of COP22, the UN climate conference in Marrakech, the State of California and "
                     "China's Jiangsu Province signed a memorandum of understanding on Tuesday.")
    assert [p for _, p, _ in got] == [["California", "Jiangsu Province"]]


def test_the_final_day_is_the_last_day_of_the_span_just_told():
    text = ("Climate Week ran Nov. 12-14 in Cleveland. On the final day, the mayors of Cleveland, Toledo and Buffalo "
            "endorsed the Lake Huron Climate Communiqué.")
    assert agreements(text) == [("declaration", ["Cleveland", "Toledo", "Buffalo"], date(2024, 11, 14))]
    text = "论坛于11月9日至11日在苏州举行。最后一天，苏州市与德国汉堡市签署了低碳合作备忘录。"
    assert [d for _, _, d in agreements(text)] == [date(2024, 11, 11)]


def test_the_final_day_of_a_gathering_told_by_its_first_day_only_gives_no_day():
    text = ("The summit opened on Nov. 12 in Cleveland. On the final day, Toledo and Buffalo signed a memorandum of "
            "understanding on transit.")
    assert agreements(text) == [("mou", ["Toledo", "Buffalo"], None)]


def test_a_definite_instrument_recalled_from_before_does_not_restate_the_one_just_told():
    # "the MOU ... signed in Xining earlier this month" is another memorandum: its place is not this one's
    text = ("On June 26, Duluth and Lanzhou signed a memorandum of understanding on water reuse. The visit follows "
            "the MOU on transit the two cities signed in Lanzhou earlier this month.")
    art = Article(url="http://127.0.0.1/x.html", source="t", title="", published_on=date(2024, 6, 28), language="en",
                  text=text, fetched_at=datetime(2024, 12, 1))
    got = [(m.fields["parties"], m.fields["city"]) for m in extract_mentions(art) if m.record_type == "agreement"]
    assert got == [(["Duluth", "Lanzhou"], None)]
    text = ("On June 26, Duluth and Lanzhou signed a memorandum of understanding on water reuse. The memorandum was "
            "signed in Duluth at City Hall.")
    art = Article(url="http://127.0.0.1/x.html", source="t", title="", published_on=date(2024, 6, 28), language="en",
                  text=text, fetched_at=datetime(2024, 12, 1))
    got = [(m.fields["parties"], m.fields["city"]) for m in extract_mentions(art) if m.record_type == "agreement"]
    assert got == [(["Duluth", "Lanzhou"], "Duluth")]
