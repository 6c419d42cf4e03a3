"""A pledged cut restated by its ceiling alone ("up to 95%", 最多减少70%) beside the range another report gives is one
pledge kept with its range (warehouse/pledge_bounds.py; issue 17: no duplicate); a plain figure equal to the range's
top, or a ceiling under another base year, stays another pledge."""
from __future__ import annotations

from pactwatch.models import Mention
from warehouse.resolve import resolve


def pledge(url: str, quote: str, lo: float | None, hi: float | None, base: int | None = 2005, actor: str = "Denver",
           year: int = 2040) -> Mention:
    return Mention("commitment", url, quote, {
        "actor": actor, "commitment_type": "emissions_reduction", "target_year": year, "base_year": base,
        "reduction_pct_min": lo, "reduction_pct_max": hi, "per_capita_t": None, "share_pct": None},
        {"page_date": None, "language": "en", "event_keys": [], "article_event_keys": []})


def rows(ms: list[Mention]):
    return sorted((r.fields["reduction_pct_min"], r.fields["reduction_pct_max"], len(r.evidence))
                  for r in resolve(ms, {}) if r.record_type == "commitment")


def test_a_ceiling_restated_alone_joins_the_range_and_keeps_it():
    assert rows([pledge("https://a.example/1", "Denver aims to cut emissions 65-90% below 2005 levels by 2040.", 65, 90),
                 pledge("https://b.example/2", "The city has vowed to cut emissions by as much as 90 percent by 2040, "
                        "against 2005.", 90, 90)]) == [(65, 90, 2)]
    assert rows([pledge("https://b.example/2", "到2040年，全市碳排放比2005年最多减少70%。", 70, 70, actor="Kunming"),
                 pledge("https://a.example/1", "Kunming pledged a 50 to 70 percent cut from 2005 by 2040.", 50, 70,
                        actor="Kunming")]) == [(50, 70, 2)]


def test_a_plain_top_figure_or_another_base_year_stays_apart():
    assert rows([pledge("https://a.example/1", "Denver aims to cut emissions 65-90% below 2005 levels by 2040.", 65, 90),
                 pledge("https://b.example/2", "Denver will cut emissions 90% below 2005 levels by 2040.", 90, 90)]) \
        == [(65, 90, 1), (90, 90, 1)]
    assert rows([pledge("https://a.example/1", "Tulsa aims to cut emissions 65-90% below 2005 levels by 2040.", 65, 90,
                        actor="Tulsa"),
                 pledge("https://b.example/2", "Tulsa vowed cuts of up to 90% from 2010 levels by 2040.", 90, 90,
                        base=2010, actor="Tulsa")]) == [(65, 90, 1), (90, 90, 1)]
