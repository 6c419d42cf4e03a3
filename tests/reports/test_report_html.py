"""The HTML report from a real warehouse holding hostile scraped markup, opened in a real headless Chromium:
self-contained, no console message, not blank, hostile markup shown as text and never run, every record linked
to its evidence, names in English and Chinese."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from browser import grey_variance, run_chromium
from report_warehouse import HOSTILE, HOSTILE_URL, ZH_QUOTE, build

from reports.html import build_report


PACTWATCH = str(Path(sys.executable).with_name("pactwatch"))  # the console script, as a user runs it

@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    out, _ = build_report(build(tmp / "w.duckdb"), tmp / "report.html")
    return out


@pytest.fixture(scope="module")
def tree(report):
    return lxml.html.fromstring(report.read_text(encoding="utf-8"))


def test_is_self_contained_and_has_no_script(tree):
    assert tree.xpath("//script") == []
    assert tree.xpath("//link") == []
    assert [e for e in tree.iter() if any(a.lower().startswith("on") for a in e.attrib)] == []
    assert tree.xpath("//@src") == [] and tree.xpath("//@href[not(starts-with(., '#')) and "
                                                     "not(starts-with(., 'http'))]") == []
    svgs = tree.xpath("//*[local-name()='svg']")
    assert {c for s in svgs for c in s.get("class", "").split()} >= {"marks", "network", "map"}   # inline charts
    assert not tree.xpath("//*[local-name()='svg']//*[local-name()='script' or local-name()='foreignObject']")
    assert not [h for h in tree.xpath("//*[local-name()='svg']//@*[local-name()='href']") if not h.startswith("#")]
    css = " ".join(tree.xpath("//style/text()"))
    urls = re.findall(r"url\(([^)]*)\)", css)
    assert len(urls) == 1 and urls[0].startswith("data:font/woff2;base64,")   # the embedded font, nothing remote
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp and "script" not in csp and "font-src data:" in csp


def test_hostile_markup_is_text_and_unsafe_urls_are_not_links(tree):
    text = tree.text_content()
    assert text.count(HOSTILE) >= 3          # agreement title (table and evidence), quote, page title
    assert HOSTILE_URL in text               # shown as text ...
    assert not [h for h in tree.xpath("//a/@href") if h.lower().startswith("javascript")]  # ... never a link


def test_every_record_links_to_its_evidence_with_quotes_in_their_language(tree):
    ids = set(tree.xpath("//@id"))
    links = [h[1:] for h in tree.xpath("//a/@href") if h.startswith("#")]
    for rid in ("agreement-ag_1", "agreement-ag_2", "agreement-ag_3", "event-ev_a", "event-ev_b",
                *(f"commitment-cm_{i}" for i in range(1, 6))):
        assert rid in ids and f"ev-{rid}" in links and f"ev-{rid}" in ids
    (section,) = tree.xpath("//section[@id='ev-agreement-ag_1']")
    assert [q.get("lang") for q in section.xpath(".//blockquote")] == ["en", "zh"]
    assert section.xpath(".//blockquote[@lang='zh']")[0].text_content() == ZH_QUOTE
    assert "http://127.0.0.1:9/zh/36912.html" in section.xpath(".//a/@href")


def test_names_in_english_and_chinese(tree):
    cells = [td.text_content() for td in tree.xpath("//table[1]//td[1]")]
    assert "Wuhan 武汉" in cells and "Los Angeles 洛杉矶" in cells
    parties = tree.xpath("//tr[@id='agreement-ag_2']/td[4]")[0].text_content()
    assert parties == "Wuhan 武汉; Los Angeles 洛杉矶; Energy Foundation China 能源基金会"


def test_commitments_read_as_sentences(tree):
    rows = {tr.get("id"): tr.xpath("td[2]")[0].text_content() for tr in tree.xpath("//tr[starts-with(@id, 'commitment-')]")}
    assert rows == {"commitment-cm_1": "emissions peak by 2025", "commitment-cm_2": "60-65% reduction below 2005 by 2030",
                    "commitment-cm_3": "carbon neutrality by 2045", "commitment-cm_4": "2 t CO2/person by 2050",
                    "commitment-cm_5": "100% renewable by 2045"}


def test_chromium_shows_it_without_console_messages_and_runs_nothing(report):
    dom, console = run_chromium(report, "--dump-dom")
    assert console == []                     # no error, no CSP violation, no log line at all
    page = lxml.html.fromstring(dom)
    assert page.xpath("//body/@data-pwned") == [] and "pwned" not in page.xpath("string(//body/@*)")
    assert HOSTILE in page.text_content()
    assert page.xpath("//script") == []


def test_chromium_screenshot_is_not_blank(report, tmp_path):
    shot = tmp_path / "shot.png"
    _, console = run_chromium(report, f"--screenshot={shot}")
    assert console == []
    assert grey_variance(shot.read_bytes()) > 100    # a blank page is ~0; the report draws text and charts


def test_report_command_writes_the_file(report, tmp_path, cli_env):
    out = tmp_path / "r.html"
    db = build(tmp_path / "cli.duckdb")
    proc = subprocess.run([PACTWATCH, "report", "--db", str(db), "--out", str(out)],
                          capture_output=True, text=True, env=cli_env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "3 agreements, 5 commitments, 2 events" in proc.stdout and out.read_text().startswith("<!DOCTYPE html>")
    missing = subprocess.run([PACTWATCH, "report", "--db", str(tmp_path / "none.duckdb"),
                              "--out", str(out)], capture_output=True, text=True, env=cli_env, timeout=120)
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
