"""Counterparts of a signer the clause does not name (scrapers/extract/agreements.py): "He also signed agreements with
B and C" tells two instruments, B's and C's with someone unnamed; B and C never signed with each other, so no record
pairs them (a wrong party set is worse than a miss). One instrument "with B and C" keeps B and C among its parties."""
from __future__ import annotations

import pytest
from story_records import records


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement")]


@pytest.mark.parametrize("text", [
    # a governor's trip told by a wire, his surname as the subject
    "Newsom also signed agreements with Guangdong Province and the Beijing municipal government, his office said.",
    # a trade delegation told by a city newsroom
    "The delegation signed memoranda of understanding with the Port of Qingdao and Shanghai.",
    "He also signed MOUs with Jiangsu Province and Hainan Province on clean energy.",
])
def test_counterparts_of_an_unnamed_signer_are_not_paired(text):
    assert not any(len(p) == 2 and set(p) <= {"Guangdong Province", "Beijing", "Port of Qingdao", "Shanghai",
                                               "Jiangsu Province", "Hainan Province"} for p in _parties(text))


def test_a_named_signer_gets_one_instrument_per_counterpart():
    assert sorted(_parties("California also signed agreements with Guangdong Province and the Beijing municipal "
                           "government.")) == [["California", "Beijing"], ["California", "Guangdong Province"]]
