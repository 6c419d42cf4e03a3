"""Places told by reference (scrapers/extract/place_references.py): a country's capital by its adjective, a Chinese
province's capital ("the Hubei provincial capital", 云南省会), a city's one-character short form after a name that holds
another place, and a signing placed by reference. Each rule on two sentences of our own; negatives: a capital named as
where people came from, a meeting held online."""
from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities
from scrapers.extract.events import find_events
from scrapers.extract.place_references import referred_place
from tests.scrapers.extract.story_records import records


def found(sentence: str, day: date) -> list[tuple]:
    return [(e.name, e.start_on, e.city, e.country) for e in find_events(sentence, find_entities(sentence),
                                                                         DateContext(day))]


def mentions(text: str, day: date, lang: str = "en") -> list:
    art = Article(url="http://127.0.0.1/x.html", source="t", title="", published_on=day, language=lang, text=text,
                  fetched_at=datetime(2026, 1, 1))
    return extract_mentions(art)


def test_a_capital_by_its_countrys_adjective_is_that_countrys_capital():
    assert found("The Sino-Kenyan Solar Cities Forum was held in the Kenyan capital on 12 March.",
                 date(2025, 3, 20)) == [("Sino-Kenyan Solar Cities Forum", date(2025, 3, 12), "Nairobi", "KE")]
    assert found("The Sino-Japanese Heat Pump Symposium took place in the Japanese capital 9th-11th March.",
                 date(2025, 3, 20))[0][2:] == ("Tokyo", "JP")


def test_a_provincial_capital_is_the_provinces_capital_in_english_and_chinese():
    assert found("Delegates met in the Hubei provincial capital on Monday for the Central China Hydrogen Forum.",
                 date(2025, 3, 20))[0][2:] == ("Wuhan", "CN")
    assert found("4月2日，西部城市节水技术研讨会在云南省会举行。", date(2025, 4, 8))[0][2:] == ("Kunming", "CN")
    assert referred_place("The talks were held in the capital of Gansu on Friday.")[2:] == ("Lanzhou", "CN")


def test_a_capital_named_as_where_people_came_from_places_nothing():
    assert found("Officials from the Chinese capital attended the Rocky Mountain Clean Air Forum in Denver on 3 May.",
                 date(2025, 5, 6))[0][2:] == ("Denver", "US")
    assert referred_place("A delegation from the Indonesian capital joined the talks.") is None
    assert referred_place("The fund raised venture capital in the American capital markets.") is None


def test_a_meeting_held_online_gets_no_capital():
    assert found("The Pacific Cool Cities Forum was held online on 3 May, hosted from the Australian capital.",
                 date(2025, 5, 6))[0][2:] == (None, None)
    assert found("The Andean Cities Cooling Dialogue was held online on 7 May, with its studio in the Peruvian capital.",
                 date(2025, 5, 9))[0][2:] == (None, None)


def test_a_short_form_after_the_name_beats_a_place_inside_the_name():
    assert found("3月18日，中美—得州能源转型研讨会在渝召开。", date(2025, 3, 20))[0][2:] == ("Chongqing", "CN")
    assert found("中英—苏格兰海上风电合作论坛在蓉举办。", date(2025, 3, 20))[0][2:] == ("Chengdu", "CN")


def test_a_signing_placed_by_reference_is_there_and_not_at_the_storys_event_elsewhere():
    text = ("The China-U.S. River Cities Dialogue was held in Beijing on 1 April. At a ceremony in the Hunan capital on "
            "Thursday, Yueyang and Sacramento signed a memorandum of understanding on flood-control technology.")
    ags = [m for m in mentions(text, date(2025, 4, 5)) if m.record_type == "agreement"]
    assert [(m.fields["city"], m.fields["country"]) for m in ags] == [("Changsha", "CN")]
    assert ags[0].hints["article_event_keys"] == []  # not the dialogue's: signed in another city
    text = "Xuzhou and Lyon signed a memorandum of understanding on district heating in the French capital on Friday."
    ags = [m for m in mentions(text, date(2025, 4, 5)) if m.record_type == "agreement"]
    assert [(m.fields["city"], m.fields["country"]) for m in ags] == [("Paris", "FR")]


def test_a_signing_on_a_day_of_the_storys_gathering_is_in_its_city():
    text = ("The Rio Grande Cities Water Forum was held in El Paso from 10 to 12 March. On Tuesday, Yinchuan and "
            "Albuquerque signed a memorandum of understanding on water reuse.")
    ags = [m for m in mentions(text, date(2025, 3, 14)) if m.record_type == "agreement"]
    assert [(m.fields["signed_on"], m.fields["city"]) for m in ags] == [(date(2025, 3, 11), "El Paso")]
    zh = "5月20日至22日，西北城市节能博览会在兰州举行。5月21日，银川市与西宁市签署节能合作协议。"
    ags = [m for m in mentions(zh, date(2025, 5, 23), "zh") if m.record_type == "agreement"]
    assert [(m.fields["signed_on"], m.fields["city"]) for m in ags] == [(date(2025, 5, 21), "Lanzhou")]


def test_a_signing_after_the_gathering_or_with_no_span_gets_no_city_from_it():
    text = ("The Rio Grande Cities Water Forum was held in El Paso from 10 to 12 March. On 14 March, Yinchuan and "
            "Albuquerque signed a memorandum of understanding on water reuse.")
    ags = [m for m in mentions(text, date(2025, 3, 15)) if m.record_type == "agreement"]
    assert [m.fields["city"] for m in ags] == [None]
    zh = "5月20日，西北城市节能论坛在兰州举行。5月21日，银川市与西宁市签署节能合作协议。"
    ags = [m for m in mentions(zh, date(2025, 5, 23), "zh") if m.record_type == "agreement"]
    assert [m.fields["city"] for m in ags] == [None]  # a one-day forum the day before: not during it


def test_a_gathering_hosted_by_the_city_is_held_in_the_city_named_before():
    text = ("Fresno has planted more than 30,000 street trees since 2018. The Central Valley Shade Summit, hosted by "
            "the city, ran Nov 30 - Dec 2 and drew urban foresters. Fresno and Lanzhou signed a memorandum of "
            "understanding on urban forestry at the summit.")
    evs = [m.fields for m in mentions(text, date(2025, 12, 5)) if m.record_type == "event"]
    assert [(f["start_on"], f["end_on"], f["city"]) for f in evs] == [(date(2025, 11, 30), date(2025, 12, 2), "Fresno")]
    text = ("Tucson has cut its water use by a third since 2000. Last week the city hosted the Desert Cities Water "
            "Summit, which opened on 3 March. At the summit, Tucson and Yinchuan signed a memorandum of understanding "
            "on water reuse.")
    assert [m.fields["city"] for m in mentions(text, date(2025, 3, 7)) if m.record_type == "event"] == ["Tucson"]


def test_hosted_by_the_city_after_two_cities_places_nothing():
    text = ("Officials from Boise and Reno spoke. The Mountain West Heat Summit, hosted by the city, opened on 3 March. "
            "Boise and Reno signed a memorandum of understanding on heat at the summit.")
    assert [m.fields["city"] for m in mentions(text, date(2025, 3, 7)) if m.record_type == "event"] == [None]


@pytest.mark.parametrize("text, city, country", [
    ("The Asia Clean Energy Summit was held in Singapore on October 29.", "Singapore", "SG"),
    ("Delegates met at the Riviera Ocean Climate Forum in Monaco on October 29.", "Monaco", "MC"),
])
def test_a_city_state_is_the_city_a_gathering_was_held_in(text, city, country):
    [event] = records(text, "event", day=date(2024, 11, 10))
    assert (event["city"], event["country"]) == (city, country)


def test_a_country_is_still_no_city():
    # held in a country named after no city of its own: the country, no city
    [event] = records("The Baltic Clean Energy Summit was held in Estonia on October 29.", "event", day=date(2024, 11, 10))
    assert (event["city"], event["country"]) == (None, "EE")
