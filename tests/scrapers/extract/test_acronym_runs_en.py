"""A name written as a run of capitals that a known acronym opens ("CMA CGM", not the China Meteorological
Administration's "CMA"): scrapers/extract/acronym_runs_en.py. Texts are our own, not the eighty-first web's."""
from __future__ import annotations

from scrapers.extract.entities import find_entities


def names(s: str) -> list[str]:
    return [e.name for e in find_entities(s)]


def test_a_run_of_capitals_is_one_name_not_the_acronym_it_opens():
    assert names("CMA CGM and Shell signed a fuel supply deal in Rotterdam.")[:2] == ["CMA CGM", "Shell"] or \
        "CMA CGM" in names("CMA CGM and Shell signed a fuel supply deal in Rotterdam.")
    assert "China Meteorological Administration" not in names("CMA CGM, the French line, will buy 20 ships.")
    assert "CMA CGM" in names("A memorandum with CMA CGM was signed on Monday.")


def test_an_acronym_alone_or_before_a_unit_scheme_or_place_stays_the_body():
    assert names("The CMA said rainfall would rise.") == ["China Meteorological Administration"]
    assert names("CMA and NDRC signed a memorandum.") == ["China Meteorological Administration",
                                                         "National Development and Reform Commission"]
    assert names("the EU ETS price rose") == ["European Union"]  # a scheme of the body, no name of its own
    assert names("The UN SDG report was published.") == ["United Nations"]


def test_a_place_led_name_closed_by_its_own_acronym_is_one_body_not_the_place():
    # the Nordic way of writing a municipal company or authority: its place, its words, its acronym, no brackets
    assert names("Tampere Regional Energy Agency TREA signed a heat recovery agreement with Oulu.") == \
        ["Tampere Regional Energy Agency TREA", "Oulu"]
    assert names("An agreement with Espoo Circular Services ECS was signed on Monday.") == ["Espoo Circular Services ECS"]


def test_no_acronym_tail_where_the_capitals_are_no_such_name():
    assert names("Oulu Mayor Anna Korpela signed the memorandum.")[:1] == ["Oulu"]  # no acronym: the city
    assert "Nanjing Time BTV" not in names("Nanjing Time BTV reported the signing.")  # not the place's initial
    assert names("Turku EV charging grew fast.")[:1] == ["Turku"]  # a unit or technology in capitals
