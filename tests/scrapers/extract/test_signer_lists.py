"""Signings listed under an active opening whose subject signs (scrapers/extract/signer_lists.py, hooked in listed_en
and listed_zh): "<A> signed the following documents with foreign companies:" + "1) Memorandum of Understanding with B
on ...;", "During the visit, <A> signed:" + "- an MoU with B on ...;", "会上，A签署了以下文件：一是与B签署《…》；",
"访问期间，A签署如下合作文件：" + "（一）与B签订《…》；". Negatives: an opening of things planned ("will sign", "拟签署"),
an item of another field (trade, culture), a passive opening read as before, a list that names no instrument."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.listed_en import follow as follow_en
from scrapers.extract.listed_zh import follow as follow_zh
from scrapers.extract.signer_lists import opening_en, opening_zh
from scrapers.extract.signing_tables import follow_zh as follow_zh_list


def agreements(text: str, language: str, day: date = date(2024, 5, 16)) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, day, language, text, datetime(2024, 5, 17))
    return sorted((m.fields["agreement_type"], sorted(m.fields["parties"]), str(m.fields["signed_on"]), m.fields["city"])
                  for m in extract_mentions(art) if m.record_type == "agreement")


EN_NUMBERED = ("The Tashkent International Energy Forum opened in Tashkent on May 14.\n"
               "On May 14, on the sidelines of the forum, Uzbekistan's Ministry of Energy signed the "
               "following documents with foreign companies:\n"
               "1) Memorandum of Understanding with ACWA Power on a 1 GW wind farm;\n"
               "2) Agreement with Masdar on a solar power plant with battery storage;\n"
               "3) Memorandum of Understanding with Masdar on cultural exchanges.\n"
               "The documents were signed by the deputy minister.")
EN_BULLETS = ("Siemens Energy's chief executive visited Abu Dhabi on May 14 for talks on the energy transition.\n"
              "During the visit, Siemens Energy signed in Abu Dhabi on May 14:\n"
              "- an MoU with Masdar on green hydrogen production;\n"
              "- a framework agreement with ACWA Power on grid-scale battery storage;\n"
              "- a trade agreement with a local distributor on spare parts.\n"
              "The company did not disclose the value of the deals.")


def test_a_numbered_list_under_an_active_opening_gives_one_agreement_per_item_with_the_opening_s_signer():
    rows = agreements(EN_NUMBERED, "en")
    ministry = "Uzbekistan's Ministry of Energy"
    assert [r[:2] for r in rows] == [("agreement", ["Masdar", ministry]), ("mou", ["ACWA Power", ministry])]
    assert {r[2] for r in rows} == {"2024-05-14"}  # the cultural memorandum makes no record


def test_a_bulleted_list_under_signed_colon_gives_the_company_and_each_counterpart():
    rows = agreements(EN_BULLETS, "en")
    assert [r[1] for r in rows] == [["ACWA Power", "Siemens Energy"], ["Masdar", "Siemens Energy"]]
    assert {(r[2], r[3]) for r in rows} == {("2024-05-14", "Abu Dhabi")}  # the trade agreement makes none


def test_the_opening_s_day_place_and_subject_frame_each_item():
    listing, told = follow_en(None, "On May 14, at the forum in Baku, the Ministry of Energy signed the following "
                                    "documents with Chinese companies:")
    assert told is None and listing.signer == "On May 14, at the forum in Baku, the Ministry of Energy signed {item}."
    assert follow_en(listing, "1) Memorandum of Understanding with Envision Energy on a wind farm;")[1] == \
        "On May 14, at the forum in Baku, the Ministry of Energy signed a memorandum of Understanding with Envision " \
        "Energy on a wind farm."
    # "within the Week" stays, the group of counterparts goes
    assert opening_en("The ministry signed three agreements with Gulf companies within the Energy Week:") == \
        "The ministry signed {item} within the Energy Week."
    assert follow_en(listing, "The documents were signed by the deputy minister.") == (None, None)


@pytest.mark.parametrize("sentence", [
    "The Ministry of Energy will sign the following documents with foreign companies:",
    "The ministry plans to sign agreements with:",
    "The following agreements were signed during the mission:",  # passive: listed_en's own opening
    "Agreements signed on Tuesday included:",
    "They signed:",
    "The Ministry of Energy signed a memorandum with Masdar on solar power.",  # no list
])
def test_no_active_opening(sentence):
    assert opening_en(sentence) is None


def test_a_planned_list_and_a_list_of_tasks_make_no_record():
    planned = EN_NUMBERED.replace("signed the following", "will sign the following")
    assert agreements(planned, "en") == []
    tasks = ("On May 14, Uzbekistan's Ministry of Energy signed the following documents:\n"
             "1) the parties will exchange data on wind resources;\n"
             "2) the parties will train engineers.")
    assert agreements(tasks, "en") == []


def test_a_passive_opening_is_read_as_before():
    listing, _ = follow_en(None, "The following agreements were signed on Monday:")
    assert listing.signer is None
    assert follow_en(listing, "a memorandum of understanding between Fresno and Xi'an on clean buses;")[1] == \
        "They signed a memorandum of understanding between Fresno and Xi'an on clean buses on Monday."


ZH_INLINE = ("5月14日，中沙能源合作论坛在利雅得举行。会上，中国华能集团签署了以下文件：一是与沙特国际电力和水务公司签署"
             "《绿色氢能合作谅解备忘录》；二是与沙特国际电力和水务公司签订《光伏项目框架协议》；三是与沙特文化部签署《文化交流"
             "合作备忘录》。")
ZH_BRACKETS = ("5月14日，中国三峡集团代表团访问沙特，在利雅得出席中沙能源合作论坛。访问期间，中国三峡集团签署如下合作文件：\n"
               "（一）与沙特国际电力和水务公司签署《风电项目合作谅解备忘录》；\n"
               "（二）与沙特国际电力和水务公司签订《储能项目框架协议》。\n"
               "双方表示将深化新能源领域合作。")


def test_a_chinese_list_of_yi_shi_items_gives_the_opening_s_signer_and_each_counterpart():
    rows = agreements(ZH_INLINE, "zh")
    assert [r[:2] for r in rows] == [("agreement", ["ACWA Power", "China Huaneng Group"]),
                                     ("mou", ["ACWA Power", "China Huaneng Group"])]
    assert {(r[2], r[3]) for r in rows} == {("2024-05-14", "Riyadh")}  # the culture memorandum makes none


def test_a_chinese_list_numbered_in_brackets_under_ru_xia():
    rows = agreements(ZH_BRACKETS, "zh")
    assert [r[:3] for r in rows] == [("agreement", ["ACWA Power", "China Three Gorges Corporation"], "2024-05-14"),
                                     ("mou", ["ACWA Power", "China Three Gorges Corporation"], "2024-05-14")]


def test_the_chinese_walk_puts_the_signer_before_each_item():
    listing, told = follow_zh(None, "会上，中国华能集团签署了以下文件：")
    assert listing.signer == "中国华能集团" and listing.when == "会上"
    assert follow_zh(listing, "二是与沙特国际电力和水务公司签订《光伏项目框架协议》；")[1] == \
        "会上，中国华能集团与沙特国际电力和水务公司签订《光伏项目框架协议》。"


def test_an_opening_holding_its_first_item_numbered_in_brackets_keeps_its_signer():
    listing, told = follow_zh_list(None, "访问期间，中国三峡集团签署如下合作文件：（一）与沙特国际电力和水务公司签署《风电项目"
                                         "合作谅解备忘录》；")
    assert told == "访问期间，中国三峡集团与沙特国际电力和水务公司签署《风电项目合作谅解备忘录》。"
    assert follow_zh_list(listing, "（二）与沙特国际电力和水务公司签订《储能项目框架协议》。")[1] == \
        "访问期间，中国三峡集团与沙特国际电力和水务公司签订《储能项目框架协议》。"


@pytest.mark.parametrize("sentence", ["会上，中国华能集团拟签署以下文件：", "中国华能集团将签署如下合作文件：",
                                      "会上，中国华能集团与沙特国际电力和水务公司签署了以下文件：",  # its counterpart named
                                      "会议期间签署了以下文件："])
def test_no_chinese_active_opening(sentence):
    assert opening_zh(sentence) is None


def test_a_planned_chinese_list_makes_no_record():
    assert agreements(ZH_INLINE.replace("签署了以下文件", "拟签署以下文件"), "zh") == []
