"""A government body named by the portfolios it holds is one party: its commas list portfolios, not parties."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pactwatch.models import Article
from scrapers.extract import extract_mentions
from scrapers.extract.entities import find_entities


def parties(text: str) -> list[list[str]]:
    art = Article("http://127.0.0.1/a", "test", None, date(2019, 5, 9), "en", text + "\n\nMore text.",
                  datetime(2024, 5, 18))
    return [m.fields["parties"] for m in extract_mentions(art) if m.record_type == "agreement"]


@pytest.mark.parametrize("text, expected", [
    # a ministry's wire wording, with its country's possessive
    ("Denmark's Ministry of Climate, Energy and Utilities signed a memorandum of understanding with China's National "
     "Energy Administration.",
     [["Denmark's Ministry of Climate, Energy and Utilities", "National Energy Administration"]]),
    # a provincial release's wording, the body followed by a second party after "and the"
    ("The Ministry of Environment, Conservation and Parks and the Jiangsu Department of Ecology and Environment signed "
     "the memorandum.", [["Ministry of Environment, Conservation and Parks",
                          "Jiangsu Department of Ecology and Environment"]]),
    # a portfolio that is also a town's name ("Forest"), and the list's own "and" before the next party's
    ("India's Ministry of Environment, Forest and Climate Change and the Ministry of Ecology and Environment signed a "
     "memorandum on climate cooperation.",
     [["India's Ministry of Environment, Forest and Climate Change", "Ministry of Ecology and Environment"]]),
    # a known short name ("Department of Energy") inside the longer one, and the place the body belongs to
    ("The Department of Energy, Environment and Climate Action of Victoria signed a memorandum with Jiangsu Province.",
     [["Department of Energy, Environment and Climate Action of Victoria", "Jiangsu Province"]]),
])
def test_a_body_named_by_its_portfolios_is_one_party(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("sentence, names", [
    ("The Ministry of Energy, Shanghai Electric and China Datang signed the agreement.",
     ["Ministry of Energy", "Shanghai Electric", "China Datang Corporation"]),
    ("The Ministry of Energy, Beijing and Shanghai signed the agreement.", ["Ministry of Energy", "Beijing", "Shanghai"]),
])
def test_a_list_of_parties_after_a_ministry_stays_a_list(sentence, names):
    assert [e.name for e in find_entities(sentence)] == names
