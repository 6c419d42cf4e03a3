"""Taiwan's sources, Chinese and English (issue 17, the ninety-seventh web): the classes its first run missed or
misread, each shown on texts of our own (not the web's), with sentences that must yield nothing or something else.

* Taiwan's cities and counties in English ("Pingtung County", "Yunlin County", "Chiayi City") are read as the places
  (pactwatch/data/places.yaml, city_aliases from ISO 3166-2:TW);
* a wire's dateline "KINMEN, May 12 (FWN) - " is cut off its lede though no table lists the town
  (scrapers/extract/datelines.py);
* a company set apart by a possessive apposition ("X Corp. (XC), Taiwan's largest ..., said it ...") pledges, not the
  place named inside the apposition (scrapers/extract/pledge_subjects.py);
* "raise renewables to 50 percent of its power use by 2030" (scrapers/extract/share_steps_en.renewable_raises);
* a Chinese renewable share stated as today's ("目前…比例約為12%") is no pledge, a year after 設定 is a target, and
  "用電100%使用再生能源" is all of its power (scrapers/extract/figures_zh.py); Taiwan's large listed companies are
  known by name (pactwatch/data/organisations.yaml) and then by their head alone ("遠傳表示": trade_heads_zh.py);
* "A市長率團赴…訪問，10日在…與B市長簽署…" is A's signing (scrapers/extract/trip_leaders_zh.py);
* "..., no deal signed" names no parties (scrapers/extract/unsigned_en.py); "兩座城市對話" is no gathering's name
  (scrapers/extract/topic.py).
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.gazetteer import gazetteer
from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.datelines import DATELINE, dateline_city
from scrapers.extract.clauses_en import WIRE_DATELINE
from scrapers.extract.share_steps_en import renewable_raises
from scrapers.extract.trade_heads_zh import trade_heads_zh
from scrapers.extract.trip_leaders_zh import trip_leader_subject
from scrapers.extract.unsigned_en import says_unsigned


def records(text: str, kind: str, language: str = "en", day: date = date(2025, 6, 11)) -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", None, day, language, text, datetime(2025, 6, 12))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]


def pledges(text: str, language: str = "en") -> list[tuple]:
    return sorted((f["actor"], f["commitment_type"], f["target_year"], f.get("share_pct"))
                  for f in records(text, "commitment", language))


def parties(text: str, language: str = "en") -> list[list[str]]:
    return [f["parties"] for f in records(text, "agreement", language)]


@pytest.mark.parametrize("name,want", [("Pingtung", "Pingtung"), ("Yunlin", "Yunlin"), ("Chiayi", "Chiayi"),
                                       ("Kinmen", "Kinmen"), ("Penghu", "Penghu"), ("Hualien", "Hualien")])
def test_taiwan_counties_are_known_in_english(name, want):
    place = gazetteer().find_en(name)
    assert place is not None and place.name == want and place.country == "TW"


def test_nantou_stays_the_world_lists_own_in_english_and_taiwans_in_chinese():
    assert gazetteer().find_en("Nantou").country == "CN"  # a town in Guangdong by that name
    assert parties("南投縣政府10日與日本長野縣簽署防災與再生能源合作備忘錄。", "zh") == [["Nantou", "Nagano"]]


@pytest.mark.parametrize("text,want", [
    ("Yunlin County on Monday signed a memorandum of understanding with the Dutch city of Groningen on hydrogen.",
     [["Yunlin", "Groningen"]]),
    ("KINMEN, June 10 (TNA) - Kinmen County signed a memorandum of understanding with Esbjerg on Tuesday.",
     [["Kinmen", "Esbjerg"]]),
])
def test_a_taiwan_county_signs_under_its_english_name(text, want):
    assert parties(text) == want


@pytest.mark.parametrize("line,ok", [
    ("MAGONG, June 10 (TNA) - A delegation arrived.", True),  # a town no table lists, a wire's tag and one hyphen
    ("LONDON, March 3 (Reuters) - Britain said on Tuesday ...", True),
    ("Magong, June 10 (TNA) - A delegation arrived.", False),  # a town in mixed case needs a table or a state
])
def test_a_wire_dateline_with_its_agency_tag_is_a_dateline(line, ok):
    m = DATELINE.match(line) or WIRE_DATELINE.match(line)
    assert bool(m and dateline_city(m)) is ok


@pytest.mark.parametrize("text,want", [
    ("Nanya Plastics Corp. (NPC), Taiwan's largest petrochemical maker, said on Monday it would reach net-zero "
     "emissions by 2050.", [("Nanya Plastics Corp.", "carbon_neutrality", 2050, None)]),
    ("Hanwha Qcells Corp., South Korea's biggest solar panel maker, pledged to source 100 percent of its electricity "
     "from renewable sources by 2040.", [("Hanwha Qcells Corp.", "renewable_share", 2040, 100.0)]),
])
def test_a_company_set_apart_by_a_possessive_apposition_pledges_not_its_country(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("sentence,want", [
    ("The chipmaker aims to raise renewables to 50 percent of its power use by 2030.", [(2030, 50.0)]),
    ("The port plans to bring renewable energy to 60% of its electricity consumption by the end of 2028.",
     [(2028, 60.0)]),
    ("It raised renewables to 20 percent of its power use in 2023.", []),  # a result, no target
    ("Renewables made up 9 percent of its power use last year.", []),
])
def test_renewables_raised_to_a_share_of_its_own_power(sentence, want):
    assert [(f["target_year"], f["share_pct"]) for _, _, f in renewable_raises(sentence)] == want


def test_a_share_today_is_no_pledge_and_a_year_after_sheding_is_a_target():
    """(not "宣布加入": its 布加 is read as Buga, Colombia, a gap of the Chinese city table left for another round)"""
    text = ("中華電信今日正式加入RE100，承諾2045年前全台機房用電100%使用再生能源。"
            "中華電信表示，目前再生能源使用比例約為8%，並設定2030年再生能源使用比例達40%的中期目標。")
    assert pledges(text, "zh") == [("Chunghwa Telecom", "renewable_share", 2030, 40.0),
                                   ("Chunghwa Telecom", "renewable_share", 2045, 100.0)]


def test_a_share_reached_alone_is_no_pledge():
    assert pledges("台灣大哥大表示，目前再生能源使用比例約為15%，去年再生能源比例為11%。", "zh") == []


@pytest.mark.parametrize("text,want", [
    ("友達光電宣布加入RE100。友達表示，將於2030年再生能源使用比例達到50%。", {"友达": "AUO Corporation"}),
    ("台灣大哥大宣布加入RE100。", {}),  # no line of business after the name: no head
    ("中華電信宣布減碳目標。中華民國政府表示支持。", {}),  # 中华 opens another name, not a clause's subject
])
def test_a_known_company_said_again_by_its_head(text, want):
    assert trade_heads_zh(text) == want


@pytest.mark.parametrize("sentence,want", [
    ("苗栗縣長率團赴日本長野縣訪問，12日在長野縣廳與長野縣知事共同簽署《友好交流合作備忘錄》。",
     "苗栗縣長率團赴日本長野縣訪問，苗栗縣長12日在長野縣廳與長野縣知事共同簽署《友好交流合作備忘錄》。"),
    ("市長率團赴日本訪問，12日長野市與松本市簽署合作備忘錄。",  # the clause has its own subject
     "市長率團赴日本訪問，12日長野市與松本市簽署合作備忘錄。"),
    ("苗栗縣長率團赴日本訪問，12日參觀了小水力發電廠。", "苗栗縣長率團赴日本訪問，12日參觀了小水力發電廠。"),  # no signing
])
def test_a_trip_leader_signs_in_the_clause_without_a_subject(sentence, want):
    from scrapers.extract.text import simplified

    assert trip_leader_subject(simplified(sentence)) == simplified(want)


def test_a_trip_leaders_signing_is_his_places():
    text = "苗栗縣長率團赴日本長野縣訪問，12日在長野縣廳與長野縣知事共同簽署《友好交流合作備忘錄》。"
    assert parties(text, "zh") == [["Miaoli", "Nagano"]]


@pytest.mark.parametrize("sentence,unsigned", [
    ("Penghu mayor tours Okinawa wind farms, no deal signed", True),
    ("No agreement was signed between Yunlin and Groningen during the visit.", True),
    ("Yunlin and Groningen signed an MOU, but no binding agreement was signed.", False),  # the MOU is the news
    ("Yunlin and Groningen signed a memorandum of understanding on Tuesday.", False),
])
def test_a_sentence_saying_nothing_was_signed(sentence, unsigned):
    assert says_unsigned(sentence) is unsigned


def test_no_deal_signed_names_no_parties():
    assert parties("Yunlin delegation visits Groningen hydrogen hub, no deal signed") == []
    assert parties("No agreement was signed between Yunlin and Groningen during the visit.") == []


def test_a_count_of_cities_is_no_gatherings_name():
    text = ("嘉義市長與日本熊本市長10日簽署《低碳城市合作備忘錄》。市長說：「這份備忘錄是兩座城市對話的新起點。」")
    names = [f["name"] for f in records(text, "event", "zh")]
    assert not any("对话" in n or "對話" in n for n in names)
    assert parties(text, "zh") == [["Chiayi", "Kumamoto"]]
