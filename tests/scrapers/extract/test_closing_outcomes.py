"""An outcome issued at the close of talks or a meeting held over days told in the same sentence is dated the last
day (scrapers/extract/closing_outcomes.py); one issued on a day of its own keeps it."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def signed(text: str) -> list[date | None]:
    ms = extract_mentions(Article(url="https://en.example/c", source="en", title=None, published_on=date(2023, 10, 20),
                                  language="en", text=text, fetched_at=datetime(2024, 1, 1)))
    return [m.fields["signed_on"] for m in ms if m.record_type == "agreement"]


def test_issued_at_the_close_of_a_span_of_days_is_the_last_day():
    assert signed("The environment ministers of Peru and Portugal held talks in Lima from October 17 to 19, and the "
                  "two countries released a joint statement on ocean and climate cooperation at the close of the "
                  "talks.") == [date(2023, 10, 19)]
    assert signed("Ministers from Norway, Peru and Portugal issued the Lima Declaration on Blue Carbon at the end of "
                  "the Pacific Ocean Climate Ministerial, held in Lima, Peru, from October 16 to 18.") == \
        [date(2023, 10, 18)]


def test_a_day_of_its_own_is_kept():
    assert signed("Peru and Portugal signed a memorandum of understanding on green hydrogen on October 17 in Lima, "
                  "during talks that ran from October 16 to 19.") == [date(2023, 10, 17)]
    assert signed("Peru and Portugal released a joint statement on ocean and climate cooperation on October 18 at "
                  "the close of talks in Lima.") == [date(2023, 10, 18)]
