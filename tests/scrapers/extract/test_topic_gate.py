"""Only what the tracker is for: trade, peace and sports are no records; climate agreements and pledges are."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article, Mention
from scrapers.extract import extract_mentions
from scrapers.extract.capacity import demonym_country
from story_records import records


def read(text: str, language: str = "en", title: str | None = None) -> list[Mention]:
    return extract_mentions(Article(url="https://news.example/a", source="news", title=title,
                                    published_on=date(2021, 5, 3), language=language, text=text,
                                    fetched_at=datetime(2024, 1, 1)))


def kinds(ms: list[Mention], record_type: str) -> list[dict]:
    return [m.fields for m in ms if m.record_type == record_type]


def test_a_trade_deal_is_no_record():
    ms = read("Officials said the United States and China signed a trade agreement on soybeans and tariffs on Monday.")
    assert kinds(ms, "agreement") == []
    ms = read("山西省与巴西圣保罗州签署了农产品贸易协议。", "zh")
    assert kinds(ms, "agreement") == []


def test_a_peace_treaty_is_no_record():
    ms = read("Egypt and Jordan signed peace treaties with Israel decades ago, the minister recalled.")
    assert kinds(ms, "agreement") == []


def test_sports_conferences_and_parliaments_are_no_events():
    ms = read("The Huskies lost the Mid-Atlantic Conference West title in the last league game of the season.\n"
              "The National Assembly resumed its session on Tuesday.", title="Huskies fall on the road")
    assert kinds(ms, "event") == []
    ms = read("地方各级人民代表大会常务委员会听取了工作报告。", "zh")
    assert kinds(ms, "event") == []


def test_an_assembly_facility_is_no_event():
    ms = read("At the Westlake Assembly Facility, workers installed four engines into the rocket's core stage.")
    assert kinds(ms, "event") == []


def test_climate_mous_are_kept():
    ms = read("Seattle and Chongqing signed a memorandum of understanding on electric buses on May 1.")
    assert [f["parties"] for f in kinds(ms, "agreement")] == [["Seattle", "Chongqing"]]
    ms = read("2021年5月1日，深圳市与洛杉矶市签署了应对气候变化合作谅解备忘录。", "zh")
    assert [f["parties"] for f in kinds(ms, "agreement")] == [["Shenzhen", "Los Angeles"]]


def test_an_agreement_whose_topic_the_next_sentence_states_is_kept():
    ms = read("在利雅得举行的签约仪式上，深圳市与迪拜签署了框架合作协议。根据协议，双方将共同开发太阳能和风电项目。", "zh",
              title="深圳与迪拜签署框架合作协议")
    assert [f["parties"] for f in kinds(ms, "agreement")] == [["Shenzhen", "Dubai"]]


def test_the_event_where_a_climate_pledge_was_made_is_kept_with_the_pledge():
    ms = read("At the recent Global Clean Power Summit, Brazilian President Maria Souza pledged that her country "
              "would raise its solar power capacity from 20 gigawatts to 90 gigawatts by 2030.")
    assert [(f["actor"], f["commitment_type"], f["target_year"]) for f in kinds(ms, "commitment")] == \
        [("Brazil", "other", 2030)]
    assert [f["name"] for f in kinds(ms, "event")] == ["Global Clean Power Summit"]


def test_a_chinese_capacity_pledge():
    ms = read("四川省提出，到2025年可再生能源装机达到1.2亿千瓦。", "zh")
    assert [(f["actor"], f["commitment_type"], f["target_year"]) for f in kinds(ms, "commitment")] == \
        [("Sichuan Province", "other", 2025)]


def test_a_capacity_already_reached_is_no_pledge():
    ms = read("Chile has already achieved its goal, raising wind power capacity to 5 gigawatts by 2020.")
    assert kinds(ms, "commitment") == []


def test_demonyms_name_their_country():
    assert demonym_country("Indian") == "India"
    assert demonym_country("Chinese") == "China"
    assert demonym_country("Brazilian") == "Brazil"
    assert demonym_country("Monday") is None


def test_a_gathering_where_nothing_was_signed_is_no_event():
    ms = read("The Bavaria Hydrogen Cooperation Forum opened in Munich on Monday with speeches on green hydrogen.\n"
              "No agreements were signed at the forum.")
    assert kinds(ms, "event") == []


@pytest.mark.parametrize("text", [
    # a wire's one-line history of the conference: no climate word but the convention's own
    "COP21 was held in Paris from Nov. 30 to Dec. 12, 2015, where 195 countries adopted the Paris Agreement.",
    # a ministry page naming the conference by its long name
    "The 25th Conference of the Parties was held in Madrid from December 2 to December 13, 2019.",
])
def test_the_climate_conventions_own_words_are_on_topic(text):
    assert any(m.record_type == "event" for m in read(text))


@pytest.mark.parametrize("text", [
    "Heat pumps and district heating: Brookvale and the Danish city of Aalborg signed a memorandum on Tuesday.",
    "浙江省与挪威特伦德拉格郡签署地热和热泵合作备忘录。",
])
def test_heat_pumps_and_geothermal_heat_are_on_topic(text):
    # a low-carbon heating field, on a page of another field's words (trade, tariffs) otherwise
    from scrapers.extract.topic import about_the_tracker
    assert about_the_tracker(text)


@pytest.mark.parametrize("text", [
    "「灣區城市減碳論壇」昨日在尖沙咀舉行，兩市官員約百人出席。論壇以交流為主，未有簽署任何合作協議。",
    "“湘江绿色发展论坛”6日在株洲举行，三市官员出席。论坛以研讨为主，未曾签订合作文件。",
])
def test_a_forum_where_nothing_was_signed_told_with_wei_you_is_no_event(text):
    """Hong Kong and Taiwan papers write "未有簽署" (and others "未曾签订"): nothing signed, as "未签署" says."""
    assert records(text, "event", date(2023, 6, 8)) == []


@pytest.mark.parametrize("text,language", [
    ("Iowa and Hebei signed a $1.2 billion soybean purchase agreement in Des Moines on Monday.", "en"),
    ("Boeing and the City of Xiamen signed an aircraft purchase deal on Monday.", "en"),
    ("5月6日，河北省与爱荷华州在得梅因签署大豆采购协议。", "zh"),
])
def test_a_farm_goods_or_aircraft_purchase_is_no_record(text, language):
    assert kinds(read(text, language), "agreement") == []


@pytest.mark.parametrize("text", [
    "Texas and Guangdong signed a power purchase agreement for wind energy in Austin on Monday.",
    "Iowa and Hebei signed a memorandum on wind energy and agricultural cooperation in Des Moines on Monday.",
])
def test_a_power_purchase_or_a_mixed_memorandum_stays(text):
    assert len(kinds(read(text), "agreement")) == 1
