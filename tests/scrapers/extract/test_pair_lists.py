"""Pairs of partners listed under a sentence that announces how many were signed (scrapers/extract/pair_lists.py):
each pair one agreement with the announcing sentence's day and place. Texts of our own, English and Chinese, with the
negatives (a plan, attendees, topics, a list that is not wholly pairs)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.listing import Listing
from scrapers.extract.pair_lists import counted_opening, signed_pairs_zh
from story_records import records

DAY = date(2023, 3, 8)


def rows(text: str, day: date = DAY) -> list[tuple]:
    return sorted((sorted(r["parties"]), r["signed_on"], r["city"]) for r in records(text, "agreement", day=day))


# --- English ---------------------------------------------------------------------------------------------------------
EN_TWINNINGS = (
    "Mayors from both countries on Tuesday celebrated three new climate twinnings, signed in Lisbon at the close of the "
    "Atlantic Cities Summit. The ceremony was hosted by the city council.\n"
    "The new twinnings are:\n"
    "The City of Porto and the City of Boston signed a memorandum of understanding on coastal flood protection;\n"
    "Lisbon and San Francisco signed a cooperation agreement on electric buses; and\n"
    "Coimbra and the City of Austin signed a memorandum of understanding on rooftop solar power.")
EN_PAIRINGS = (
    "Six universities today announced three research pairings, concluded in Toronto during a clean energy forum.\n"
    "These pairings were as follows:\n"
    "- McGill University and Tsinghua University signed an agreement on carbon capture research;\n"
    "- the University of Toronto and Zhejiang University signed a memorandum of understanding on battery storage.")


def test_items_under_the_new_nouns_take_the_day_and_place_of_the_sentence_that_counted_them():
    got = rows(EN_TWINNINGS)
    assert [p for p, _, _ in got] == [["Austin", "Coimbra"], ["Boston", "Porto"], ["Lisbon", "San Francisco"]]
    assert {(d, c) for _, d, c in got} == {(date(2023, 3, 7), "Lisbon")}


def test_a_second_phrasing_dated_today_and_placed_by_concluded_in():
    got = rows(EN_PAIRINGS)
    assert [p for p, _, _ in got] == [["McGill University", "Tsinghua University"],
                                      ["University of Toronto", "Zhejiang University"]]
    assert {(d, c) for _, d, c in got} == {(DAY, "Toronto")}


def test_the_opening_reads_the_nearest_counting_sentence():
    assert counted_opening("The new twinnings are:", ["Mayors on Tuesday celebrated three new climate twinnings, "
                                                     "signed in Lisbon.", "The ceremony was hosted by the council."]) \
        == Listing("on Tuesday in Lisbon")


@pytest.mark.parametrize("earlier", [
    "The two mayors will sign three new twinnings in Lisbon next month.",  # a plan
    "Three new twinnings were discussed in Lisbon on Tuesday.",  # nothing signed
    "The mayors signed a declaration in Lisbon on Tuesday.",  # the noun is not what was counted
])
def test_no_list_opens_without_a_sentence_that_counts_the_nouns_as_signed(earlier):
    assert counted_opening("The new twinnings are:", [earlier]) is None


@pytest.mark.parametrize("opening", ["The participants were:", "The topics discussed included:"])
def test_a_list_of_attendees_or_topics_opens_nothing(opening):
    assert counted_opening(opening, ["Four new twinnings were signed in Lisbon on Tuesday by the participants."]) is None


# --- Chinese ---------------------------------------------------------------------------------------------------------
ZH_LEAD = "3月7日，第三届中欧城市低碳合作论坛在成都举行，新一批低碳合作伙伴签约仪式同期举行。"


@pytest.mark.parametrize("pairs", [
    "此次签约的低碳合作伙伴共3对，分别是：成都市人民政府与德国汉堡市，武汉市人民政府与美国匹兹堡市，四川能投集团与法国电力公司。",
    "当天签署协议的合作伙伴共三对，分别为成都市人民政府与德国汉堡市、武汉市人民政府与美国匹兹堡市、四川能投集团与法国电力公司。",
])
def test_each_pair_listed_after_the_count_is_an_agreement_of_the_signing_day_and_city(pairs):
    got = rows(ZH_LEAD + pairs)
    # (a pair with a side kept in Chinese, 四川能投集团, is not taken from a list: no English telling would join it)
    assert sorted(sorted(p) for p, _, _ in got) == [["Chengdu", "Hamburg"], ["Pittsburgh", "Wuhan"]]
    assert {(d, c) for _, d, c in got} == {(date(2023, 3, 7), "Chengdu")}


@pytest.mark.parametrize("sentence", [
    "将签约的低碳合作伙伴共3对，分别是：成都市与德国汉堡市，西安市与英国剑桥市。",  # a plan
    "出席签约仪式的嘉宾分别是：成都市市长、汉堡市市长。",  # attendees, no pairs
    "此次签约的项目共3个，分别是：光伏电站、储能电站和氢能产业园。",  # projects, no pairs
    "此次签约的合作伙伴分别是：成都市与德国汉堡市。",  # one pair: nothing listed
])
def test_a_list_that_is_no_signed_pairs_is_left_as_it_is(sentence):
    assert signed_pairs_zh(sentence) == sentence


def test_the_rewrite_keeps_every_name_at_its_place():
    s = "此次签约的伙伴共2对，分别是：成都市与汉堡市，西安市与剑桥市。"
    out = signed_pairs_zh(s)
    assert out.index("成都市") == s.index("成都市") and out.index("剑桥市") == s.index("剑桥市")
    assert out.strip().startswith("成都市与汉堡市、西安市与剑桥市签约")
