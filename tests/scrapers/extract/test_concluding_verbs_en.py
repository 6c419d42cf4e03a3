"""Verbs that conclude an instrument ("finalized a climate pact", "clinched an accord"; not "finalized the text of an
agreement"), a partnership formalised "with the signing of" a memorandum, and Canada's provincial utilities by name."""
from __future__ import annotations

from datetime import date

import pytest

from tests.scrapers.extract.story_records import records

DAY = date(2023, 9, 20)


@pytest.mark.parametrize("text, kind, parties", [
    ("On Monday, the State of Hawaii and Hainan Province finalized a sister-state climate pact.", "agreement",
     {"Hawaii", "Hainan Province"}),
    ("Oregon and Fujian clinched a clean energy accord on Monday.", "agreement", {"Oregon", "Fujian Province"}),
    ("Victoria and Jiangsu formalised a clean energy partnership on Monday with the signing of a memorandum of "
     "understanding.", "mou", {"Victoria", "Jiangsu Province"}),
    ("Hydro-Québec and China Southern Power Grid entered into a memorandum of understanding on grid storage on "
     "Monday.", "mou", {"Hydro-Québec", "China Southern Power Grid"}),
    ("魁北克水电公司与中国南方电网签署了储能合作备忘录。", "mou", {"Hydro-Québec", "China Southern Power Grid"}),
])
def test_concluded(text, kind, parties):
    assert [(a["agreement_type"], set(a["parties"])) for a in records(text, "agreement", DAY)] == [(kind, parties)]


@pytest.mark.parametrize("text", [
    "Hawaii and Hainan Province finalized the text of an agreement on climate cooperation, to be signed next month.",
    "Negotiators from Hawaii and Hainan Province finalized the terms of an agreement on climate cooperation on Monday.",
])
def test_not_concluded(text):
    assert records(text, "agreement", DAY) == []
