"""A sentence that opens with its month ("In May the port signed ...", "Since March, ...") is dated by it: the
capital of "In" does not make "May" the verb or "March" the noun. Sentences written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.extract.agreements import find_agreements
from scrapers.extract.dates import DateContext, find_dates, settle
from scrapers.extract.entities import find_entities

PAGE = DateContext(date(2024, 9, 24))


@pytest.mark.parametrize("sentence, month", [
    ("In May the Port of Aberdeen Authority signed a similar memorandum with the Baltic Shipping Institute.", 5),
    ("In March, the Riga Energy Agency signed an agreement with the Tallinn Heat Authority on district heating.", 3),
])
def test_a_sentence_opening_with_its_month_is_dated(sentence, month):
    ags = find_agreements(sentence, find_entities(sentence), PAGE)
    assert [(a.signed_on, a.signed_on_precision) for a in ags] == [(date(2024, month, 1), "month")]


@pytest.mark.parametrize("text", ["May the partners keep their word.", "The March towards net zero goes on."])
def test_the_verb_and_the_noun_are_still_no_month(text):
    assert [settle(d, PAGE) for d in find_dates(text)] == []
