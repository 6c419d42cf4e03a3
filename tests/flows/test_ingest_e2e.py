"""End to end: the real ingest flow crawls the bundled snapshot web over loopback HTTP into a real DuckDB file.

No mocks: SnapshotWeb serves the five sites (GBK portal included), `flows.ingest.ingest` runs under a
temporary Prefect API (conftest `prefect_env`), and the assertions read the warehouse with SQL like a user would.
One crawl (module fixture) backs the record assertions; copies of its warehouse are crawled again to check that a
re-run changes nothing and downloads no article body, and that a changed page is re-read.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pytest

from snapshot import load_manifest

pytestmark = pytest.mark.timeout(240)

MANIFEST = load_manifest()
ARTICLES = MANIFEST["articles"]
ARTICLE_PATHS = {(a["site"], a["path"]) for a in ARTICLES.values()}
NEGATIVES = [k for k, a in ARTICLES.items() if a["role"] == "negative"]

from public_schema import PUBLIC_COLUMNS  # noqa: E402  (tests/ is on sys.path: conftest lives there)

AGREEMENT_TYPES = {"mou", "agreement", "declaration", "partnership", "joint_statement"}
COMMITMENT_TYPES = {"emissions_peak", "emissions_reduction", "per_capita_limit", "carbon_neutrality",
                    "renewable_share", "other"}
RECORDS = {"event": ("events", "event_id"), "agreement": ("agreements", "agreement_id"),
           "commitment": ("commitments", "commitment_id")}
IDS = {"articles": "url", "events": "event_id", "agreements": "agreement_id", "commitments": "commitment_id",
       "evidence": "record_type || '|' || record_id || '|' || url || '|' || quote"}

# Chrome of the snapshot pages that must not reach any article's main text.
CHROME = ["相关推荐", "返回顶部", "上一篇", "Close this search box", "angie.fyfe@iclei.org", "Skip to Main Content"]

# Spellings a canonical name may take (the gold file accepts these too).
SUMMIT = {"U.S.-China Climate Leaders Summit", "US-China Climate Leaders Summit"}
COP21 = {"COP21", "COP 21", "21st Conference of the Parties", "2015 United Nations Climate Change Conference"}
BEIJING_MEETING = {"City Emission Reduction Cooperation Project Summary and Achievement Sharing Meeting",
                   "City Emission Reduction Cooperation Project summary meeting"}
CBEEX = {"China Beijing Environment Exchange", "China Beijing Environmental Exchange",
         "Beijing Environmental Exchange Center"}
ICET = {"Innovation Center for Energy and Transportation"}
TCR = {"The Climate Registry"}
CAR = {"Climate Action Reserve"}
LA = {"Los Angeles"}
ZHENJIANG = {"Zhenjiang"}
ICLEI = {"ICLEI – Local Governments for Sustainability", "ICLEI - Local Governments for Sustainability",
         "ICLEI Local Governments for Sustainability", "ICLEI", "ICLEI USA"}
SZ_FOUNDATION = {"Shenzhen Low-Carbon Development Foundation"}
LBNL = {"Lawrence Berkeley National Laboratory"}
CA_CN_OFFICE = {"California-China Office of Trade and Investment", "California–China Office of Trade and Investment"}
EF_CHINA = {"Energy Foundation China"}
WUHAN = {"Wuhan"}
BYD = {"BYD"}

# The shared scorer and gold file live beside the repository (not shipped with it).
SHARED = Path(__file__).resolve().parents[3] / "shared"
SCORER, GOLD = SHARED / "eval" / "score.py", SHARED / "gold" / "seeds.json"

NEW_SENTENCE = ("On November 10, 2015, the Innovation Center for Energy and Transportation and the City of Kunming "
                "signed a memorandum of understanding on electric buses in Kunming.")


# -- helpers -----------------------------------------------------------------------------------------------------
def crawl(web, db: Path, sources: Path) -> dict:
    """One run of the real flow over the snapshot web."""
    from flows.ingest import ingest

    return ingest(sources_file=str(sources), db=str(db))


def rows(db: Path, sql: str, *params) -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()


def ids(db: Path) -> dict[str, list[str]]:
    return {rel: sorted(r["id"] for r in rows(db, f"SELECT {expr} AS id FROM {rel}")) for rel, expr in IDS.items()}


def evidence_urls(db: Path, record_type: str, record_id: str) -> set[str]:
    return {r["url"] for r in rows(db, "SELECT url FROM evidence WHERE record_type = ? AND record_id = ?",
                                   record_type, record_id)}


def has_party(parties: list[str], names: set[str]) -> bool:
    return any(p in names for p in parties)


def agreements_with(db: Path, *groups: set[str]) -> list[dict]:
    return [a for a in rows(db, "SELECT * FROM agreements") if all(has_party(a["parties"], g) for g in groups)]


def one(found: list[dict], what: str) -> dict:
    assert len(found) == 1, f"{what}: expected exactly one row, got {len(found)}: {found}"
    return found[0]


def article_requests(web, status: int | None = None) -> list[tuple[str, str]]:
    """(site, path) of GETs to article pages in the request log, optionally only those answered with `status`."""
    with web._lock:
        log = list(web.requests)
    return [(s, urlsplit(p).path) for s, m, p, st in log
            if m == "GET" and (s, urlsplit(p).path) in ARTICLE_PATHS and (status is None or st == status)]


def copy_warehouse(src: Path, dst: Path) -> Path:
    """Copy a closed DuckDB file (and its WAL, if one was left) so another run can load into the copy."""
    shutil.copy2(src, dst)
    if Path(f"{src}.wal").exists():
        shutil.copy2(f"{src}.wal", f"{dst}.wal")
    return dst


# -- fixtures ----------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sources(snapshot_web, tmp_path_factory) -> Path:
    return snapshot_web.write_sources(tmp_path_factory.mktemp("sources") / "sources.yaml", rate_limit=0)


@pytest.fixture(scope="module")
def first(prefect_env, snapshot_web, sources, tmp_path_factory):
    """The snapshot crawled once into a new warehouse: (db, summary, request log of that run)."""
    db = tmp_path_factory.mktemp("first") / "pactwatch.duckdb"
    snapshot_web.reset_log()
    summary = crawl(snapshot_web, db, sources)
    return db, summary, list(snapshot_web.requests)


@pytest.fixture(scope="module")
def second(first, snapshot_web, sources, tmp_path_factory):
    """The same snapshot loaded a second time into (a copy of) the first run's warehouse."""
    db = copy_warehouse(first[0], tmp_path_factory.mktemp("second") / "pactwatch.duckdb")
    snapshot_web.reset_log()
    summary = crawl(snapshot_web, db, sources)
    return db, summary, article_requests(snapshot_web, 200), article_requests(snapshot_web, 304)


@pytest.fixture(scope="module")
def db(first) -> Path:
    return first[0]


# -- the seed records --------------------------------------------------------------------------------------------
def test_run_fetched_every_article_and_failed_none(first, snapshot_web):
    _, summary, _ = first
    stats = summary["sources"]
    assert set(stats) == set(MANIFEST["sites"])
    assert all(not s["failed"] for s in stats.values()), {n: s["failed"] for n, s in stats.items()}
    urls = {r["url"] for r in rows(first[0], "SELECT url FROM articles")}
    assert urls == {snapshot_web.url(aid) for aid in ARTICLES}
    assert "staged" not in summary["load"]


def test_public_relations_have_the_columns_of_records_md(db):
    for rel, expected in PUBLIC_COLUMNS.items():
        got = {r["column_name"]: r["data_type"] for r in rows(
            db, "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", rel)}
        for col, typ in expected:
            assert col in got, f"{rel}.{col} missing (has {sorted(got)})"
            assert got[col] == typ, f"{rel}.{col}: {got[col]} != {typ}"


def test_seed_articles_title_date_language(db, snapshot_web):
    for aid, art in ARTICLES.items():
        row = one(rows(db, "SELECT * FROM articles WHERE url = ?", snapshot_web.url(aid)), aid)
        assert row["title"] == art["title"], aid
        assert row["published_on"] == date.fromisoformat(art["published_on"]), aid
        assert row["language"] == art["language"], aid
        assert row["source"] == art["site"], aid
        assert len(row["content_sha256"]) == 64 and row["fetched_at"] is not None


def test_summit_event_with_english_and_chinese_evidence(db, snapshot_web):
    ev = one([e for e in rows(db, "SELECT * FROM events") if e["name"] in SUMMIT], "summit")
    assert ev["start_on"] in (date(2015, 9, 15), date(2015, 9, 16))  # not 2021, the republication year of s003
    assert (ev["city"], ev["country"]) == ("Los Angeles", "US")
    urls = evidence_urls(db, "event", ev["event_id"])
    assert {snapshot_web.url("s000"), snapshot_web.url("s003")} <= urls


def test_cop21_and_beijing_meeting_events(db, snapshot_web):
    events = rows(db, "SELECT * FROM events")
    cop = one([e for e in events if e["name"] in COP21], "COP21")
    assert (cop["city"], cop["country"]) == ("Paris", "FR")
    assert cop["start_on"] in (None, date(2015, 11, 30))
    assert snapshot_web.url("s001") in evidence_urls(db, "event", cop["event_id"])
    bj = one([e for e in events if e["name"] in BEIJING_MEETING], "Beijing meeting")
    assert bj["start_on"] == date(2020, 11, 17)
    assert (bj["city"], bj["country"]) == ("Beijing", "CN")
    assert snapshot_web.url("s004") in evidence_urls(db, "event", bj["event_id"])


def test_four_party_mou(db, snapshot_web):
    a = one(agreements_with(db, CBEEX, ICET, TCR, CAR), "4-party MOU")
    assert a["agreement_type"] == "mou"
    assert a["signed_on"] == date(2015, 9, 15) and a["signed_on_precision"] == "day"
    assert a["city"] in (None, "Los Angeles")
    assert snapshot_web.url("s000") in evidence_urls(db, "agreement", a["agreement_id"])


@pytest.mark.parametrize("groups, types, seed", [
    ((LA, ZHENJIANG), {"mou", "declaration"}, "s000"),
    ((ICLEI, SZ_FOUNDATION), {"mou"}, "s001"),
    ((ICLEI, LBNL, CA_CN_OFFICE, {"Bay Area Council"}, {"Asia Society"}), {"partnership"}, "s002"),
    ((EF_CHINA, WUHAN), {"mou"}, "s003"),
    ((BYD, LA), {"agreement", "mou"}, "s003"),
], ids=["LA-Zhenjiang", "ICLEI-Shenzhen-foundation", "CCUCC", "EF-China-Wuhan", "BYD-LA"])
def test_seed_agreement_is_one_row(db, snapshot_web, groups, types, seed):
    a = one(agreements_with(db, *groups), f"agreement of {groups}")
    assert a["agreement_type"] in types
    assert snapshot_web.url(seed) in evidence_urls(db, "agreement", a["agreement_id"])


def test_ccucc_and_cop21_details(db):
    ccucc = one(agreements_with(db, ICLEI, LBNL), "CCUCC")
    assert ccucc["signed_on"] == date(2015, 9, 15)
    assert ccucc["city"] in (None, "Oakland")
    sz = one(agreements_with(db, ICLEI, SZ_FOUNDATION), "ICLEI-SZ")
    assert sz["event_name"] in COP21


@pytest.mark.parametrize("actor", ["Beijing", "Guangzhou"])
def test_peak_2020_commitments_with_evidence_in_both_languages(db, snapshot_web, actor):
    c = one(rows(db, "SELECT * FROM commitments WHERE actor = ? AND commitment_type = 'emissions_peak'", actor),
            f"{actor} peak")
    assert c["target_year"] == 2020
    ev = rows(db, "SELECT e.url, a.language FROM evidence e JOIN articles a USING (url) "
                  "WHERE e.record_type = 'commitment' AND e.record_id = ?", c["commitment_id"])
    assert {r["language"] for r in ev} == {"en", "zh"}
    assert {snapshot_web.url("s000"), snapshot_web.url("s003")} <= {r["url"] for r in ev}


@pytest.mark.parametrize("actor", ["Los Angeles", "Zhenjiang"])
def test_80_to_95_percent_below_1990_by_2050(db, snapshot_web, actor):
    c = one(rows(db, "SELECT * FROM commitments WHERE actor = ? AND commitment_type = 'emissions_reduction'", actor),
            f"{actor} reduction")
    assert (c["target_year"], c["base_year"], c["reduction_pct_min"], c["reduction_pct_max"]) == (2050, 1990, 80, 95)
    assert snapshot_web.url("s000") in evidence_urls(db, "commitment", c["commitment_id"])


def test_vocabularies(db):
    assert {r["agreement_type"] for r in rows(db, "SELECT agreement_type FROM agreements")} <= AGREEMENT_TYPES
    assert {r["commitment_type"] for r in rows(db, "SELECT commitment_type FROM commitments")} <= COMMITMENT_TYPES


# -- one row per fact, every row with its evidence ---------------------------------------------------------------
def test_no_duplicate_rows(db):
    for rel, key in IDS.items():
        n, distinct = rows(db, f"SELECT count(*) AS n, count(DISTINCT {key}) AS d FROM {rel}")[0].values()
        assert n == distinct, rel
    agreements = rows(db, "SELECT agreement_type, parties FROM agreements")
    keys = [frozenset(a["parties"]) for a in agreements]
    assert len(keys) == len(set(keys)), "two agreement rows with the same parties"
    events = [e["name"] for e in rows(db, "SELECT name FROM events")]
    assert len(events) == len(set(events)), "two event rows with the same name"
    commitments = [tuple(c.values()) for c in rows(
        db, "SELECT actor, commitment_type, target_year, base_year, reduction_pct_min, reduction_pct_max, "
            "per_capita_t FROM commitments")]
    assert len(commitments) == len(set(commitments)), "two commitment rows for one pledge"
    assert len(agreements_with(db, BYD, LA)) == 1


def test_every_record_has_evidence_and_source_urls_equal_evidence_urls(db):
    for record_type, (rel, key) in RECORDS.items():
        recs = rows(db, f"SELECT {key} AS id, source_urls FROM {rel}")
        assert recs, rel
        for rec in recs:
            urls = evidence_urls(db, record_type, rec["id"])
            assert urls, f"{record_type} {rec['id']} has no evidence"
            assert len(rec["source_urls"]) == len(set(rec["source_urls"])), rec
            assert set(rec["source_urls"]) == urls, rec["id"]
    orphans = rows(db, "SELECT e.* FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM events WHERE event_id = record_id) "
                       "AND NOT EXISTS (SELECT 1 FROM agreements WHERE agreement_id = record_id) "
                       "AND NOT EXISTS (SELECT 1 FROM commitments WHERE commitment_id = record_id)")
    assert orphans == []
    assert rows(db, "SELECT * FROM evidence WHERE quote IS NULL OR trim(quote) = '' "
                    "OR url NOT IN (SELECT url FROM articles)") == []


def test_syndicated_copy_adds_evidence_to_the_same_records(db, snapshot_web):
    orig, copy = snapshot_web.url("s000"), snapshot_web.url("s000_tcr")
    assert copy != orig and urlsplit(copy).netloc != urlsplit(orig).netloc
    by_orig = {(r["record_type"], r["record_id"]) for r in rows(db, "SELECT * FROM evidence WHERE url = ?", orig)}
    by_copy = {(r["record_type"], r["record_id"]) for r in rows(db, "SELECT * FROM evidence WHERE url = ?", copy)}
    assert by_orig and by_copy == by_orig
    assert one(agreements_with(db, CBEEX, ICET, TCR, CAR), "4-party MOU")["source_urls"].count(copy) == 1


def test_negative_pages_yield_no_agreement(db, snapshot_web):
    negatives = {snapshot_web.url(aid) for aid in NEGATIVES}
    stored = {r["url"] for r in rows(db, "SELECT url FROM articles")}
    assert negatives <= stored  # they were read, so the absence below means something
    hits = rows(db, "SELECT * FROM evidence WHERE record_type = 'agreement'")
    assert [h for h in hits if h["url"] in negatives] == []
    assert [a for a in rows(db, "SELECT * FROM agreements") if set(a["source_urls"]) & negatives] == []


def test_robots_disallowed_decoy_never_requested(first, snapshot_web):
    _, summary, log = first
    for decoy in MANIFEST["decoys"].values():
        assert not [r for r in log if r[0] == decoy["site"] and urlsplit(r[2]).path == decoy["path"]], decoy
        assert snapshot_web.url(decoy["site"], decoy["path"]) in summary["sources"][decoy["site"]]["skipped"]
    assert ("iclei", "GET", "/robots.txt") in {(s, m, urlsplit(p).path) for s, m, p, _ in log}


def test_gbk_page_decoded_without_mojibake(db, snapshot_web):
    text = one(rows(db, "SELECT text FROM articles WHERE url = ?", snapshot_web.url("s003")), "s003")["text"]
    assert "中美气候领导峰会" in text
    assert "比亚迪与美国洛杉矶市政府达成合作协议" in text
    assert "\ufffd" not in text and "Ã" not in text and "ä¸" not in text
    grid = one(rows(db, "SELECT text FROM articles WHERE url = ?", snapshot_web.url("n_cnenergy_grid")), "grid")
    assert "李堃" in grid["text"] and "刘镕" in grid["text"]  # GBK-only characters on a page labelled gb2312


def test_main_text_has_body_and_no_chrome(db, snapshot_web):
    texts = {r["url"]: r["text"] for r in rows(db, "SELECT url, text FROM articles")}
    for aid, art in ARTICLES.items():
        text = texts[snapshot_web.url(aid)]
        for s in art.get("must_contain", []):
            assert s in text, (aid, s)
        for s in art.get("must_not_contain", []):
            assert s not in text, (aid, s)
    for url, text in texts.items():
        for s in CHROME:
            assert s not in text, (url, s)


@pytest.mark.skipif(not (SCORER.is_file() and GOLD.is_file()), reason="shared scorer/gold not beside the repo")
@pytest.mark.xfail(strict=True, reason=(
    "articles.text is the body only (issue 14); the shared gold's s004 fingerprint 'City Emission Reduction "
    "Cooperation Project” Summary' occurs only in that page's headline (articles.title), so the scorer, which "
    "looks in text, misses s004 and its event (macro F1 0.933). Full marks return once the gold fingerprint is a "
    "body string (e.g. 'City Emission Reduction Cooperation Project” co-sponsored'); then drop this mark"))
def test_shared_scorer_gives_full_marks(db):
    proc = subprocess.run([sys.executable, str(SCORER), "--db", str(db), "--gold", str(GOLD), "--json"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    score = json.loads(proc.stdout)
    assert (score["macro_f1"], score["duplicates"], score["wrong_values"]) == (1.0, 0, 0), proc.stdout


# -- re-runs -----------------------------------------------------------------------------------------------------
def test_second_load_changes_nothing(first, second):
    db1, db2 = first[0], second[0]
    before, after = ids(db1), ids(db2)
    for rel in IDS:
        n, distinct = rows(db2, f"SELECT count(*) AS n, count(DISTINCT {IDS[rel]}) AS d FROM {rel}")[0].values()
        assert n == distinct, rel
        assert after[rel] == before[rel], rel
    for record_type, (rel, key) in RECORDS.items():
        q = f"SELECT {key} AS id, list_sort(source_urls) AS urls FROM {rel} ORDER BY 1"
        assert rows(db1, q) == rows(db2, q), rel


def test_second_crawl_downloads_no_article_body(first, second):
    _, summary, got_200, got_304 = second
    assert got_200 == []
    first_200 = {(s, urlsplit(p).path) for s, m, p, st in first[2]
                 if m == "GET" and st == 200 and (s, urlsplit(p).path) in ARTICLE_PATHS}
    assert set(got_304) == first_200
    assert sum(s["fetched"] for s in summary["sources"].values()) == 0
    assert sum(s["unchanged"] for s in summary["sources"].values()) == len(first_200)


def test_changed_page_is_refetched_and_its_new_record_appears(first, second, snapshot_web, sources,
                                                             tmp_path_factory):
    db2 = second[0]
    db3 = copy_warehouse(db2, tmp_path_factory.mktemp("third") / "pactwatch.duckdb")
    art = ARTICLES["n_icet_staff"]
    from snapshot.server import SITES_DIR

    html = (SITES_DIR / art["site"] / art["path"].lstrip("/")).read_text(encoding="utf-8")
    marker = '<div class="entry-content">'
    assert marker in html
    snapshot_web.set_page(art["site"], art["path"], html.replace(marker, f"{marker}\n<p>{NEW_SENTENCE}</p>", 1))
    snapshot_web.reset_log()
    try:
        crawl(snapshot_web, db3, sources)
        assert article_requests(snapshot_web, 200) == [(art["site"], art["path"])]
    finally:
        snapshot_web.clear_overrides()
    url = snapshot_web.url("n_icet_staff")
    assert "Kunming" in one(rows(db3, "SELECT text FROM articles WHERE url = ?", url), "changed page")["text"]
    new = one(agreements_with(db3, ICET, {"Kunming"}), "new agreement")
    assert new["agreement_type"] == "mou" and new["signed_on"] == date(2015, 11, 10)
    assert evidence_urls(db3, "agreement", new["agreement_id"]) == {url}
    before, after = ids(db2), ids(db3)
    for rel in ("events", "agreements", "commitments"):
        assert set(before[rel]) <= set(after[rel]), rel
    assert set(after["agreements"]) - set(before["agreements"]) == {new["agreement_id"]}
    assert after["articles"] == before["articles"]
