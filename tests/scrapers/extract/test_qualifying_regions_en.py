"""A province, state or country right before "city of" / "port city of" only says where the city named after it lies
("the Sichuan city of Yibin"): the city is the actor (sentences of our own)."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities


@pytest.mark.parametrize("sentence,names", [
    ("Eugene and the Sichuan city of Yibin signed a sister-city agreement.", ["Eugene", "Yibin"]),
    ("Officials from Tacoma and the Zhejiang port city of Ningbo met on Monday.", ["Tacoma", "Ningbo"]),
    ("Fresno and the California city of Oakland joined the pact.", ["Fresno", "Oakland"]),
])
def test_the_region_before_city_of_is_no_actor(sentence, names):
    assert [e.name for e in find_entities(sentence)] == names


def test_a_region_named_on_its_own_stays():
    assert [e.name for e in find_entities("Sichuan and the city of Yibin signed an agreement.")] == \
        ["Sichuan Province", "Yibin"]
