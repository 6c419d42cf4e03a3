"""English cuts of carbon intensity told without a base year ("cut its carbon dioxide emissions per unit of GDP by
18 percent by 2025"): an emissions reduction with no base, as the Chinese reader takes 单位GDP二氧化碳排放下降18%. Energy
intensity pledges no emissions; a cut already made is no pledge; a base year, when told, is kept."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2024, 6, 1), "en", text, datetime(2024, 6, 2))
    return [(m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"],
             m.fields["reduction_pct_min"], m.fields["reduction_pct_max"])
            for m in extract_mentions(art) if m.record_type == "commitment"]


@pytest.mark.parametrize("text,want", [
    ("Oregon pledged to cut emissions per unit of economic output by 40 percent by 2030.",
     ("Oregon", "emissions_reduction", 2030, None, 40.0, 40.0)),
    ("Guangxi will lower its carbon intensity by 19.5 percent by 2025, the plan said.",
     ("Guangxi", "emissions_reduction", 2025, None, 19.5, 19.5)),
])
def test_an_intensity_cut_without_its_base_year_is_a_cut_with_no_base(text, want):
    assert pledges(text) == [want]


def test_a_base_year_told_is_kept():
    assert pledges("Shaanxi will cut its carbon dioxide emissions per unit of GDP by 18 percent from 2020 levels by "
                   "2025.") == [("Shaanxi Province", "emissions_reduction", 2025, 2020, 18.0, 18.0)]


@pytest.mark.parametrize("text", [
    "The province will cut energy intensity by 13.5 percent by 2025.",
    "The city has cut its carbon dioxide emissions per unit of GDP by 18 percent since 2015.",
])
def test_energy_intensity_and_cuts_already_made_pledge_nothing(text):
    assert pledges(text) == []
