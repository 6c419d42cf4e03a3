"""An acronym defined after a body named by its portfolios ("… Disaster Management and Meteorology (MECDM)") names that
body, so a headline using it restates the body's signing (scrapers/extract/portfolio_acronyms_en.py)."""
from __future__ import annotations

from scrapers.extract.story_context import local_acronyms


def test_an_acronym_after_a_portfolio_body_names_the_body():
    got = local_acronyms("The Ministry of Environment, Forestry and Climate Change (MEFCC) and the embassy signed.")
    assert got.get("MEFCC") == "Ministry of Environment, Forestry and Climate Change"
    got = local_acronyms("Officials of the Department of Energy, Mines and Petroleum (DEMP) met the delegation.")
    assert got.get("DEMP") == "Department of Energy, Mines and Petroleum"


def test_an_acronym_whose_letters_the_name_lacks_names_nothing():
    got = local_acronyms("The Ministry of Environment, Forestry and Climate Change (XYZ) and the embassy signed.")
    assert "XYZ" not in got
