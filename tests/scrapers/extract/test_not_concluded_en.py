"""Instruments still in the making are no agreement: a text being drafted or talked over, and "a signing" named as
something yet to happen; each shown on two sentences of different shape, beside signings that must still be read."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.agreements import find_agreements
from scrapers.extract.dates import DateContext
from scrapers.extract.entities import find_entities

PAGE = DateContext(date(2024, 5, 17))


def parties(sentence: str) -> list[list[str]]:
    return [sorted(a.parties) for a in find_agreements(sentence, find_entities(sentence), PAGE)]


@pytest.mark.parametrize("sentence", [
    "Seattle and Chongqing are drafting a memorandum on clean freight, and no date has been set for a signing.",
    "Oregon and Fujian are negotiating a cooperation agreement on offshore wind.",
    "Officials from Denver and Tianjin said they were in talks on a sister-port agreement.",
    "Boston and Hangzhou expect the text to be ready for a signing next spring, when the memorandum is finished.",
])
def test_instrument_in_the_making_is_no_agreement(sentence):
    assert parties(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    ("At the signing ceremony, Seattle and Chongqing signed a memorandum on clean freight.",
     [["Chongqing", "Seattle"]]),
    ("The signing of a cooperation agreement between Oregon and Fujian took place on Monday.",
     [["Fujian Province", "Oregon"]]),
])
def test_signings_still_read(sentence, expected):
    assert parties(sentence) == expected
