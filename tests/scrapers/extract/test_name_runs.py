"""Where a run of capitalised words holding "and" is one name or two (scrapers/extract/name_runs.org_run_end): a
utility's name joins its two services; texts written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from story_records import records


def _parties(text: str) -> list[list[str]]:
    return [r["parties"] for r in records(text, "agreement", date(2024, 6, 12))]


@pytest.mark.parametrize("text,want", [
    ("Pacific Gas and Electric Company and State Grid signed a memorandum on grid resilience on June 2, 2024.",
     ["Pacific Gas and Electric Company", "State Grid Corporation of China"]),
    ("Baltimore Gas and Electric signed a memorandum on grid resilience with Shenzhen Energy on June 2, 2024.",
     ["Baltimore Gas and Electric", "Shenzhen Energy Group"]),
    ("Florida Power and Light and China Southern Power Grid signed a memorandum on grid resilience on June 2, 2024.",
     ["Florida Power and Light", "China Southern Power Grid"]),
])
def test_a_utilitys_two_services_are_one_name(text, want):
    assert _parties(text) == [want]


@pytest.mark.parametrize("text,want", [
    ("Duke Energy and Electric Power Research Institute signed a memorandum on grid resilience on June 2, 2024.",
     ["Duke Energy", "Electric Power Research Institute"]),
    ("Shanghai Electric and Jiangsu Power signed a memorandum on offshore wind on June 2, 2024.",
     ["Shanghai Electric", "Jiangsu Power"]),
])
def test_two_firms_joined_by_and_stay_two(text, want):
    assert _parties(text) == [want]
