"""Renewable portfolio standards as pledges (scrapers/extract/standards_en.py, hooked into pledges_en.more_pledges and
the pledge gate of commitments.find_commitments): a standard raised to a share by a year, a standard that rises to
shares by two years, a standard "of" a share by a year. Negatives: a standard met, a standard cut with no year, an old
standard reported met. Texts of our own, a press release's and a newspaper's style."""
from __future__ import annotations

from datetime import date

from scrapers.extract.standards_en import standard_shares
from story_records import records


def _shares(text: str) -> list[tuple]:
    return sorted((r["actor"], r["target_year"], r["share_pct"]) for r in records(text, "commitment", date(2024, 3, 1))
                  if r["commitment_type"] == "renewable_share")


def test_a_law_raises_the_states_standard():
    text = ("SALEM - The bill Governor Hale signed today raises Oregon's renewable portfolio standard to 45 percent by "
            "2032. Utilities had asked for more time.")
    assert _shares(text) == [("Oregon", 2032, 45.0)]


def test_the_states_standard_rises_in_two_steps_after_the_state_was_named():
    text = ("Colorado lawmakers passed the energy package on Monday. Under the package, the state's renewable energy "
            "standard rises to 40 percent by 2028 and 55 percent by 2034.")
    assert _shares(text) == [("Colorado", 2028, 40.0), ("Colorado", 2034, 55.0)]


def test_a_standard_of_a_share():
    assert _shares("Nevada now has a renewable portfolio standard of 50 percent by 2030.") == [("Nevada", 2030, 50.0)]


def test_a_standard_met_or_cut_is_no_pledge():
    assert _shares("Minnesota met its renewable energy standard of 25 percent by 2025 two years early.") == []
    assert _shares("In 2019 lawmakers cut the state's renewable portfolio standard to 8.5 percent, Ohio officials "
                   "said.") == []
    assert _shares("Kansas said its old standard, 20 percent by 2020, was met on time.") == []


def test_the_pure_reader():
    assert [f for _, _, f in standard_shares("raise the state's renewable portfolio standard to 15 percent by 2021")] \
        == [{"target_year": 2021, "share_pct": 15.0}]
    assert [f["_actor"] for _, _, f in standard_shares("Iowa's clean energy standard rises to 30% by 2030")] == ["Iowa"]
    assert standard_shares("The standard was met.") == []
