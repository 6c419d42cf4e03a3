"""A short company name the alias file writes in title case ("Sony", "Tesla", "Enel") is read in that case: "Sony
plans to reach net zero ..." is Sony's pledge. An abbreviation still needs its own case ("CAR", not "Car"), and a short
name written after a first name or a title is a person's surname ("Gerald Ford", "Mr. Ford")."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.orgs import aliases


def mentions(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2023, 10, 26), "en", text, datetime(2023, 10, 27))
    return [(m.record_type, m.fields.get("actor") or m.fields.get("parties")) for m in extract_mentions(art)]


@pytest.mark.parametrize("text,actor", [
    ("Sony plans to reach net zero emissions across its operations by 2040.", "Sony Group"),
    ("Tesla pledged to reach net zero emissions by 2040.", "Tesla"),
])
def test_a_short_name_written_as_the_file_writes_it_is_read(text, actor):
    assert mentions(text) == [("commitment", actor)]


def test_an_abbreviation_in_title_case_is_no_match():
    book = aliases()
    assert book.find_en("Sony") is not None
    assert all(book.find_en(k.title()) is None for k in ("CARB", "NRDC") if book.find_en(k))


@pytest.mark.parametrize("text", [
    "Gerald Ford signed the memorandum with Jiangsu Province on clean energy in 1975.",
    "Mr. Ford signed the memorandum with Jiangsu Province on clean energy.",
])
def test_a_short_name_after_a_first_name_or_title_is_a_surname(text):
    assert mentions(text) == []


def test_a_past_cut_in_a_relative_clause_is_a_result_not_the_subjects_pledge():
    assert mentions("Ford Motor Company has plants in Jalisco, which cut emissions 35 percent below 2015 levels by "
                    "2020.") == []
