"""Signings listed under a heading or a caption (scrapers/extract/signing_tables.py): "Agreements signed at the
forum:" + "A and B: memorandum of understanding on ..." items, "They are listed below." + a captioned table with no
date column, a 甲方 | 乙方 | 协议名称 table under a caption. Negatives: a list of delegations, a projects table, a review
box of a previous edition's signings, a heading that names nothing signed."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.listing import Listing
from scrapers.extract.signing_tables import follow_en, follow_zh


def agreements(text: str, language: str, day: date = date(2024, 5, 16)) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, day, language, text, datetime(2024, 5, 17))
    return sorted((m.fields["agreement_type"], sorted(m.fields["parties"]), m.fields["signed_on"])
                  for m in extract_mentions(art) if m.record_type == "agreement")


# --- the walk, sentence by sentence ---------------------------------------------------------------------------------
def test_a_heading_opens_a_list_and_a_pair_item_is_read_as_its_signing():
    listing, told = follow_en(None, "Agreements signed on May 14:", "The forum closed.")
    assert listing == Listing("on May 14 at the event") and told is None  # the page's gathering
    assert follow_en(listing, "• Seattle and Chongqing: memorandum of understanding on port electrification") == \
        (listing, "Seattle and Chongqing signed a memorandum of understanding on port electrification on May 14 at the "
                   "event.")
    assert follow_en(listing, "Participants then toured the port.") == (None, None)


def test_listed_below_carries_the_day_of_the_sentence_before_it_through_a_caption_into_the_rows():
    listing, _ = follow_en(None, "They are listed below.", "Two agreements were signed at the closing on May 14.")
    listing, _ = follow_en(listing, "Agreements signed at the 2024 Forum", "They are listed below.")
    assert listing.when == "on May 14 at the event"
    listing, _ = follow_en(listing, "| Partners | Instrument |")
    listing, _ = follow_en(listing, "|---|---|")
    assert follow_en(listing, "| Portland and Suzhou | Cooperation agreement |")[1] == \
        "Portland and Suzhou signed a cooperation agreement on May 14 at the event."


@pytest.mark.parametrize("heading", ["Delegations attending:", "Forum review: signed at the 2023 Forum in Tacoma",
                                     "Projects presented to investors:", "The next forum will be held in 2026."])
def test_a_heading_that_names_nothing_signed_opens_nothing(heading):
    listing, _ = follow_en(None, heading, "")
    assert listing is None
    assert follow_en(listing, "Seattle and Chongqing: memorandum of understanding on ports") == (None, None)


def test_a_side_a_side_b_table_under_a_caption_is_read_row_by_row():
    listing, _ = follow_zh(None, "12日上午，论坛举行签约仪式，共签署合作文件2项：")
    listing, _ = follow_zh(listing, "签约项目一览")  # the caption keeps it open
    listing, _ = follow_zh(listing, "| 甲方 | 乙方 | 协议名称 |")
    assert listing.columns == {"side_a": 0, "side_b": 1, "instrument": 2}
    assert follow_zh(listing, "|---|---|---|") == (listing, None)
    # under the opening's time phrase (here its anaphor 签约仪式, which the date rules read as its day)
    assert follow_zh(listing, "| 无锡市人民政府 | 奥克兰市政府 | 《友好交流意向书》 |")[1].endswith(
        "，无锡市人民政府与奥克兰市政府签署《友好交流意向书》。")
    assert follow_zh(listing, "与会代表参观了产业园。") == (None, None)


def test_a_review_box_table_opens_nothing():
    listing, _ = follow_zh(None, "往届回顾：2023年论坛签约项目")
    assert listing is None
    assert follow_zh(listing, "| 甲方 | 乙方 | 协议名称 |") == (None, None)


# --- whole texts ----------------------------------------------------------------------------------------------------
EN_LIST = ("The Great Lakes-China Water Forum was held in Cleveland, Ohio, on May 14, 2024.\n"
           "Delegations attending:\nCity of Cleveland\nDalian Municipal People's Government\n"
           "Agreements signed on May 14:\n"
           "City of Cleveland and Dalian Municipal People's Government: memorandum of understanding on water reuse\n"
           "Ohio State University and Dalian University of Technology: cooperation agreement on lake restoration\n"
           "The next forum will be held in Dalian in 2025.")
EN_TABLE = ("The Pacific Northwest-China Ports Dialogue took place in Seattle on May 13 and 14, 2024.\n"
            "Two cooperation documents were signed at the closing session on May 14. They are listed below.\n"
            "Agreements signed at the 2024 Dialogue\n|---|---|---|\n| Partners | Instrument | Field |\n|---|---|---|\n"
            "| City of Seattle and Ningbo Municipal People's Government | Memorandum of understanding | Shore power |\n"
            "| University of Washington and Ningbo University | Cooperation agreement | Port emissions research |\n"
            "Projects presented:\n| Project | Investor | Investment (US$ million) |\n|---|---|---|\n"
            "| Shore power berth | Port of Seattle | 40 |\n"
            "Forum review: signed at the 2023 Dialogue in Ningbo\n| Partners | Instrument |\n|---|---|\n"
            "| City of Tacoma and Zhoushan Municipal People's Government | Memorandum of understanding |")


def test_english_pair_items_under_a_heading():
    got = agreements(EN_LIST, "en")
    assert got == [("agreement", ["Dalian University of Technology", "Ohio State University"], date(2024, 5, 14)),
                   ("mou", ["Cleveland", "Dalian"], date(2024, 5, 14))]


def test_english_captioned_table_with_no_date_column():
    got = agreements(EN_TABLE, "en")
    assert [g[0] for g in got] == ["agreement", "mou"] and all(g[2] == date(2024, 5, 14) for g in got)
    assert not any("Tacoma" in p for g in got for p in g[1])  # the review box is no signing of this page


ZH_TABLE = ("10月11日至12日，2024苏澳绿色发展合作论坛在无锡市举行。\n出席论坛的代表团包括：\n奥克兰市代表团\n"
            "12日上午，论坛举行签约仪式，共签署合作文件2项：\n签约项目一览\n| 甲方 | 乙方 | 协议名称 |\n|---|---|---|\n"
            "| 无锡市人民政府 | 奥克兰市政府 | 《友好交流意向书》 |\n| 江南大学 | 奥克兰大学 | 《低碳食品技术合作备忘录》 |\n"
            "往届回顾：2023年论坛签约项目\n| 甲方 | 乙方 | 协议名称 |\n|---|---|---|\n"
            "| 常州市人民政府 | 惠灵顿市政府 | 《绿色交通合作备忘录》 |")
ZH_TABLE_2 = ("9月5日，2024鲁加清洁能源合作交流会在烟台市举行。\n会上举行集中签约，签约项目如下：\n"
              "| 签约甲方 | 签约乙方 | 合作项目 |\n|---|---|---|\n| 烟台市人民政府 | 温哥华市政府 | 海上风电合作备忘录 |\n"
              "| 鲁东大学 | 不列颠哥伦比亚大学 | 氢能联合研发协议 |\n"
              "重点项目如下：\n| 项目名称 | 投资主体 | 总投资（亿元） |\n|---|---|---|\n| 海上风电基地 | 烟台市 | 80 |")


def test_chinese_side_a_side_b_tables():
    got = agreements(ZH_TABLE, "zh", date(2024, 10, 13))
    assert len(got) == 2 and all(g[2] == date(2024, 10, 12) for g in got)
    assert not any("常州" in p or "Changzhou" in p for g in got for p in g[1])  # the review box
    got = agreements(ZH_TABLE_2, "zh", date(2024, 9, 6))
    assert [g[0] for g in got] == ["agreement", "mou"] and all(g[2] == date(2024, 9, 5) for g in got)


@pytest.mark.parametrize("text, city", [
    ("5月8日，2024中法新能源产业对接会在苏州市举行。会上，苏州市与里昂市签署《绿色低碳合作备忘录》。", "Suzhou"),
    ("6月3日，第二届鲁渝清洁能源合作对接会在济南市举行。会上，济南市与重庆市签署《氢能产业合作协议》。", "Jinan"),
])
def test_a_matchmaking_conference_is_a_gathering_where_its_signings_were_made(text, city):
    art = Article("http://127.0.0.1/a", "test", None, date(2024, 6, 10), "zh", text, datetime(2024, 6, 10))
    found = extract_mentions(art)
    assert [m.fields["city"] for m in found if m.record_type == "event"][:1] == [city]
    assert [m.fields["city"] for m in found if m.record_type == "agreement"] == [city]
