"""The month May between a signing's subject and its verb is no modal "may" (agreement_words.EN_NOT_DONE): "A and B
on 3 May 2022 signed ..." is a signing done, "A and B may sign ..." is not. Texts of our own."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records

DAY = date(2023, 10, 25)


@pytest.mark.parametrize("text,kind,parties,day", [
    ("Hangzhou and Leipzig on 3 May 2022 signed a memorandum of understanding on electric buses.", "mou",
     ["Hangzhou", "Leipzig"], date(2022, 5, 3)),
    ("The Ford Foundation and the Rockefeller Foundation on 3 May 2022 launched the Clean Cooking Alliance in "
     "Glasgow.", "partnership", ["Ford Foundation", "Rockefeller Foundation"], date(2022, 5, 3)),
])
def test_a_day_in_may_before_the_verb_is_a_day(text, kind, parties, day):
    got = records(text, "agreement", DAY)
    assert [(g["agreement_type"], g["parties"], g["signed_on"]) for g in got] == [(kind, parties, day)]


@pytest.mark.parametrize("text", [
    "Hangzhou and Leipzig may sign a memorandum of understanding on electric buses.",
    "Hangzhou and Leipzig may soon sign a memorandum of understanding on electric buses.",
])
def test_the_modal_may_is_still_no_signing(text):
    assert records(text, "agreement", DAY) == []
