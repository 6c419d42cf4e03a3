"""Traditional Chinese (Taiwan and Hong Kong) agreements, pledges and gatherings (round 13, the gaps the forty-third web
left): a gathering opened 昨（N）日 right after its quoted name and its length in days (為期兩天, 為期兩日), Hong Kong
departments named on their own (機電工程署), 宣示 pledges, 再生能源 shares with the year between, RE100, whole fleets
made electric and coal power phased out, forecasts (預計, 可望), results told 已於…年起實現, a sentence opening on 市府
that names its city. Each rule on two texts written for the test, with what it leaves alone."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def mentions(text: str, kind: str, day: date = date(2024, 4, 23)) -> list:
    art = Article("http://127.0.0.1/p", "test", None, day, "zh", text, datetime(2024, 4, 23))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]


def pledges(text: str, day: date = date(2024, 4, 23)) -> list[tuple]:
    return sorted((f["actor"], f["commitment_type"], f["target_year"], f["share_pct"])
                  for f in mentions(text, "commitment", day))


# --- gatherings ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,start,end", [
    ("「2024新竹智慧減碳論壇」昨（22）日於新竹國賓大飯店開幕，為期兩天，吸引逾三百人參加。",
     date(2024, 4, 22), date(2024, 4, 23)),
    ("「2024臺南低碳城市研討會」今（23）日在臺南市政府開幕，為期三天。", date(2024, 4, 23), date(2024, 4, 25)),
])
def test_a_gathering_opened_on_a_told_day_after_its_quoted_name(text, start, end):
    got = [(f["start_on"], f["end_on"]) for f in mentions(text, "event") if f["start_on"]]
    assert got == [(start, end)]


def test_a_told_day_of_another_month_is_not_guessed():
    # the page is of 23 April: "昨（5）日" cannot be yesterday
    got = [f["start_on"] for f in mentions("「2024新竹智慧減碳論壇」昨（5）日於新竹開幕。", "event")]
    assert got in ([], [None])


# --- Hong Kong departments named on their own ------------------------------------------------------------------
@pytest.mark.parametrize("text,party", [
    ("渠務署今日（四月二十三日）與法國蘇伊士集團簽署諒解備忘錄，雙方將在污水處理減碳方面加強合作。",
     "Drainage Services Department"),
    ("運輸署今日與香港大學簽署合作備忘錄，共同研究電動巴士充電網絡的減碳效益。", "Transport Department"),
])
def test_a_hong_kong_department_named_alone_signs(text, party):
    got = [f["parties"] for f in mentions(text, "agreement")]
    assert got and party in got[0]


def test_a_city_bureau_named_alone_is_no_name():
    # 環保局 alone is some city's bureau: no party, no pledge of an "Environmental Protection Bureau"
    got = mentions("環保局今日與台灣電力公司簽署合作備忘錄，推動再生能源發電占比於2030年達到30%。", "commitment")
    assert all(f["actor"] != "Environmental Protection Bureau" for f in got)


# --- pledges ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("新竹市已宣示2050年達成淨零排放。", [("Hsinchu", "carbon_neutrality", 2050, None)]),
    ("嘉義市長宣示，嘉義市將於2050年達成淨零排放。", [("Chiayi", "carbon_neutrality", 2050, None)]),
])
def test_a_declared_net_zero(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("新竹市再生能源發電占比將於2030年達到25%。", [("Hsinchu", "renewable_share", 2030, 25.0)]),
    ("嘉義市宣布，嘉義市再生能源占比力拚於2035年提高到40%。", [("Chiayi", "renewable_share", 2035, 40.0)]),
])
def test_a_renewable_share_with_its_year_between(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    # (the alias book knows both since the ninety-seventh web: their canonical English names)
    ("友達光電股份有限公司宣布，將於2040年達成RE100。", [("AUO Corporation", "renewable_share", 2040, 100.0)]),
    ("聯華電子股份有限公司承諾2050年前達成RE100目標。",
     [("United Microelectronics Corporation", "renewable_share", 2050, 100.0)]),
])
def test_re100(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text,want", [
    ("城巴有限公司宣布，目標在2040年前把全部巴士轉為電動巴士。", [("城巴有限公司", "other", 2040, None)]),
    ("嘉義市宣布，市區公車將於2030年前全面電動化。", [("Chiayi", "other", 2030, None)]),
    ("港燈電力投資有限公司承諾在2030年前逐步淘汰燃煤發電。", [("港灯电力投资有限公司", "other", 2030, None)]),
    ("台灣電力公司宣布，將在2035年前停止燃煤發電。", [("台湾电力公司", "other", 2035, None)]),
])
def test_a_fleet_made_electric_or_coal_phased_out(text, want):
    assert pledges(text) == want


@pytest.mark.parametrize("text", [
    "嘉義市市區公車已於2023年全面電動化。",
    "運輸署預計，到2030年全港巴士可全數轉為電動巴士。",
    "環保局預計，2026年全市再生能源發電占比可望提高至18%。",
    "交通局預估，新竹市再生能源占比有望於2030年達到22%。",
])
def test_a_result_or_a_forecast_pledges_nothing(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text", [
    "該市已於2019年起實現市政府營運碳中和。",
    "奧斯陸市已於2020年實現公共運輸碳中和。",
])
def test_neutrality_reached_since_a_year_is_a_result(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text,want", [
    ("新竹市與美國某大學簽署合作備忘錄。市府並宣布，嘉義市再生能源發電占比將於2030年達到20%。",
     [("Chiayi", "renewable_share", 2030, 20.0)]),
    ("嘉義市與日本某市締結姊妹市。市府同時宣示，新竹市將於2050年達成淨零排放。",
     [("Hsinchu", "carbon_neutrality", 2050, None)]),
])
def test_a_sentence_opening_on_the_city_government_names_its_city(text, want):
    assert pledges(text) == want
