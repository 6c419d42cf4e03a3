"""An instrument whose relative clause tells its own signing and names the signers by "by" (", which was signed
Tuesday by A and B,"): scrapers/extract/instrument_subject_en.relative_signers."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _agreements(text: str) -> list[tuple]:
    return [(r["agreement_type"], sorted(r["parties"]), str(r["signed_on"])) for r in
            records(text, "agreement", date(2024, 5, 1))]


@pytest.mark.parametrize("text,want", [
    ("The memorandum of understanding, which was signed Tuesday by the Port of Seattle and the Port of Shanghai, "
     "commits both to developing a green shipping corridor.",
     ("mou", ["Port of Seattle", "Port of Shanghai"], "2024-04-30")),
    ("The climate agreement, which was formally signed on April 26 by Gothenburg and Chongqing, runs for five years.",
     ("agreement", ["Chongqing", "Gothenburg"], "2024-04-26")),
])
def test_relative_clause_signers(text, want):
    assert _agreements(text) == [want]


@pytest.mark.parametrize("text", [
    # the relative clause names no one who signed
    "The memorandum, which was signed Tuesday by more than twenty cities, sets out shared goals.",
    # a relative clause of something else than the instrument's signing
    "The memorandum, which was drafted by Seattle and Shanghai officials, will be signed next month.",
])
def test_no_relative_signers(text):
    assert _agreements(text) == []
