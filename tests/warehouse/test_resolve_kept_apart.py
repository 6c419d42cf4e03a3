"""Two instruments one page tells apart ("Separately, A and B signed a letter of intent": the reader's hint
`further`) stay two rows even where a third report, on another page, could join each of them: that page recalls
the places' agreement, which reads as either. Union-find keeps them apart whatever the order of the joins."""
from __future__ import annotations

from datetime import date

from pactwatch.models import Mention
from warehouse.resolve import resolve
from warehouse.resolve_common import UnionFind


def agreement(url: str, quote: str, parties: list[str], signed_on: date | None = None, precision: str | None = None,
              further: bool = False, page: str = "2018-10-05") -> Mention:
    hints = {"page_date": page, "language": "en", "event_keys": [], "article_event_keys": []}
    if further:
        hints["further"] = True
    return Mention("agreement", url, quote, {
        "agreement_type": "mou", "title": None, "signed_on": signed_on,
        "signed_on_precision": precision or ("day" if signed_on else None), "city": None, "country": None,
        "parties": parties, "topics": []}, hints)


def test_kept_apart_members_never_join_whatever_bridges_them():
    uf = UnionFind(4)
    uf.keep_apart(0, 1)
    assert uf.union(0, 2) and not uf.union(2, 1) and not uf.union(1, 0)
    assert uf.union(1, 3) and uf.find(3) != uf.find(0)
    assert sorted(map(sorted, uf.groups())) == [[0, 2], [1, 3]]


def test_a_further_instrument_of_one_page_is_not_joined_through_another_pages_recall():
    page = "https://newsroom.example/2018/09/sister-state"
    rows = [r for r in resolve([
        agreement(page, "Massachusetts and Liaoning signed a sister-state agreement on Friday.",
                  ["Massachusetts", "Liaoning Province"], date(2018, 9, 28)),
        agreement(page, "Separately, the Massachusetts Department of Energy Resources and the Liaoning Provincial "
                  "Development and Reform Commission signed a letter of intent.",
                  ["Massachusetts Department of Energy Resources",
                   "Liaoning Provincial Development and Reform Commission"], further=True),
        agreement("https://univ.example/2018/10/visit", "... the sister-state agreement that Massachusetts and "
                  "Liaoning signed last September.", ["Massachusetts", "Liaoning Province"], date(2018, 9, 1),
                  "month", page="2019-04-02"),
    ], {}) if r.record_type == "agreement"]
    assert sorted(sorted(r.fields["parties"]) for r in rows) == [
        ["Liaoning Province", "Massachusetts"],
        ["Liaoning Provincial Development and Reform Commission", "Massachusetts Department of Energy Resources"]]
