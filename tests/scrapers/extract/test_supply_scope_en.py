"""A renewable share of a supply whose scope stands between the share and its year ("100% renewable electricity
community-wide by 2030", "... for municipal operations by 2025"): scrapers/extract/pledges_en.SUPPLY_SCOPE."""
from __future__ import annotations

import pytest

from story_records import records


def _shares(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"], r.get("share_pct"))
            for r in records(text, "commitment")]


@pytest.mark.parametrize("text,want", [
    ("Denver aims for 100% renewable electricity community-wide by 2030, Mayor Michael Hancock announced Monday.",
     ("Denver", "renewable_share", 2030, 100.0)),
    ("Madison is aiming for 100 percent renewable energy citywide by 2030, the council said.",
     ("Madison", "renewable_share", 2030, 100.0)),
    ("Boulder will source 100 percent renewable electricity for municipal operations by 2025.",
     ("Boulder", "renewable_share", 2025, 100.0)),
    ("Hawaii committed to 100 percent renewable power across the state by 2045.",
     ("Hawaii", "renewable_share", 2045, 100.0)),
])
def test_scoped_share(text, want):
    assert _shares(text) == [want]


@pytest.mark.parametrize("text", [
    # a share reached, not pledged
    "Denver got 40% of its electricity community-wide from renewable sources in 2023.",
    # a scope word with no share before it
    "Denver will expand renewable electricity citywide by 2030 through rooftop solar.",
])
def test_no_share(text):
    assert _shares(text) == []
