"""load_batch: idempotent, one row per fact with all its evidence, untouched rows stay untouched, atomic under
SIGKILL, parameterised against hostile strings; raw pages round-trip for reparse; staging survives a held lock."""
from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from pactwatch.models import Article, Extraction, FetchedPage, Mention, ResolvedRecord
from warehouse.db import connect
from warehouse.load import known_pages, load_batch, read_raw_pages
from warehouse.staging import drain_staging, load_or_stage, staged_batches, staging_dir

ROOT = Path(__file__).resolve().parents[2]
PUBLIC = ("articles", "events", "agreements", "commitments", "evidence")


def one_per_mention(mentions, previous):
    """Trivial resolver: one record per mention, id = mention key."""
    return [ResolvedRecord(m.record_type, previous.get(m.key(), m.key()), dict(m.fields), [(m.url, m.quote)],
                           [m.key()]) for m in mentions]


def by_title(mentions, previous):
    """Trivial merging resolver: mentions with the same type and title/name/actor are one fact."""
    groups: dict[tuple, list[Mention]] = {}
    for m in mentions:
        f = m.fields
        groups.setdefault((m.record_type, f.get("title") or f.get("name") or f.get("actor")), []).append(m)
    out = []
    for (rtype, _), ms in groups.items():
        ids = sorted(previous[m.key()] for m in ms if m.key() in previous)
        out.append(ResolvedRecord(rtype, ids[0] if ids else min(m.key() for m in ms), dict(ms[0].fields),
                                  [(m.url, m.quote) for m in ms], [m.key() for m in ms]))
    return out


def article(url, text="Wuhan and Los Angeles signed an MOU.", published_on=date(2015, 9, 17),
            fetched_at=datetime(2024, 1, 1), language="en", title="MOU signed"):
    return Article(url=url, source="src", title=title, published_on=published_on, language=language, text=text,
                   fetched_at=fetched_at)


def agreement(url, quote="Wuhan and Los Angeles signed an MOU.", title="Wuhan-LA MOU", **extra):
    fields = {"agreement_type": "mou", "title": title, "signed_on": date(2015, 9, 16), "signed_on_precision": "day",
              "parties": ["Wuhan", "Los Angeles"], "topics": ["low-carbon cities"], **extra}
    return Mention("agreement", url, quote, fields, {"aliases": ["武汉市政府"]})


def page(url, body=b"<html><body>MOU</body></html>", status=200, fetched_at=datetime(2024, 1, 1), **headers):
    return FetchedPage(url=url, source="src", final_url=url, status=status,
                       headers={"Content-Type": "text/html; charset=utf-8", **headers}, body=body,
                       fetched_at=fetched_at, encoding="utf-8")


def snapshot(db) -> dict:
    con = connect(db)
    try:
        out = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in PUBLIC}
        out["mentions"] = con.execute("SELECT * FROM mentions ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


def batch1():
    u = "http://en.example/wuhan-la"
    c = Mention("commitment", u, "LA pledges 80 to 95 percent below 1990 by 2050.",
                {"actor": "Los Angeles", "commitment_type": "emissions_reduction", "target_year": 2050,
                 "base_year": 1990, "reduction_pct_min": 80, "reduction_pct_max": 95.0})
    e = Mention("event", u, "At the U.S.-China Climate Leaders Summit in Los Angeles...",
                {"name": "U.S.-China Climate Leaders Summit", "start_on": date(2015, 9, 15), "end_on": None,
                 "city": "Los Angeles", "country": "US"})
    return [Extraction(article(u), [agreement(u), c, e])], [page(u, ETag='"v1"')]


def test_types_and_lists_are_native(tmp_path):
    db = tmp_path / "w.duckdb"
    rep = load_batch(db, *batch1(), "x1", resolver=one_per_mention)
    assert rep.articles.new == 1 and rep.records["agreement"].new == 1 and rep.records["event"].new == 1
    con = connect(db)
    row = con.execute("SELECT typeof(parties), parties, typeof(signed_on), source_urls FROM agreements").fetchone()
    assert row == ("VARCHAR[]", ["Wuhan", "Los Angeles"], "DATE", ["http://en.example/wuhan-la"])
    c = con.execute("SELECT target_year, base_year, reduction_pct_min, reduction_pct_max FROM commitments").fetchone()
    assert c == (2050, 1990, 80.0, 95.0)
    assert con.execute("SELECT start_on, end_on FROM events").fetchone() == (date(2015, 9, 15), None)
    assert con.execute("SELECT count(*) FROM mentions WHERE record_id IS NULL").fetchone()[0] == 0


def test_second_identical_load_changes_no_row(tmp_path):
    db = tmp_path / "w.duckdb"
    load_batch(db, *batch1(), "x1", resolver=one_per_mention)
    first = snapshot(db)
    rep = load_batch(db, *batch1(), "x1", resolver=one_per_mention)
    assert snapshot(db) == first  # updated_at, first_seen_at included
    assert rep.articles.unchanged == 1 and rep.articles.new == rep.articles.updated == 0
    assert all(c.new == c.updated == c.removed == 0 for c in rep.records.values())
    con = connect(db)
    for t, idc in (("events", "event_id"), ("agreements", "agreement_id"), ("commitments", "commitment_id")):
        n, distinct = con.execute(f"SELECT count(*), count(DISTINCT {idc}) FROM {t}").fetchone()
        assert n == distinct == 1


def test_two_articles_one_fact_is_one_row_with_two_urls(tmp_path):
    db = tmp_path / "w.duckdb"
    en, zh = "http://en.example/a", "http://zh.example/b"
    load_batch(db, [Extraction(article(en), [agreement(en)])], [], "x1", resolver=by_title)
    con = connect(db)
    agr_id, first_seen = con.execute("SELECT agreement_id, first_seen_at FROM agreements").fetchone()
    con.close()
    zh_art = article(zh, text="武汉与洛杉矶签署备忘录。", language="zh", published_on=date(2015, 9, 18))
    rep = load_batch(db, [Extraction(zh_art, [agreement(zh, quote="武汉与洛杉矶签署备忘录。")])], [], "x1",
                     resolver=by_title)
    assert rep.records["agreement"].updated == 1 and rep.duplicates_merged == 1
    con = connect(db)
    rows = con.execute("SELECT agreement_id, source_urls, first_seen_at, updated_at > first_seen_at FROM agreements"
                       ).fetchall()
    assert rows == [(agr_id, [en, zh], first_seen, True)]  # same id kept across loads
    ev = con.execute("SELECT url, quote FROM evidence WHERE record_id = ? ORDER BY url", [agr_id]).fetchall()
    assert ev == [(en, "Wuhan and Los Angeles signed an MOU."), (zh, "武汉与洛杉矶签署备忘录。")]
    assert con.execute("SELECT count(DISTINCT record_id) FROM mentions").fetchone()[0] == 1
    assert [r[0] for r in con.execute("SELECT url FROM articles").fetchall()] == [en, zh]  # earliest first


def test_changed_and_removed_records(tmp_path):
    db = tmp_path / "w.duckdb"
    u, v = "http://en.example/a", "http://en.example/b"
    load_batch(db, [Extraction(article(u), [agreement(u)]), Extraction(article(v), [agreement(v, title="Other")])],
               [], "x1", resolver=by_title)
    con = connect(db)
    before = {r[0]: r for r in con.execute("SELECT title, first_seen_at, updated_at FROM agreements").fetchall()}
    con.close()
    # v is re-extracted with a better reading (new field value) by a newer extractor; u now has no mention
    new_v = agreement(v, title="Other", city="Beijing")
    rep = load_batch(db, [Extraction(article(u), []), Extraction(article(v), [new_v])], [], "x2", resolver=by_title)
    assert (rep.records["agreement"].removed, rep.records["agreement"].updated) == (1, 1)
    con = connect(db)
    row = con.execute("SELECT title, city, first_seen_at, updated_at, extractor_version FROM agreements").fetchall()
    assert len(row) == 1 and row[0][:2] == ("Other", "Beijing") and row[0][2] == before["Other"][1]
    assert row[0][3] > before["Other"][2] and row[0][4] == "x2"
    assert con.execute("SELECT DISTINCT url FROM evidence").fetchall() == [(v,)]
    assert con.execute("SELECT count(*) FROM mentions WHERE url = ?", [u]).fetchone()[0] == 0


def test_article_update_and_stale_fetch(tmp_path):
    db = tmp_path / "w.duckdb"
    u = "http://en.example/a"
    load_batch(db, [Extraction(article(u, fetched_at=datetime(2024, 1, 2)), [])], [], "x1", resolver=one_per_mention)
    rep = load_batch(db, [Extraction(article(u, text="Corrected text.", fetched_at=datetime(2024, 1, 3)), [])], [],
                     "x1", resolver=one_per_mention)
    assert rep.articles.updated == 1
    rep = load_batch(db, [Extraction(article(u, text="Old copy.", fetched_at=datetime(2024, 1, 1)), [])], [], "x1",
                     resolver=one_per_mention)  # e.g. a staged batch drained late: must not win
    assert rep.articles_stale == 1
    assert connect(db).execute("SELECT text FROM articles").fetchone()[0] == "Corrected text."


def test_hostile_strings_are_data_not_sql(tmp_path):
    db = tmp_path / "w.duckdb"
    evil = "http://x/'); DROP TABLE agreements; --"
    quote = "It's \"quoted\"; DELETE FROM evidence; -- ?"
    ex = Extraction(article(evil, text=quote, title="O'Brien"), [agreement(evil, quote=quote, title="x' OR '1'='1")])
    load_batch(db, [ex], [page(evil, body=quote.encode())], "v'1", resolver=one_per_mention)
    con = connect(db)
    assert con.execute("SELECT url, title FROM articles").fetchone() == (evil, "O'Brien")
    assert con.execute("SELECT title, source_urls FROM agreements").fetchone() == ("x' OR '1'='1", [evil])
    assert con.execute("SELECT quote FROM evidence").fetchone() == (quote,)
    assert sql_interpolations() <= SQL_NAMES_ALLOWED


# Names that may appear inside f-string SQL: registered-table aliases and identifiers from our own constants.
SQL_NAMES_ALLOWED = {"b", "n", "u", "t", "idc", "c", "x", "cols", "content", "pcontent", "bcontent", "same",
                     "_PAGE_CONTENT"}


def sql_interpolations() -> set[str]:
    """Every name interpolated into an f-string passed to execute()/_count(): SQL text is built from constants
    and internal names only; scraped values always go as parameters or Arrow data (checked statically)."""
    names: set[str] = set()
    for mod in ("load.py", "staging.py", "db.py", "migrate.py"):
        tree = ast.parse((ROOT / "warehouse" / mod).read_text())
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            fn = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if fn not in ("execute", "_count", "sql"):
                continue
            sql = call.args[1] if fn == "_count" else call.args[0]
            assert not isinstance(sql, ast.BinOp) or not isinstance(sql.op, ast.Mod), "no %-formatted SQL"
            for node in ast.walk(sql):
                if isinstance(node, ast.FormattedValue):
                    names |= {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
    return names


def test_raw_pages_round_trip_and_conditional_get_info(tmp_path):
    db = tmp_path / "w.duckdb"
    u, w = "http://en.example/a", "http://zh.example/b"
    zh_body = "<html><body>武汉</body></html>".encode("gb18030")
    zh_page = page(w, body=zh_body, **{"Last-Modified": "Wed, 16 Sep 2015 00:00:00 GMT"})
    zh_page.encoding = "gb18030"
    load_batch(db, [Extraction(article(u), [])], [page(u, ETag='"v1"'), zh_page], "x1", resolver=one_per_mention)
    # later: a 304 for u and a failed fetch for w must not lose the stored bodies
    later = datetime(2024, 2, 1)
    failed = page(w, body=b"", status=0, fetched_at=later)
    failed.error = "timeout"
    load_batch(db, [], [page(u, body=b"", status=304, fetched_at=later, ETag='"v2"'), failed], "x1",
               resolver=one_per_mention)
    con = connect(db)
    pages = {p.url: p for p in read_raw_pages(con)}
    assert pages[u].body == b"<html><body>MOU</body></html>" and pages[u].fetched_at == later
    assert pages[w].body == zh_body and pages[w].text == "<html><body>武汉</body></html>"
    assert pages[w].headers["Last-Modified"].startswith("Wed") and pages[w].ok
    assert [p.url for p in read_raw_pages(con, urls=[w])] == [w]
    known = known_pages(con, [u, w, "http://never.example/"])
    assert known[u][:2] == ('"v2"', None) and len(known[u][2]) == 64
    assert known[w] == (None, "Wed, 16 Sep 2015 00:00:00 GMT", None)
    assert "http://never.example/" not in known


def test_run_is_recorded(tmp_path):
    db = tmp_path / "w.duckdb"
    run = {"run_id": "r1", "flow_run_id": "f1", "started_at": datetime(2024, 1, 1), "status": "completed",
           "source_stats": {"src": {"pages_seen": 3, "pages_fetched": 1, "pages_unchanged": 1, "pages_failed": 1,
                                    "failures": {"timeout": 1}}}}
    load_batch(db, *batch1(), "x1", resolver=one_per_mention, run=run)
    con = connect(db)
    row = con.execute("SELECT flow_run_id, source_stats->'$.src.failures.timeout', "
                      "record_stats->'$.records.agreement.new' FROM ingest_runs WHERE run_id = 'r1'").fetchone()
    assert [str(x) for x in row] == ["f1", "1", "1"]
    # the flow's shape: aware timestamps, stats under "sources", no run id
    from datetime import timedelta, timezone
    cst = timezone(timedelta(hours=8))
    load_batch(db, [], [], "x1", resolver=one_per_mention,
               run={"started_at": datetime(2024, 1, 1, 8, tzinfo=cst), "sources": {"src": {"pages_seen": 2}}})
    row = connect(db).execute("SELECT started_at, source_stats->>'$.src.pages_seen' FROM ingest_runs "
                              "WHERE run_id <> 'r1'").fetchone()
    assert row == (datetime(2024, 1, 1, 0, 0), "2")


KILL_SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {testdir!r})
    from test_load import article, agreement, page, one_per_mention
    from pactwatch.models import Extraction
    from warehouse.load import load_batch
    def stuck(mentions, previous):
        Path({marker!r}).write_text("in transaction")
        time.sleep(60)
    urls = [f"http://big.example/{{i}}" for i in range(20000)]
    exs = [Extraction(article(u), [agreement(u)]) for u in urls]
    load_batch({db!r}, exs, [page(u) for u in urls], "x2", resolver=stuck)
""")


def test_sigkill_mid_transaction_leaves_last_complete_state(tmp_path):
    db = tmp_path / "w.duckdb"
    load_batch(db, *batch1(), "x1", resolver=one_per_mention)
    before = snapshot(db)
    marker = tmp_path / "marker"
    script = KILL_SCRIPT.format(testdir=str(Path(__file__).parent), marker=str(marker), db=str(db))
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert proc.poll() is None, "loader exited early"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert snapshot(db) == before
    assert connect(db).execute("SELECT count(*) FROM raw_pages").fetchone()[0] == 1


HOLD_SCRIPT = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(60)"


def test_locked_warehouse_stages_then_drains(tmp_path):
    db = tmp_path / "w.duckdb"
    load_batch(db, [], [], "x1", resolver=one_per_mention)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_SCRIPT, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        t0 = time.monotonic()
        staged = load_or_stage(db, *batch1(), "x1", resolver=one_per_mention, wait_seconds=0.5)
        assert time.monotonic() - t0 < 30  # staged without waiting for the holder (60 s); a busy machine is slow
        assert isinstance(staged, Path) and staged.parent == staging_dir(db) and staged_batches(db) == [staged]
    finally:
        holder.kill()
        holder.wait()
    v = "http://en.example/next"
    rep = load_or_stage(db, [Extraction(article(v), [agreement(v, title="Next")])], [], "x1",
                        resolver=one_per_mention)
    assert rep.articles.new == 1 and staged_batches(db) == []
    con = connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2  # the staged batch and this one
    assert con.execute("SELECT count(*) FROM raw_pages").fetchone()[0] == 1
    assert db.with_name("w.read.duckdb").exists()


def test_drain_is_oldest_first_and_keeps_failed_batches(tmp_path):
    from warehouse.staging import stage_batch
    db = tmp_path / "w.duckdb"
    u = "http://en.example/a"
    stage_batch(db, [Extraction(article(u, text="first", fetched_at=datetime(2024, 1, 1)), [])], [], "x1")
    time.sleep(0.01)
    stage_batch(db, [Extraction(article(u, text="second", fetched_at=datetime(2024, 1, 2)), [])], [], "x1")

    def broken(mentions, previous):
        raise RuntimeError("resolver bug")
    assert drain_staging(db, resolver=broken) == [] and len(staged_batches(db)) == 2  # nothing lost
    reports = drain_staging(db, resolver=one_per_mention)
    assert [r.articles.new for r in reports] == [1, 0] and staged_batches(db) == []
    assert connect(db).execute("SELECT text FROM articles").fetchone()[0] == "second"


@pytest.mark.parametrize("n", [5000])
def test_bulk_load_of_many_articles(tmp_path, n):
    """Correctness at volume; its speed is measured by a benchmark, not asserted here."""
    db = tmp_path / "w.duckdb"
    exs = [Extraction(article(f"http://x/{i}"), [agreement(f"http://x/{i}", title=f"t{i}")]) for i in range(n)]
    rep = load_batch(db, exs, [], "x1", resolver=one_per_mention)
    assert rep.records["agreement"].new == n
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT agreement_id) FROM agreements").fetchone() == (n, n)


def test_mentions_keep_their_key_through_storage(tmp_path):
    """A tuple comes back from JSON as a list (another repr, another key()); the stored key must still rule."""
    import pickle
    from warehouse.load import StoredMention
    db = tmp_path / "w.duckdb"
    u = "http://en.example/a"
    m = agreement(u, parties=("Wuhan", "Los Angeles"))
    seen = []

    def spy(mentions, previous):
        seen.append((mentions, dict(previous)))
        return one_per_mention(mentions, previous)
    load_batch(db, [Extraction(article(u), [m])], [], "x1", resolver=spy)
    rep = load_batch(db, [Extraction(article(u), [m])], [], "x1", resolver=spy)
    (stored,), previous = seen[1]
    assert isinstance(stored, StoredMention) and stored.key() == m.key() and previous == {m.key(): m.key()}
    assert stored.fields["signed_on"] == date(2015, 9, 16) and stored.hints == {"aliases": ["武汉市政府"]}
    assert rep.records["agreement"].unchanged == 1
    assert pickle.loads(pickle.dumps(stored)).key() == m.key()  # Prefect may pickle task inputs
