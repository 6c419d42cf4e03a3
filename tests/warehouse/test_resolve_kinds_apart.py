"""A page tells an MOU and, the same day, a separate generic "agreement" of the same two sides (kept apart by the
hint `further`): a report of the MOU from another page, dated or not, in English or Chinese, joins the MOU and never
the separate agreement (warehouse/kinds_apart.py). Fresh names throughout."""
from __future__ import annotations

from datetime import date

import pytest

from test_resolve_dated import agreement, agreements

DAY = date(2025, 10, 9)
SIDES = ["Nanning", "Wyoming"]


def page() -> list:
    mou = agreement("http://a/1", SIDES, DAY, "mou")
    other = agreement("http://a/1", SIDES, DAY, "agreement")
    other.quote = "The same day, the two sides signed a separate cooperation agreement on grassland."
    other.hints["further"] = True
    return [mou, other]


@pytest.mark.parametrize("day", [DAY, None])
def test_an_mou_told_elsewhere_joins_the_pages_mou(day):
    report = agreement("http://b/2", SIDES, day, "mou")
    report.hints["page_date"] = "2025-10-12"
    rows = agreements([*page(), report])
    assert sorted((r.fields["agreement_type"], sorted(r.source_urls)) for r in rows) == [
        ("agreement", ["http://a/1"]), ("mou", ["http://a/1", "http://b/2"])]


def test_a_generic_report_elsewhere_still_joins_one_of_them_or_none():
    report = agreement("http://b/2", ["Liuzhou", "Tulsa"], DAY, "mou")  # other sides: not touched
    rows = agreements([*page(), report])
    assert len(rows) == 3
