"""A school is a body's head word ("Colorado School of Mines", "the Yale School of the Environment"), and after "and"
a second name with a head of its own is a second party, not a topic of the first name's "of" (sentences of our own)."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities


@pytest.mark.parametrize("sentence,names", [
    ("Colorado School of Mines and Taiyuan University of Technology signed a memorandum on methane.",
     ["Colorado School of Mines", "Taiyuan University of Technology"]),
    ("The Yale School of the Environment and Nanjing Forestry University signed an agreement on forests.",
     ["Yale School of the Environment", "Nanjing Forestry University"]),
])
def test_a_school_and_a_university_are_two_parties(sentence, names):
    assert [e.name for e in find_entities(sentence) if e.kind == "org"] == names


def test_topics_joined_by_and_stay_one_name():
    got = [e.name for e in find_entities("The Center for Science and Technology signed an agreement with Wuhan.")]
    assert got[0] == "Center for Science and Technology"
