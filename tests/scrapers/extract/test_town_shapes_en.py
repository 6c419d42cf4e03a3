"""Towns the English tables do not read by name, read where the text says they are a city (scrapers/extract/
town_shapes_en.py): "X City Council", "X City Hall", "Mayor of X", "X Mayor <Name>", "X, <AP state>", "the <state>
city of X", "<city> Municipality", each in two phrasings; a town so named stands for itself later in the story.
Texts of our own; negatives: a surname after "Mayor", a name after a first name, a body named "City of ...", a town
no row holds."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def places(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(e.name, e.kind, e.country) for e in find_entities(sentence)]


def records(text: str, kind: str, day: date = date(2024, 5, 17)) -> list[dict]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2024, 5, 17))
    return [m.fields for m in extract_mentions(art) if m.record_type == kind]


@pytest.mark.parametrize("sentence, town, state", [
    ("The Ithaca City Council voted on Monday to adopt the plan.", "Ithaca", "US"),
    ("Members of the Morgantown City Council approved the budget.", "Morgantown", "US"),
    ("The memorandum was signed at Annapolis City Hall.", "Annapolis", "US"),
    ("A ceremony at Ithaca City Hall marked the occasion.", "Ithaca", "US"),
    ("Mayor of Morgantown Jenny Selin welcomed the delegation.", "Morgantown", "US"),
    ("The Mayor of Annapolis said the plan was overdue.", "Annapolis", "US"),
    ("Ithaca Mayor Svante Myrick signed the pledge.", "Ithaca", "US"),
    ("Former Annapolis Mayor Gavin Buckley opened the session.", "Annapolis", "US"),
    ("Ithaca, N.Y., adopted a plan on Monday.", "Ithaca", "US"),
    ("Officials from Morgantown, W.Va., travelled to Hebei.", "Morgantown", "US"),
    ("The New York city of Ithaca adopted a plan.", "Ithaca", "US"),
    ("Leaders of the Maryland town of Annapolis adopted a plan.", "Annapolis", "US"),
])
def test_a_town_named_by_its_shape_is_a_city(sentence, town, state):
    assert (town, "city", state) in places(sentence)


@pytest.mark.parametrize("sentence, city", [
    ("California signed a memorandum with Beijing Municipality on Tuesday.", "Beijing"),
    ("Tianjin Municipality and Hamburg signed a port agreement.", "Tianjin"),
])
def test_a_municipality_is_its_city(sentence, city):
    assert (city, "city", "CN") in places(sentence)


@pytest.mark.parametrize("sentence, absent", [
    ("Mayor Jackson Pike said the budget was tight.", "Jackson Pike"),  # a surname after "Mayor"
    ("Mayor Pete Carson of the Council said the budget was tight.", "Carson"),
    ("Frederick Douglass spoke of freedom.", "Frederick Douglass"),
    ("The City of London Corporation signed the charter.", "London"),  # a body's own name
    ("The Montpelier City Council voted on Monday.", "Montpelier"),  # no row holds Montpelier: left as a council
    ("Ithaca pledged to cut emissions.", "Ithaca"),  # no shape: a bare word
    ("Annapolis, N.Y., adopted a plan.", "Annapolis"),  # no Annapolis in New York
])
def test_no_town_without_its_shape(sentence, absent):
    assert all(name != absent for name, kind, _ in places(sentence) if kind == "city")


def test_a_town_named_by_a_shape_stands_for_itself_later_in_the_story():
    text = ("The Ithaca City Council adopted a climate plan on Monday.\n"
            "Ithaca pledged to cut community emissions 60 percent by 2035 from 2010 levels.")
    found = records(text, "commitment")
    assert any(c["actor"] == "Ithaca" and c["target_year"] == 2035 and c["base_year"] == 2010 for c in found)


def test_the_city_after_a_town_named_by_its_mayor():
    text = ("Morgantown, W.Va., adopted a climate plan on Monday.\n"
            "The city aims to cut greenhouse gas emissions 50% below 2018 levels by 2035, the mayor said.")
    found = records(text, "commitment")
    assert any(c["actor"] == "Morgantown" and c["target_year"] == 2035 for c in found)


def test_a_bare_town_without_a_shape_in_the_story_is_no_actor():
    assert not records("Ithaca pledged to cut community emissions 60 percent by 2035 from 2010 levels.", "commitment")


def test_a_municipality_signs():
    found = records("Oregon signed a memorandum of understanding with Chongqing Municipality on May 3, 2024.",
                    "agreement")
    assert found and set(found[0]["parties"]) == {"Oregon", "Chongqing"}


def test_each_counterpart_of_a_with_chain_keeps_its_own_signing_city():
    found = records("During the visit, Oregon signed memorandums of understanding with Tianjin Municipality in "
                    "Tianjin, with Fujian Province in Fuzhou, and with Chongqing Municipality on the last day.",
                    "agreement")
    cities = {tuple(sorted(a["parties"])): a["city"] for a in found}
    assert cities.get(("Oregon", "Tianjin")) == "Tianjin"
    assert cities.get(("Fujian Province", "Oregon")) == "Fuzhou"
    assert cities.get(("Chongqing", "Oregon")) is None


@pytest.mark.parametrize("text, city", [
    ("On May 3, Mayor Sato Ken of Tabuse City and the Mayor of Yantai concluded an agreement on hydrogen at "
     "Tabuse City Hall.", "Tabuse"),
    ("On May 3, Mayor Kim of Gimje City and the Mayor of Weihai signed a memorandum of understanding at Gimje City "
     "Hall.", "Gimje"),
])
def test_the_hall_of_a_city_the_sentence_names_by_its_mayor_is_where_it_was_signed(text, city):
    """(towns no row holds: the sentence's own "Mayor ... of X City" says X is a city)"""
    found = records(text, "agreement")
    assert found and found[0]["city"] == city


def test_a_hall_of_a_name_no_mayor_makes_a_city_is_no_signing_city():
    found = records("On May 3, Tabuse Steel and Yantai Port signed a memorandum of understanding at Tabuse City Hall.",
                    "agreement")
    assert all(a["city"] is None for a in found)
