"""Chinese round 10 (issue 17): the rules of the twenty-ninth web's first-run failures (events, commitments, one row
per fact). Each rule on two texts of its own (none is a sentence of a test web), with what must stay unread."""
from __future__ import annotations

from datetime import date

import pytest

from pactwatch.gazetteer import gazetteer
from scrapers.extract.event_rules import zh_headline_name
from scrapers.extract.text import split_sentences
from test_zh_round4 import read  # one reader for the Chinese rounds
from test_zh_round9_pledges import pledges

PAGE = date(2024, 5, 20)


# --- a capacity target its owner's spokesman tells ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("会上，青海省能源局负责人介绍，到2025年，全省清洁能源装机容量达到8200万千瓦以上。",
     ("Qinghai Province", "other", 2025, None)),
    ("昆明市发展改革委有关负责人表示，到2026年，全市新能源装机规模达到1200万千瓦。", ("Kunming", "other", 2026, None)),
])
def test_a_capacity_target_told_by_a_spokesman_is_a_pledge_of_the_place(text, expected):
    """"…负责人介绍，到2025年，全省…装机容量达到…": the plan's target told, with no pledge verb; the whole province's."""
    assert expected in pledges(text)


@pytest.mark.parametrize("text", [
    "青海省能源局负责人介绍，到2023年底，全省清洁能源装机容量已达到5000万千瓦。",
    "昆明市发展改革委负责人表示，截至2023年，全市新能源装机累计达到600万千瓦，同比增长20%。",
])
def test_a_capacity_reached_told_by_a_spokesman_is_no_pledge(text):
    assert not [p for p in pledges(text) if p[1] == "other"]


# --- a body's target for the whole place is its place's ---------------------------------------------------------------
@pytest.mark.parametrize("text, actor", [
    ("广西壮族自治区生态环境厅负责人表示，到2025年，全区非化石能源消费比重达到30%左右。", "Guangxi"),
    ("西宁市生态环境局表示，到2025年，全市单位地区生产总值二氧化碳排放比2020年下降15%。", "Xining"),
])
def test_a_bodys_target_for_the_whole_place_is_the_places(text, actor):
    assert actor in {p[0] for p in pledges(text)}


def test_a_bodys_own_target_stays_the_bodys():
    """No 全省/全区/全市: what the body itself will do (its own offices) is not the province's target."""
    actors = {p[0] for p in pledges("青海省能源局宣布，将力争在2028年前实现本单位办公用电碳中和。")}
    assert "Qinghai Province" not in actors


# --- autonomous regions by their full names --------------------------------------------------------------------------
@pytest.mark.parametrize("name, place", [
    ("Ningxia Hui Autonomous Region", "Ningxia"), ("Guangxi Zhuang Autonomous Region", "Guangxi"),
    ("新疆维吾尔自治区", "Xinjiang"), ("内蒙古自治区", "Inner Mongolia"),
])
def test_an_autonomous_region_by_its_full_name(name, place):
    g = gazetteer()
    assert (g.find_en(name) or g.find_zh(name)).name == place


@pytest.mark.parametrize("text", [
    "The Guangxi Zhuang Autonomous Region aims to raise its installed new-energy capacity to 60 gigawatts by 2027.",
    "The Xinjiang Uygur Autonomous Region plans to lift its new energy generation capacity to more than 120 GW by 2025.",
])
def test_new_energy_capacity_to_more_than_n_gigawatts(text):
    ms = [m for m in read(text, PAGE) if m.record_type == "commitment"]
    assert [(m.fields["commitment_type"], m.fields["target_year"]) for m in ms] == [("other", int(text[-5:-1]))]


# --- a headline's short name of an event -----------------------------------------------------------------------------
@pytest.mark.parametrize("short, full, same", [
    ("南南合作论坛", "气候变化南南合作论坛", True),
    ("清洁能源论坛", "亚洲清洁能源论坛", True),
    ("论坛", "亚洲清洁能源论坛", False),            # a head word alone is no name
    ("能源论坛", "亚洲清洁能源论坛", False),         # two characters before the head: too short to be a name
    ("亚洲清洁能源论坛", "亚洲清洁能源论坛", False),
])
def test_a_headline_short_name_ends_the_full_name(short, full, same):
    assert zh_headline_name(short, full) is same


@pytest.mark.parametrize("title, text, name", [
    ("城市适应论坛厦门开幕", "第二届亚太城市适应论坛9日在厦门开幕。开幕当天，厦门市与宿务市签署气候适应合作谅解备忘录。",
     "亚太城市适应论坛"),
    ("清洁能源合作论坛昆明开幕", "第三届澜湄清洁能源合作论坛9日在昆明开幕。论坛期间，昆明市与曼谷市签署清洁能源合作备忘录。",
     "澜湄清洁能源合作论坛"),  # the headline's name is one the glossary renders in English
])
def test_the_headline_event_is_the_body_event(title, text, name):
    """The headline's short name and the body's full name are one event, named in full and dated by the body."""
    from datetime import datetime

    from pactwatch.models import Article
    from scrapers.extract import extract_mentions

    art = Article(url="https://zh.example/news/9", source="zh", title=title, published_on=date(2024, 5, 10),
                  language="zh", text=text, fetched_at=datetime(2024, 5, 10))
    evs = [m.fields for m in extract_mentions(art) if m.record_type == "event"]
    assert evs and {e["name"] for e in evs} == {name}
    assert {e["start_on"] for e in evs} - {None} == {date(2024, 5, 9)}


# --- a Hong Kong paper's 【本報訊】 tag ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, first", [
    ("【本報訊】第二屆亞太城市適應論壇9日在廈門開幕。", "第二屆亞太城市適應論壇9日在廈門開幕。"),
    ("【本报讯】8日，西宁市与大阪市签署合作协议。", "8日，西宁市与大阪市签署合作协议。"),
])
def test_a_paper_tag_opens_no_sentence(text, first):
    assert split_sentences(text, None)[0].text == first


# --- an English wire's relative clause: "..., which opened in the regional capital X on <weekday>, ..." -------------
@pytest.mark.parametrize("text, start", [
    ("The Yunnan Clean Energy Forum, which opened in the provincial capital Kunming on Monday, ends on Wednesday.",
     date(2024, 5, 13)),
    ("The Western Australia Hydrogen Summit, which opened in the state capital Perth on Tuesday, drew 800 delegates.",
     date(2024, 5, 14)),
])
def test_which_opened_in_a_capital_on_a_weekday_is_the_first_day(text, start):
    from scrapers.extract.dates import DateContext
    from scrapers.extract.entities import find_entities
    from scrapers.extract.events import find_events

    evs = find_events(text, find_entities(text, {}), DateContext(date(2024, 5, 16)))
    assert [e.start_on for e in evs] == [start]


# --- a cut "以上" is a floor ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, pct", [
    ("西宁市提出，到2030年，全市单位地区生产总值二氧化碳排放比2005年下降65%以上。", (65.0, None)),
    ("青海省承诺，到2035年温室气体排放量比2005年减少50%以上。", (50.0, None)),
    ("青海省承诺，到2030年单位地区生产总值二氧化碳排放比2005年下降60%至65%。", (60.0, 65.0)),  # a range keeps both
    ("西宁市提出，到2025年，全市单位地区生产总值二氧化碳排放比2020年下降18%。", (18.0, 18.0)),
])
def test_a_cut_with_yishang_is_a_floor(text, pct):
    [m] = [m for m in read(text, PAGE) if m.record_type == "commitment"]
    assert (m.fields["reduction_pct_min"], m.fields["reduction_pct_max"]) == pct


# --- a Traditional Chinese story is on topic by its Traditional words ------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("第二屆亞太氣候韌性論壇9日在廈門開幕，為期兩天。", "亚太气候韧性论坛"),
    ("第四屆兩岸綠色建築論壇9日在福州開幕。", "两岸绿色建筑论坛"),
])
def test_a_traditional_story_of_a_gathering_held_is_on_topic(text, name):
    """A story whose only record is a gathering held: 氣候/綠色 speak of the tracker's field as 气候/绿色 do."""
    assert [m.fields["name"] for m in read(text, PAGE) if m.record_type == "event"] == [name]


# --- a greenhouse-gas cut with no base year ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("華盛頓州承諾，到2035年將溫室氣體排放量減少45%。", ("Washington", "emissions_reduction", 2035, None)),
    ("西宁市提出，力争到2030年温室气体排放总量降低30%。", ("Xining", "emissions_reduction", 2030, None)),
])
def test_a_greenhouse_gas_cut_without_its_base_year(text, expected):
    assert expected in pledges(text)


def test_a_greenhouse_gas_cut_achieved_is_no_pledge():
    assert pledges("2023年，西宁市温室气体排放量已减少12%。") == []
