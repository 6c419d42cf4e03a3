"""One list of topic words (name_pairs.FIELD_TOPICS, NAME_TOPICS) for both readers of "and" inside a run of
capitalised words: topics joined inside one body's name stay one name, a sector word opening a second firm's name
starts a second party."""
from __future__ import annotations

import pytest

from scrapers.extract.name_pairs import FIELD_TOPICS, NAME_TOPICS, coordinated_pair
from tests.scrapers.extract.story_records import records


@pytest.mark.parametrize("text, parties", [
    ("The Department of Foreign Affairs and Trade and the Guangxi Foreign Affairs Office signed a memorandum of "
     "understanding on climate cooperation on 3 May 2023.",
     {"Department of Foreign Affairs and Trade", "Guangxi Foreign Affairs Office"}),
    ("The Korea Ocean and Fisheries Institute and the Qingdao Marine Science Bureau signed an agreement on blue "
     "carbon cooperation on 3 May 2023.", {"Korea Ocean and Fisheries Institute", "Qingdao Marine Science Bureau"}),
    ("Northwind Energy and Harbor Power Company signed a memorandum on offshore wind on 3 May 2023.",
     {"Northwind Energy", "Harbor Power Company"}),
])
def test_topics_inside_one_name_and_two_names(text, parties):
    agreements = records(text, "agreement")
    assert [set(a["parties"]) for a in agreements] == [parties]


def test_sector_words_split_only_before_and():
    assert "Harbor" in NAME_TOPICS and "Harbor" not in FIELD_TOPICS
    assert FIELD_TOPICS < NAME_TOPICS
    assert coordinated_pair("Oil and Gas Corporation", set()) is None
    assert coordinated_pair("SAIC Motor and General Motors", set()) == len("SAIC Motor")
