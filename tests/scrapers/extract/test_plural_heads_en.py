"""Places under one plural body word stand for their bodies, not for the places (plural_heads_en)."""
from __future__ import annotations

import pytest

from story_records import records


@pytest.mark.parametrize("subject", ["The ports of Shanghai and Los Angeles", "The Shanghai and Los Angeles ports",
                                     "The Port of Shanghai and the Port of Los Angeles"])
def test_each_city_stands_for_its_port(subject):
    recs = records(f"{subject} signed a memorandum of understanding on a green shipping corridor on June 2, 2023.",
                   "agreement")
    assert [sorted(r["parties"]) for r in recs] == [["Port of Los Angeles", "Port of Shanghai"]]


@pytest.mark.parametrize("subject", ["The universities of Tokyo and Beijing", "The port authorities of Rotterdam and "
                                     "Singapore", "The Busan and Qingdao airports"])
def test_bodies_whose_names_are_not_given_are_left_out_not_put_as_cities(subject):
    recs = records(f"{subject} signed a memorandum of understanding on climate research on June 2, 2023.", "agreement")
    assert recs == []


@pytest.mark.parametrize("text, parties", [
    ("Shanghai and Los Angeles signed a memorandum on green shipping between their ports on June 2, 2023.",
     ["Los Angeles", "Shanghai"]),
    ("The cities of Shanghai and Los Angeles signed a memorandum of understanding on June 2, 2023 on clean energy.",
     ["Los Angeles", "Shanghai"]),
])
def test_places_not_under_a_body_word_stay(text, parties):
    assert [sorted(r["parties"]) for r in records(text, "agreement")] == [parties]
