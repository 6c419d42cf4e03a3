"""Resolution of one agreement reported with and without its date (issue 17): one row, unless the undated report
could be either of two dated agreements of the same parties."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.resolve import resolve


def agreement(url: str, parties: list[str], signed_on: date | None = None, kind: str = "mou") -> Mention:
    return Mention("agreement", url, f"{' and '.join(parties)} signed an {kind}.", {
        "agreement_type": kind, "title": None, "signed_on": signed_on,
        "signed_on_precision": "day" if signed_on else None, "city": None, "country": None, "parties": parties,
        "topics": []}, {"page_date": None, "language": "en", "event_keys": [], "article_event_keys": []})


def agreements(ms: list[Mention]):
    return [r for r in resolve(ms, {}) if r.record_type == "agreement"]


def test_dated_and_undated_reports_of_one_agreement_are_one_row():
    rows = agreements([agreement("https://a.example/1", ["Port of Gdansk Authority", "Baltic Shipping Institute"],
                                 date(2024, 5, 17)),
                       agreement("https://b.example/2", ["Port of Gdansk Authority", "Baltic Shipping Institute"])])
    assert len(rows) == 1
    assert rows[0].fields["signed_on"] == date(2024, 5, 17)


def test_undated_report_with_a_wider_party_list_joins_the_dated_one():
    rows = agreements([agreement("https://a.example/1", ["Port of Kiel", "Nordic Ferry Group"], date(2024, 5, 19)),
                       agreement("https://b.example/2",
                                 ["Port of Kiel", "Nordic Ferry Group", "Baltic Ports Organization"])])
    assert len(rows) == 1


def test_undated_report_between_two_dated_instruments_of_the_same_parties_joins_neither():
    rows = agreements([agreement("https://a.example/1", ["Kaohsiung", "ICLEI"], date(2016, 9, 6)),
                       agreement("https://a.example/2", ["Kaohsiung", "ICLEI"], date(2025, 3, 21)),
                       agreement("https://b.example/3", ["Kaohsiung", "ICLEI"])])
    dates = sorted(str(r.fields["signed_on"]) for r in rows)
    assert dates == ["2016-09-06", "2025-03-21", "None"]
