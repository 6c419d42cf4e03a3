"""One pledge restated with its lower figure alone ("at least 50 percent", 减少50%) beside the range ("50 to 52
percent", 下降50%-52%) is one row with the range (issue 17: no duplicate); another lower figure is another pledge."""
from __future__ import annotations

from pactwatch.models import Mention
from warehouse.resolve import resolve


def pledge(url: str, actor: str, lo: float | None, hi: float | None, base: int | None = 2005,
           year: int = 2030) -> Mention:
    return Mention("commitment", url, f"{actor} pledged to cut emissions ({url}).", {
        "actor": actor, "commitment_type": "emissions_reduction", "target_year": year, "base_year": base,
        "reduction_pct_min": lo, "reduction_pct_max": hi, "per_capita_t": None, "share_pct": None},
        {"page_date": None, "language": "en", "event_keys": [], "article_event_keys": []})


def rows(ms: list[Mention]):
    return sorted(((r.fields["reduction_pct_min"], r.fields["reduction_pct_max"], len(r.evidence))
                   for r in resolve(ms, {}) if r.record_type == "commitment"))


def test_a_lower_figure_alone_and_the_range_are_one_pledge_with_the_range():
    assert rows([pledge("https://a.example/1", "Canada", 40, 45), pledge("https://b.example/2", "Canada", 40, 40),
                 pledge("https://c.example/3", "Canada", 40, 40)]) == [(40, 45, 3)]
    assert rows([pledge("https://a.example/1", "Japan", 46, 46, 2013),
                 pledge("https://b.example/2", "Japan", 46, 50, 2013)]) == [(46, 50, 2)]


def test_another_lower_figure_or_base_year_is_another_pledge():
    assert rows([pledge("https://a.example/1", "China", 60, 65), pledge("https://b.example/2", "China", 65, 65)]) == \
        [(60, 65, 1), (65, 65, 1)]
    assert rows([pledge("https://a.example/1", "Japan", 46, 50, 2013),
                 pledge("https://b.example/2", "Japan", 46, 46, 2005)]) == [(46, 46, 1), (46, 50, 1)]
    assert rows([pledge("https://a.example/1", "Canada", 40, 45), pledge("https://b.example/2", "Canada", 40, 48)]) == \
        [(40, 45, 1), (40, 48, 1)]
