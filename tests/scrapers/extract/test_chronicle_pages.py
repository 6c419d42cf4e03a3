"""Chronicles and the pages beside them (issue 17, the 105th web): texts of our own, not the web's.

* a local body named by its tier alone ("省发改委", "市生态环境局") after the story named it in full is that body, and
  never the national one whose short name it holds (scrapers/extract/level_bodies_zh.py);
* "Hydro <Place>" and "<Place> Hydro" are utilities, one name each (the head word Hydro, scrapers/extract/orgs.py);
* on a chronicle of dated entries ("June 2023 – ...", "2016年3月，..."), a gathering an entry names without a
  signing is no event of the page's signings (scrapers/extract/chronicles.py, topic.keep_records);
* "活动中，A与B签署…" after a sentence that dates the occasion, the speeches told between them, takes that day
  (scrapers/extract/occasion.py);
* a signing "at Hobart Town Hall" / "在霍巴特市政厅出席签约仪式，…签署" was made in the city the hall is named after
  (place_references.hall_city).
"""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.chronicles import is_chronicle
from scrapers.extract.entities import find_entities
from scrapers.extract.tier_names_zh import tier_short_names
from scrapers.extract.place_references import hall_city


def records(text: str, lang: str, day: date = date(2025, 3, 12), kind: str = "agreement") -> list[dict]:
    art = Article("http://127.0.0.1/p", "test", None, day, lang, text, datetime(2025, 3, 13))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]


# --- tier short names -----------------------------------------------------------------------------------------
def test_tier_short_name_maps_to_the_body_named_in_full():
    text = "5月8日，江西省发展和改革委员会与某国能源部签署合作备忘录。省发改委有关负责人表示，双方将加强交流。"
    assert tier_short_names(text) == {"省发改委": "Jiangxi Provincial Development and Reform Commission"}
    text = "昆明市生态环境局与老挝某机构签署协议。市生态环境局还将派员考察。"
    assert tier_short_names(text) == {"市生态环境局": "Kunming Municipal Ecology and Environment Bureau"}


def test_tier_short_name_without_one_full_name_maps_to_nothing():
    assert tier_short_names("省发改委与某公司签署协议。") == {}
    assert tier_short_names("江西省发改委和湖南省发改委签署协议。省发改委负责人表示") == {}  # which of the two?


def test_tier_short_name_is_never_the_national_commission():
    names = [e.name for e in find_entities("省发改委与丹麦能源署签署合作备忘录")]
    assert "National Development and Reform Commission" not in names
    names = [e.name for e in find_entities("国家发改委与丹麦能源署签署合作备忘录")]
    assert "National Development and Reform Commission" in names


def test_headline_short_name_is_the_body_the_story_names():
    text = ("省发改委与新西兰能源效率和节约局签署合作备忘录\n"
            "6月3日，江西省发展和改革委员会与新西兰能源效率和节约局在南昌签署节能合作备忘录。")
    got = records(text, "zh", date(2025, 6, 4))
    assert all("National Development and Reform Commission" not in f["parties"] for f in got)


# --- Hydro utilities ------------------------------------------------------------------------------------------
def test_hydro_utilities_are_one_name():
    names = [e.name for e in find_entities("Hydro Ottawa and Toronto Hydro signed a memorandum on grid storage.")]
    assert names == ["Hydro Ottawa", "Toronto Hydro"]
    names = [e.name for e in find_entities("Hydro Tasmania signed an agreement with Meridian Energy in Wellington.")]
    assert names[:2] == ["Hydro Tasmania", "Meridian Energy"]


def test_hydro_alone_or_a_plan_is_no_utility():
    assert find_entities("Hydro power supplies 90 percent of the island's electricity.") == []
    assert [e.name for e in find_entities("The Tasmania Hydro Plan was released on Monday.")] == []


# --- chronicles -----------------------------------------------------------------------------------------------
def test_chronicle_told_by_its_entry_heads():
    assert is_chronicle(["May 1990 – A visits B.", "June 2001 - A and B sign a deal.", "2019 – C opens an office."])
    assert is_chronicle(["2011年5月，甲访问乙。", "2015年9月，甲与乙签署备忘录。", "2020年12月　两市庆祝结好。"])
    assert not is_chronicle(["On 3 May 2019, A and B signed a memorandum.", "In June 2020 – as planned – it began."])
    assert not is_chronicle(["2019年5月，甲与乙签署备忘录。", "双方将加强合作。"])


def test_chronicle_event_without_a_signing_is_no_event():
    text = ("Our partnership with Kagoshima: milestones.\n"
            "April 1995 – Canterbury and Kagoshima sign a sister-region agreement.\n"
            "October 2008 – Canterbury's regional council and Kagoshima Prefecture sign a memorandum of understanding "
            "on geothermal energy cooperation.\n"
            "May 2015 – A Kagoshima delegation attends the Pacific Geothermal Investment Forum in Christchurch.")
    assert records(text, "en", kind="event") == []
    assert len(records(text, "en")) >= 1


def test_news_story_keeps_its_forum():
    text = ("The Pacific Geothermal Investment Forum opened in Christchurch on Monday. At the forum, Canterbury's "
            "regional council and Kagoshima Prefecture signed a memorandum of understanding on geothermal energy.")
    assert [e["name"] for e in records(text, "en", kind="event")] == ["Pacific Geothermal Investment Forum"]


# --- the occasion's day across its speeches -------------------------------------------------------------------
def test_signing_at_the_occasion_after_its_speeches_takes_its_day():
    text = ("10月18日，江西省与德国某州以视频方式举行结好30周年纪念活动。双方领导分别在南昌和主会场致辞。\n"
            "活动中，江西省人民政府与萨克森州政府签署《关于加强绿色能源合作的谅解备忘录》。")
    got = records(text, "zh", date(2025, 10, 19))
    assert [f["signed_on"] for f in got] == [date(2025, 10, 18)]
    text = ("10月18日，两省州举行结好纪念活动。\n会上，江西省人民政府与萨克森州政府签署《关于加强绿色能源合作的谅解备忘录》。")
    assert [f["signed_on"] for f in records(text, "zh", date(2025, 10, 19))] == [date(2025, 10, 18)]


def test_a_signing_after_an_undated_sentence_stays_undated():
    text = ("江西省与萨克森州举行结好纪念活动。双方领导分别致辞。\n"
            "活动中，江西省人民政府与萨克森州政府签署《关于加强绿色能源合作的谅解备忘录》。")
    assert [f["signed_on"] for f in records(text, "zh", date(2025, 10, 19))] == [None]


# --- a city's hall ------------------------------------------------------------------------------------------------
def test_signing_at_a_city_hall_is_in_that_city():
    text = ("Wellington City Council and the Xiamen Municipal People's Government signed a memorandum of "
            "understanding on coastal resilience on Friday at Wellington Town Hall.")
    assert [(f["city"], f["country"]) for f in records(text, "en")] == [("Wellington", "NZ")]
    text = "当地时间5月9日，厦门市代表团在惠灵顿市政厅出席签约仪式，厦门市人民政府与惠灵顿市政府签署海岸韧性合作备忘录。"
    assert [(f["city"], f["country"]) for f in records(text, "zh", date(2025, 5, 10))] == [("Wellington", "NZ")]


def test_hall_of_no_known_city_gives_no_place():
    assert hall_city("The two councils signed a memorandum at the Civic Centre on Friday.") is None
    assert hall_city("两市在市政厅签署合作备忘录。") is None
    assert hall_city("代表团在某某镇政厅出席签约仪式。") is None


def test_hall_outside_the_signing_clause_is_not_where_it_was_signed():
    assert hall_city("Thirty years after Napier and Dunedin signed their twinning agreement, a delegation was welcomed "
                     "at Wellington City Hall on Monday.") is None
    assert hall_city("代表团在惠灵顿市政厅参观了城市规划展。此前两市已签署合作备忘录。") is None
