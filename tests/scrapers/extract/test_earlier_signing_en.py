"""A sentence after a signing that dates its instrument's signing on another day tells an earlier signing (the first
memorandum a renewal renews): it lends the renewal neither its day nor its place. One restating the same day does."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def agreements(text: str, day: date) -> list[tuple]:
    art = Article("http://127.0.0.1/a", "test", None, day, "en", text + "\n\nMore text.", datetime(2025, 3, 18))
    return [(m.fields["parties"], m.fields["signed_on"], m.fields["city"])
            for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text, day, expected", [
    ("Wisconsin and China's Jiangxi province on Monday renewed their memorandum of understanding on clean energy "
     "cooperation. The two sides first signed the memorandum in Nanchang on June 3, 2020.", date(2025, 3, 18),
     (["Wisconsin", "Jiangxi Province"], date(2025, 3, 17), None)),
    ("Oregon and Fujian Province on Tuesday renewed their memorandum of understanding on clean energy. The memorandum "
     "was originally signed in Fuzhou on 12 May 2016.", date(2021, 6, 10),
     (["Oregon", "Fujian Province"], date(2021, 6, 8), None)),
])
def test_an_earlier_signing_lends_no_place(text, day, expected):
    assert agreements(text, day)[0] == expected


def test_a_restatement_of_the_same_day_still_gives_its_place():
    got = agreements("Oregon and Fujian Province on Tuesday signed a memorandum of understanding on clean energy. "
                     "The memorandum was signed in Fuzhou on June 8.", date(2021, 6, 10))
    assert got[0] == (["Oregon", "Fujian Province"], date(2021, 6, 8), "Fuzhou")


@pytest.mark.parametrize("text, day, first", [
    ("Minnesota and China's Hebei province on Thursday renewed their memorandum of understanding on wind power. The "
     "two sides first signed the memorandum in Shijiazhuang on April 9, 2019.", date(2024, 8, 30),
     (["Minnesota", "Hebei Province"], date(2019, 4, 9), "Shijiazhuang")),
    ("Oregon and Fujian Province on Tuesday renewed their memorandum of understanding on clean energy. The memorandum "
     "was originally signed in Fuzhou on 12 May 2016.", date(2021, 6, 10),
     (["Oregon", "Fujian Province"], date(2016, 5, 12), "Fuzhou")),
])
def test_the_first_signing_of_a_renewed_instrument_is_a_row_of_its_own(text, day, first):
    """Dated on a day of its own, by "the two sides" or by the instrument alone: the pair's first signing."""
    assert agreements(text, day)[1] == first


@pytest.mark.parametrize("text, day", [
    # only a year: no day to tell the first signing by
    ("Oregon and Fujian Province on Tuesday renewed their memorandum of understanding on clean energy. The memorandum "
     "was first signed in 2016.", date(2021, 6, 10)),
    # a day or two apart: the same signing told loosely
    ("Oregon and Fujian Province on Tuesday signed a memorandum of understanding on clean energy. The memorandum was "
     "signed in Fuzhou on June 7.", date(2021, 6, 10)),
])
def test_no_day_of_its_own_is_no_first_signing(text, day):
    assert len(agreements(text, day)) == 1
