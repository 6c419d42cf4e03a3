"""A signing on "the final day" or "the second day" of a gathering whose span of days the same sentence tells takes
that day, not the span's first (scrapers/extract/day_references.day_of_span)."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _days(text: str) -> list[str]:
    return [str(r["signed_on"]) for r in records(text, "agreement", date(2024, 4, 20))]


@pytest.mark.parametrize("text,want", [
    ("Seattle and Chongqing signed a memorandum of understanding on green buildings on the final day of the forum, "
     "which ran from April 8 to 10.", ["2024-04-10"]),
    ("On the last day of the summit, held April 8-10 in Chengdu, Denver and Chengdu signed a clean air agreement.",
     ["2024-04-10"]),
    ("Seattle and Chongqing signed a memorandum on green buildings on the second day of the forum, held April 8-10.",
     ["2024-04-09"]),
    # no day named: the span's first, as before
    ("Seattle and Chongqing signed a memorandum on green buildings at the forum, held April 8-10.", ["2024-04-08"]),
    # one day told: that day
    ("Seattle and Chongqing signed a memorandum on green buildings on April 9, the final day of the forum.",
     ["2024-04-09"]),
])
def test_day_of_span(text, want):
    assert _days(text) == want
