"""A signing a later page recalls by its month, its sides named loosely ("the MOU signed with the Ministry of Energy
and Mines in April", a Ghanaian page; "Korea" the other side), joins the report of its day that names them in full
("Ghana's Ministry of Energy and Mines and Korea's Ministry of Environment signed ... on April 9") where the recall's
story names that country; two signings in two months, or two in one month, or another country's ministry, never
fold into one (warehouse/recalled_sides.py). The hints are the extractor's (scrapers/extract/side_homes.py; its
test reads them from texts). Fresh names throughout."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article, Extraction, Mention
from warehouse.db import connect
from warehouse.incremental import links
from warehouse.load import load_into
from warehouse.resolve import resolve

GH_MEM = "Ghana's Ministry of Energy and Mines"
KR_ENV = "Ministry of Environment"  # Korea's, as the alias data might tie it
HOMES = {GH_MEM: ["GH", "Ministry of Energy and Mines"], KR_ENV: ["KR", "Ministry of Environment"]}


def mou(url: str, parties: list[str], day: date, precision: str = "day", page: str = "2025-04-10", hints=None,
        kind: str = "mou", topics=()) -> Mention:
    return Mention("agreement", url, f"{url}: {', '.join(parties)} signed an MOU.", {
        "agreement_type": kind, "title": None, "signed_on": day, "signed_on_precision": precision, "city": None,
        "country": None, "parties": parties, "topics": list(topics)},
        {"page_date": page, "language": "en", "event_keys": [], "article_event_keys": [], **(hints or {})})


def day_report(url="https://gh.example/1", day=date(2025, 4, 9), topics=()) -> Mention:
    return mou(url, [GH_MEM, KR_ENV], day, hints={"side_homes": HOMES}, topics=topics)


def recall(url="https://gh.example/2", month=4, named=("GH", "KR"), other="Korea", page="2025-06-20") -> Mention:
    return mou(url, [other, "Ministry of Energy and Mines"], date(2025, month, 1), "month", page,
               {"side_homes": {other: ["KR" if other == "Korea" else "JP", None]},
                "bare_homes": {"Ministry of Energy and Mines": list(named)}})


def rows(ms: list[Mention]) -> list[tuple]:
    return sorted((str(r.fields["signed_on"]), tuple(r.fields["parties"]), tuple(sorted(u for u, _ in r.evidence)))
                  for r in resolve(ms, {}) if r.record_type == "agreement")


def test_a_month_recall_joins_its_day_and_the_row_keeps_the_full_names():
    assert rows([day_report(), recall()]) == [
        ("2025-04-09", (GH_MEM, KR_ENV), ("https://gh.example/1", "https://gh.example/2"))]
    # the same with the body "of" its country, and the recall before the day's report in the input
    of = mou("https://gh.example/3", ["Ministry of Energy and Mines of Ghana", KR_ENV], date(2025, 4, 9),
             hints={"side_homes": {"Ministry of Energy and Mines of Ghana": ["GH", "Ministry of Energy and Mines"],
                                   KR_ENV: HOMES[KR_ENV]}})
    assert [r[2] for r in rows([recall(), of])] == [("https://gh.example/2", "https://gh.example/3")]


def test_another_month_another_country_or_no_country_named_stays_apart():
    assert len(rows([day_report(), recall(month=6)])) == 2  # "in June": another signing
    assert len(rows([day_report(), recall(named=("KR",))])) == 2  # the story never names Ghana
    assert len(rows([day_report(), recall(other="Japan", named=("GH", "JP"))])) == 2  # Japan's, not Korea's
    # a recall whose page is older than the day's signing cannot tell of it
    assert len(rows([day_report(day=date(2025, 4, 28)), recall(page="2025-04-20")])) == 2


def test_two_signings_of_the_same_sides_stay_two():
    # two months: each recall joins its own
    ms = [day_report("https://gh.example/1", date(2025, 4, 9)), day_report("https://gh.example/4", date(2025, 9, 2)),
          recall("https://gh.example/2", 4), recall("https://gh.example/5", 9, page="2025-10-01")]
    assert [r[2] for r in rows(ms)] == [("https://gh.example/1", "https://gh.example/2"),
                                        ("https://gh.example/4", "https://gh.example/5")]
    # two in one month, nothing telling which the recall means: it joins neither, and never folds them
    ms = [day_report("https://gh.example/1", date(2025, 4, 3)), day_report("https://gh.example/4", date(2025, 4, 24)),
          recall()]
    assert len(rows(ms)) == 3


def test_another_kind_of_instrument_stays_apart():
    joint = mou("https://gh.example/2", ["Korea", "Ministry of Energy and Mines"], date(2025, 4, 1), "month",
                hints=recall().hints, kind="joint_statement")
    assert len(rows([day_report(), joint])) == 2


def test_the_blocking_keys_meet_and_an_incremental_load_joins(tmp_path):
    assert set(links(day_report())) & set(links(recall()))

    def page(m: Mention) -> Extraction:
        art = Article(url=m.url, source="gh.example", title=None, published_on=date.fromisoformat(m.hints["page_date"]),
                      language="en", text=m.quote, fetched_at=datetime(2025, 7, 1))
        return Extraction(art, [m])

    inc, full = connect(tmp_path / "inc.duckdb"), connect(tmp_path / "full.duckdb")
    try:
        for m in (day_report(), recall()):  # the recall loaded after its day: the day's row is re-resolved with it
            load_into(inc, [page(m)], [], "t1")
            load_into(full, [page(m)], [], "t1", full=True)
        got = inc.execute("SELECT agreement_id, parties FROM agreements ORDER BY ALL").fetchall()
        want = full.execute("SELECT agreement_id, parties FROM agreements ORDER BY ALL").fetchall()
    finally:
        inc.close()
        full.close()
    assert len(got) == 1 and got == want
