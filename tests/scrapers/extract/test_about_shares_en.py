"""A renewable or non-fossil share to be raised to a figure told as near ("to around 20 percent", "to about 23
percent"): pledges_en.RAISE_SHARE with ABOUT. Texts of our own."""
from __future__ import annotations

from datetime import date

from story_records import records


def shares(text: str) -> list[tuple]:
    return [(r["actor"], r["commitment_type"], r["target_year"], r.get("share_pct"))
            for r in records(text, "commitment", date(2016, 3, 1))]


def test_a_share_raised_to_about_a_figure():
    assert ("Mongolia", "renewable_share", 2030, 30.0) in shares(
        "Mongolia intends to cap coal use by 2025 and to increase the share of renewable energy in its power "
        "generation to around 30 percent by 2030.")
    assert ("Indonesia", "renewable_share", 2025, 23.0) in shares(
        "Indonesia plans to raise the proportion of non-fossil fuels in its energy mix to about 23 percent by 2025.")


def test_a_share_raised_in_the_past_is_no_pledge():
    assert shares("The province raised the share of non-fossil energy in its energy consumption to about 18 percent "
                  "in 2022.") == []
    assert shares("Last year the share of renewable energy in power generation rose to around 12 percent.") == []
