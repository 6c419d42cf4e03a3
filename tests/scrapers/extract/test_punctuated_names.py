"""Names with apostrophes (straight or curly) and names a page writes in Traditional characters are read like any
other name: the gazetteer's keys write every apostrophe the same (Xi'an and Xi’an are one city, whichever form the
gazetteer or the page holds), multi-word country names are read in English with or without accents (Côte d'Ivoire),
and a foreign city listed only in Traditional characters is found in the Simplified form the extractor reads."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pactwatch.gazetteer import en_key, gazetteer
from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def agreement_parties(text: str, lang: str = "en") -> list[set[str]]:
    article = Article(url="http://127.0.0.1/a", source="test", title="News", published_on=date(2021, 3, 4),
                      language=lang, text=text, fetched_at=datetime.now(timezone.utc))
    return [set(m.fields["parties"]) for m in extract_mentions(article) if m.record_type == "agreement"]


@pytest.mark.parametrize("written", ["Xi'an", "Xi’an", "XI'AN", "Xiʼan"])
def test_every_apostrophe_finds_one_city(written):
    place = gazetteer().find_en(written)
    assert place is not None and place.country == "CN"
    assert place == gazetteer().find_en("Xi’an")


def test_the_key_writes_apostrophes_alike():
    assert en_key("Tai’an") == en_key("Tai'an") == en_key("TAI`AN") == "tai'an"
    assert gazetteer().find_en("Tai'an").name == gazetteer().find_en("Tai’an").name


@pytest.mark.parametrize("sentence", [
    "The City of Tacoma and the Xi'an Municipal People's Government signed a memorandum of understanding on clean "
    "transport.",
    "The City of Tacoma and the Xi’an Municipal People’s Government signed a memorandum of understanding on clean "
    "transport.",
])
def test_a_municipal_peoples_government_with_either_apostrophe(sentence):
    xian = gazetteer().find_en("Xi'an").name
    assert agreement_parties(sentence) == [{"Tacoma", xian}]


def test_apostrophe_cities_on_both_sides_of_the_sentence():
    taian = gazetteer().find_en("Tai'an").name
    assert agreement_parties("The Tai’an Municipal Government and the City of Tulsa signed a letter of intent on "
                             "solar power.") == [{taian, "Tulsa"}]
    yanan = gazetteer().find_en("Yan'an").name
    assert agreement_parties("The City of Fresno and Yan'an signed a sister-city agreement on renewable energy on "
                             "Tuesday.") == [{"Fresno", yanan}]


def test_an_apostrophe_inside_an_organisation_name_keeps_it_one_name():
    found = find_entities("The Chicago Department of Aviation, which runs O'Hare International Airport, signed a "
                          "memorandum with the Huai’an Municipal Government.")
    names = [(e.name, e.kind) for e in found]
    assert ("O'Hare International Airport", "org") in names
    assert (gazetteer().find_en("Huai'an").name, "city") in names
    assert not any(e.name in ("O", "Hare") for e in found)


@pytest.mark.parametrize("written", ["Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire"])
def test_a_country_name_of_several_words_with_an_apostrophe(written):
    assert agreement_parties(f"Ghana and {written} signed a memorandum of understanding on cross-border power "
                             "trade.") == [{"Ghana", "Côte d'Ivoire"}]


def test_a_one_word_country_name_is_not_read_from_english_text():
    assert gazetteer().find_en("Jordan") is None or gazetteer().find_en("Jordan").kind != "country"


@pytest.mark.parametrize("traditional, simplified, city", [
    ("沙加緬度", "沙加缅度", "Sacramento"),
    ("圖爾薩", "图尔萨", "Tulsa"),
    ("紐華克", "纽华克", "Newark"),
])
def test_a_foreign_city_listed_in_traditional_characters(traditional, simplified, city):
    assert gazetteer().find_zh(simplified).name == city
    # the page's Traditional form is read in Simplified: the whole name, not a shorter one inside it (图尔: Tours)
    assert agreement_parties(f"2016年6月6日，西安市与{traditional}签署了清洁能源合作备忘录。", "zh") == [
        {gazetteer().find_en("Xi'an").name, city}]
