"""Entities: canonical English names for English and Chinese mentions of organisations and places."""
from __future__ import annotations

import pytest

from scrapers.extract.story_context import local_acronyms
from scrapers.extract.entities import find_entities


def named(sentence: str, local: dict[str, str] | None = None) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in find_entities(sentence, local)]


def test_spans_point_at_the_surface_and_do_not_overlap():
    s = "江苏省发展和改革委员会与加州能源委员会签署了合作备忘录。The City of Wuhan and the Port of Los Angeles met."
    ents = find_entities(s)
    assert ents, "expected entities"
    for e in ents:
        assert s[e.start:e.end] == e.surface
    for a, b in zip(ents, ents[1:]):
        assert a.end <= b.start


# --- Chinese organisations and governments ---------------------------------------------------------------------

def test_zh_provincial_commission_rendered_in_english():
    assert named("江苏省发展和改革委员会与加州能源委员会签署了合作备忘录。") == [
        ("Jiangsu Provincial Development and Reform Commission", "org"),
        ("California Energy Commission", "org"),
    ]


def test_zh_university_is_an_organisation_not_the_city():
    ents = named("武汉大学的研究人员参加了会议。")
    assert ents == [("Wuhan University", "org")]
    assert ("Wuhan", "city") not in ents


def test_zh_city_government_stands_for_the_city():
    ents = find_entities("武汉市政府与能源基金会签署协议。")
    assert [(e.name, e.kind, e.country) for e in ents] == [
        ("Wuhan", "city", "CN"), ("Energy Foundation China", "org", None)]
    assert ents[0].surface == "武汉市政府"


def test_zh_foreign_city_government_with_country_prefix():
    ents = find_entities("美国洛杉矶市政府")
    assert [(e.name, e.kind, e.country) for e in ents] == [("Los Angeles", "city", "US")]


def test_zh_foundation_named_after_a_city_is_one_organisation():
    assert named("深圳市低碳发展基金会") == [("Shenzhen Low-Carbon Development Foundation", "org")]


def test_zh_company_alias_after_a_country_word():
    assert named("中国汽车制造企业比亚迪") == [("China", "country"), ("BYD", "org")]


# --- English organisations, places and people ------------------------------------------------------------------

def test_port_of_a_city_is_an_organisation():
    assert named("The Port of Los Angeles and the Port of Shanghai signed an agreement.") == [
        ("Port of Los Angeles", "org"), ("Port of Shanghai", "org")]


def test_person_named_gary_is_not_the_city_gary():
    ents = named("(From left to right) Gary Gero (President, Climate Action Reserve), Amy Holm (Director of Programs "
                 "and Operations, The Climate Registry), shake hands.")
    assert ("Gary", "city") not in ents
    assert ("Climate Action Reserve", "org") in ents
    assert ("The Climate Registry", "org") in ents


def test_gary_alone_before_a_state_is_the_city():
    assert named("Gary, Indiana is a city.") == [("Gary", "city"), ("Indiana", "state")]


def test_person_before_of_the_organisation_is_not_part_of_it():
    assert ("Climate Action Reserve", "org") in named("Gary Gero of the Climate Action Reserve spoke.")


def test_new_york_is_not_york():
    ents = find_entities("New York City and Beijing signed an MOU.")
    assert [(e.name, e.country) for e in ents][0] in {("New York", "US"), ("New York City", "US")}


def test_government_shapes_resolve_to_places():
    assert named("The City of Wuhan and the State of California") == [("Wuhan", "city"), ("California", "state")]
    ents = find_entities("The City of Seattle and the Shenzhen Municipal Government signed a memorandum.")
    assert [(e.name, e.kind, e.country) for e in ents] == [("Seattle", "city", "US"), ("Shenzhen", "city", "CN")]


def test_city_with_state_and_province_qualifiers_are_all_found():
    # find_entities finds every place; roles.actors later drops the qualifiers (see test_agreements)
    assert named("Los Angeles, California and Zhenjiang, Jiangsu Province") == [
        ("Los Angeles", "city"), ("California", "state"), ("Zhenjiang", "city"), ("Jiangsu Province", "province")]


@pytest.mark.parametrize("surface", [
    "ICLEI", "ICLEI Local Governments for Sustainability", "ICLEI – Local Governments for Sustainability"])
def test_iclei_spellings_share_one_name(surface):
    assert named(surface) == [("ICLEI – Local Governments for Sustainability", "org")]


# --- acronyms --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("surface,name", [
    ("iCET", "Innovation Center for Energy and Transportation"),
    ("TCR", "The Climate Registry"),
    ("BEEC", "China Beijing Environment Exchange"),
    ("CBEEX", "China Beijing Environment Exchange"),
    ("LBNL", "Lawrence Berkeley National Laboratory"),
    ("Berkeley Lab", "Lawrence Berkeley National Laboratory"),
    ("EF China", "Energy Foundation China"),
    ("CARB", "California Air Resources Board"),
])
def test_curated_acronyms_and_short_names(surface, name):
    assert named(f"Officials from {surface} attended.") == [(name, "org")]


def test_acronym_and_its_expansion_give_the_same_name():
    # the bracketed acronym right after the name is that name again: one actor, not two
    ents = named("The Innovation Center for Energy and Transportation (iCET) and CARB met.")
    assert ents == [("Innovation Center for Energy and Transportation", "org"),
                    ("California Air Resources Board", "org")]
    assert named("Officials from iCET attended.") == [("Innovation Center for Energy and Transportation", "org")]


def test_lowercase_word_is_not_an_acronym():
    assert named("We drove a car to the meeting.") == []


def test_article_defined_acronyms():
    text = ("The Natural Resources Defense Council (NRDC) met the Institute for Sustainable Development "
            "Cooperation (ISC).")
    local = local_acronyms(text)
    assert local == {"NRDC": "Natural Resources Defense Council",
                     "ISC": "Institute for Sustainable Development Cooperation"}
    assert named("NRDC and ISC signed a letter.", local) == [
        ("Natural Resources Defense Council", "org"), ("Institute for Sustainable Development Cooperation", "org")]
    # without the article's own definitions an unknown acronym is nothing
    assert named("NRDC and ISC signed a letter.") != named("NRDC and ISC signed a letter.", local)
