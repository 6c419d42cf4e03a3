"""The `pactwatch` command as a user runs it: a subprocess with its own cwd, warehouse file and PREFECT_HOME, against
the bundled snapshot web over loopback HTTP (no mocks).

`demo` runs with no Prefect API configured (Prefect starts its ephemeral server, as on a user's machine); `crawl`
is pointed at the session's test API server (conftest `prefect_env`) to keep the suite quick.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from dbquery import count  # tests/ is on sys.path (conftest lives there)
from snapshot import load_manifest

pytestmark = pytest.mark.timeout(300)

MANIFEST = load_manifest()
ARTICLES = MANIFEST["articles"]
_SCRIPT = Path(sys.executable).with_name("pactwatch")
PACTWATCH = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "cli.main"]

EXTRACT_KEYS = {"path", "title", "published_on", "language", "text", "events", "agreements", "commitments"}
# RECORDS.md field names (ids and source_urls belong to the warehouse, not to one page's extraction).
EVENT_FIELDS = {"name", "start_on", "end_on", "city", "country"}
AGREEMENT_FIELDS = {"agreement_type", "title", "signed_on", "signed_on_precision", "city", "country", "event_name",
                    "parties", "topics"}
COMMITMENT_FIELDS = {"actor", "commitment_type", "target_year", "base_year", "reduction_pct_min",
                     "reduction_pct_max", "per_capita_t", "event_name"}
SUMMARY = [r"^pages: (\d+) articles seen, (\d+) fetched, (\d+) unchanged \(304\), (\d+) failed, (\d+) skipped",
           r"^warehouse totals: articles (\d+), events (\d+), agreements (\d+), commitments (\d+), evidence (\d+)$",
           r"^duplicates merged: (\d+) "]


def run(args: list[str], env: dict, cwd: Path, timeout: float = 280) -> subprocess.CompletedProcess:
    return subprocess.run(PACTWATCH + args, env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout)


def summary_numbers(stdout: str) -> list[tuple[int, ...]]:
    found = []
    for pattern in SUMMARY:
        m = re.search(pattern, stdout, re.M)
        assert m, f"no line matching {pattern!r} in:\n{stdout}"
        found.append(tuple(int(g) for g in m.groups()))
    return found


@pytest.fixture(scope="module")
def saved_pages(snapshot_web, tmp_path_factory) -> dict[str, Path]:
    """Seed and negative pages saved as the server sent them (raw bytes: the cnenergy one stays GBK)."""
    out = tmp_path_factory.mktemp("pages")
    pages = {}
    with requests.Session() as http:
        http.trust_env = False
        for aid in ("s000", "s003", "s004", "n_icet_forum"):
            resp = http.get(snapshot_web.url(aid), timeout=10)
            resp.raise_for_status()
            pages[aid] = out / f"{aid}.html"
            pages[aid].write_bytes(resp.content)
    assert "gb2312" in requests.head(snapshot_web.url("s003"), timeout=10).headers["Content-Type"]
    return pages


def test_demo_prints_summary_and_writes_the_warehouse(cli_env, free_port_base, tmp_path):
    db = tmp_path / "demo.duckdb"
    proc = run(["demo", "--db", str(db)], {**cli_env, "PACTWATCH_DEMO_PORT_BASE": str(free_port_base)}, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    pages, records, merged = summary_numbers(proc.stdout)
    seen, fetched, unchanged, failed, skipped = pages
    assert (seen, fetched, unchanged, failed) == (len(ARTICLES) + len(MANIFEST["decoys"]), len(ARTICLES), 0, 0)
    assert skipped == len(MANIFEST["decoys"])
    assert records[0] == len(ARTICLES) and all(n > 0 for n in records)
    assert merged[0] > 0  # the syndicated copy and the Chinese repost fold into existing records
    for decoy in MANIFEST["decoys"].values():  # reported as skipped, at its URL on the fixed port base
        port = free_port_base + list(MANIFEST["sites"]).index(decoy["site"])
        assert f"skipped [{decoy['site']}] http://127.0.0.1:{port}{decoy['path']}: disallowed by robots.txt" \
            in proc.stdout
    assert db.is_file()
    assert count(db, "articles") == len(ARTICLES)
    assert count(db, "agreements") == records[2]


def test_crawl_with_a_sources_file(cli_env, prefect_env, snapshot_web, tmp_path):
    from prefect.settings import PREFECT_API_URL

    sources = snapshot_web.write_sources(tmp_path / "sources.yaml", rate_limit=0)
    db = tmp_path / "crawl.duckdb"
    proc = run(["crawl", "--sources", str(sources), "--db", str(db)],
               {**cli_env, "PREFECT_API_URL": PREFECT_API_URL.value()}, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    pages, records, _ = summary_numbers(proc.stdout)
    assert pages[1] == len(ARTICLES) and pages[3] == 0
    assert count(db, "articles") == len(ARTICLES) == records[0]
    assert {s: p for s, _, p, _ in snapshot_web.requests if p.startswith("/members/")} == {}


def test_extract_prints_one_json_object_per_input(cli_env, saved_pages, tmp_path):
    order = ["s000", "s003", "s004", "n_icet_forum"]
    proc = run(["extract", *[str(saved_pages[a]) for a in order]], cli_env, tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(order), proc.stdout
    objs = [json.loads(line) for line in lines]
    for aid, obj in zip(order, objs):
        art = ARTICLES[aid]
        assert EXTRACT_KEYS <= set(obj), obj.keys()
        assert obj["path"] == str(saved_pages[aid])
        assert (obj["title"], obj["published_on"], obj["language"]) == (art["title"], art["published_on"],
                                                                         art["language"])
        for s in art.get("must_contain", []):
            assert s in obj["text"], (aid, s)
        for s in art.get("must_not_contain", []):
            assert s not in obj["text"], (aid, s)
        for key, fields in (("events", EVENT_FIELDS), ("agreements", AGREEMENT_FIELDS),
                            ("commitments", COMMITMENT_FIELDS)):
            for rec in obj[key]:
                assert fields <= set(rec), (aid, key, fields - set(rec))
    s000, s003, s004, forum = objs
    assert any({"China Beijing Environment Exchange", "Climate Action Reserve"} <= set(a["parties"])
               for a in s000["agreements"])
    assert "中美气候领导峰会" in s003["text"]  # GBK bytes read from a file, no HTTP header to go by
    assert any({"BYD", "Los Angeles"} <= set(a["parties"]) for a in s003["agreements"])
    assert {(c["actor"], c["target_year"]) for c in s003["commitments"] if c["commitment_type"] == "emissions_peak"} \
        >= {("Beijing", 2020), ("Guangzhou", 2020)}
    assert any(e["start_on"] == "2020-11-17" and e["city"] == "Beijing" for e in s004["events"])
    assert forum["agreements"] == []


def test_extract_missing_file_is_an_error_line_and_nonzero_exit(cli_env, saved_pages, tmp_path):
    missing = tmp_path / "no-such-page.html"
    proc = run(["extract", str(saved_pages["s004"]), str(missing)], cli_env, tmp_path, timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 2
    assert lines[0]["title"] == ARTICLES["s004"]["title"] and "error" not in lines[0]
    assert lines[1]["path"] == str(missing) and lines[1]["error"]


def test_crawl_bad_sources_key_is_one_line_exit_2(cli_env, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n"
                   "  - name: partner-news\n"
                   "    start_urls: [\"https://example.org/news/\"]\n"
                   "    article_link: \"h3 a\"\n", encoding="utf-8")
    db = tmp_path / "bad.duckdb"
    proc = run(["crawl", "--sources", str(bad), "--db", str(db)], cli_env, tmp_path, timeout=60)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1, proc.stderr
    assert "partner-news" in err[0] and "article_link" in err[0]
    assert "Traceback" not in proc.stderr
    assert not db.exists()


@pytest.mark.parametrize("command", ["demo", "crawl", "extract"])
def test_command_help_shows_an_example(cli_env, tmp_path, command):
    proc = run([command, "--help"], cli_env, tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert f"example: pactwatch {command}" in proc.stdout


def test_top_level_help_lists_the_commands(cli_env, tmp_path):
    proc = run(["--help"], cli_env, tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    for command in ("demo", "crawl", "extract"):
        assert command in proc.stdout
