"""Crawl a loopback test web (a tests/gold_web.GoldWeb) with the ingest flow into a temporary DuckDB and check it
against the web's gold.json, one test case per gold item. Shared by tests/test_otherweb_crawl.py and
tests/test_thirdweb_crawl.py; what is checked is described there.

Matching follows shared/eval/score.py (aliases, loose names), but each row goes to the gold record it matches best.
"""
from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb
import pytest

RELATIONS = ("events", "agreements", "commitments")

# --- names and dates (as in shared/eval/score.py) ---------------------------------------------------------------
_GENERIC = re.compile(r"\b(the|city of|municipal government|municipal people's government|people's government|"
                      r"government|municipality|province|provincial government|state of)\b")
_ZH_GENERIC = re.compile(r"(市人民政府|市政府|人民政府|省政府|政府|市|省)$")


def _norm(s) -> str:
    s = unicodedata.normalize("NFKC", str(s or "")).casefold()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[^\w\u4e00-\u9fff\- ]+", " ", s).replace("-", " ")
    return re.sub(r"\s+", " ", s).strip()


def _loose(s) -> str:
    n = _GENERIC.sub(" ", _norm(s))
    n = _ZH_GENERIC.sub("", n.replace(" ", "")) if re.search(r"[\u4e00-\u9fff]", n) else n
    return re.sub(r"\s+", " ", n).strip()


def same_name(pred, aliases) -> bool:
    p, lp = _norm(pred), _loose(pred)
    return bool(p) and any(p == _norm(a) or (lp and lp == _loose(a)) for a in aliases)


def event_name_match(pred, aliases) -> bool:
    if same_name(pred, aliases):
        return True
    pt = set(_norm(pred).split())
    for a in aliases:
        at = set(_norm(a).split())
        if len(at) >= 3 and pt and len(pt & at) / len(pt | at) >= 0.6:
            return True
    return False


def date_ok(pred, accept) -> bool:
    if pred is None:
        return None in accept
    p = pred.isoformat() if isinstance(pred, date) else str(pred)[:10]
    return any(a is not None and p.startswith(a) for a in accept)


# --- the crawl -------------------------------------------------------------------------------------------------
@dataclass
class Crawl:
    result: dict
    articles: list[dict]
    url_to_id: dict[str, str]
    rows: dict[str, list[dict]]
    match: dict[str, dict[str, dict]] = field(default_factory=dict)  # relation -> gold key -> row
    dups: dict[str, dict[str, list[dict]]] = field(default_factory=dict)  # relation -> gold key -> extra rows
    extras: dict[str, list[dict]] = field(default_factory=dict)  # relation -> rows matching no gold record
    harness: "GoldCrawl | None" = field(default=None, repr=False)


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _party_hits(row, g) -> int:
    return sum(any(same_name(x, aliases) for x in row["parties"] or []) for aliases in g["parties"])


def _score(relation: str, row: dict, g: dict) -> float:
    """How well `row` matches gold record `g`: 0 for no match, higher is better."""
    if relation == "events":
        by_name = bool(row["name"]) and event_name_match(row["name"], g["names"])
        by_date = (row["start_on"] is not None and date_ok(row["start_on"], [a for a in g["start_on"]["accept"] if a])
                   and bool(row["city"]) and same_name(row["city"], [g["city"]]))
        return 2.0 * by_name + by_date
    if relation == "agreements":
        hits, n = _party_hits(row, g), len(g["parties"])
        # a row of five parties fits the five-party record better than a two-party one it also covers; same parties:
        # the record signed that day fits better (two MOUs of one pair ten years apart); same parties and day: the
        # instrument of the record's kind (one signing of an agreement and a memorandum, "分别签署《X》和《Y》")
        fit = hits / max(n, len(row["parties"] or []))
        kind = 0.25 * (row.get("agreement_type") in g["agreement_type"]["accept"])
        return fit + 0.5 * date_ok(row["signed_on"], g["signed_on"]["accept"]) + kind if hits >= min(2, n) else 0.0
    ok = (same_name(row["actor"], g["actor"]) and row["commitment_type"] == g["commitment_type"]
          and row["target_year"] == g["target_year"])
    # two shares of one actor and year (20% and 25% by 2030, pledged years apart): the row with the gold's figure
    same = ok and all(row.get(f) is not None and abs(float(row[f]) - float(g[f])) < 1e-6
                      for f in ("share_pct", "base_year", "reduction_pct_min") if f in g)
    return float(ok) + 0.5 * same


def row_event(row: dict) -> bool:
    """Whether a row names its event (agreements, commitments): the tie-break among rows that fit a record alike."""
    return bool(row.get("event_name"))


def _assign(crawl: Crawl, gold: dict) -> None:
    for rel in RELATIONS:
        golds = gold[rel]
        crawl.match[rel], crawl.dups[rel], crawl.extras[rel] = {}, {}, []
        scored = []
        for row in crawl.rows[rel]:
            hits = sorted(((s, i) for i, g in enumerate(golds) if (s := _score(rel, row, g)) > 0), key=lambda t: (-t[0], t[1]))
            scored.append((row, [golds[i] for _, i in hits]))
        # rows with the strongest single match first, so a weak match never takes a record a better row fits; among
        # rows that fit alike, one linked to an event first (two reports the join left apart: the fuller is the match,
        # whatever order the store gives them)
        for row, hits in sorted(scored, key=lambda t: (-(_score(rel, t[0], t[1][0]) if t[1] else 0),
                                                       not row_event(t[0]))):
            if not hits:
                crawl.extras[rel].append(row)
                continue
            free = [g for g in hits if g["key"] not in crawl.match[rel]]
            if free:
                crawl.match[rel][free[0]["key"]] = row
            else:
                crawl.dups[rel].setdefault(hits[0]["key"], []).append(row)


def _show(row: dict | None) -> str:
    if row is None:
        return "None"
    skip = ("source_urls", "evidence_sha", "first_seen_at", "updated_at", "extractor_version")
    return repr({k: v for k, v in row.items() if k not in skip and not k.endswith("_id")})


def _ids(crawl: Crawl, urls) -> set[str]:
    return {crawl.url_to_id[u] for u in urls or [] if u in crawl.url_to_id}


class GoldCrawl:
    """The crawl-and-match harness of one test web: its `crawl` fixture, test cases and checks.

    known_gaps: "<relation>:<key>:<check>" -> reason, marked xfail (strict=True: a gap that is fixed fails until its
    entry goes); env: extra environment for the crawl; no_event_commitments: also fail a commitment that names an event where the gold says the text names none.
    """

    def __init__(self, web_cls, gold_path: Path, known_gaps: dict[str, str], *, env: dict[str, str] | None = None,
                 no_event_commitments: bool = False) -> None:
        self.web_cls = web_cls
        self.gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        self.known_gaps = known_gaps
        self.env = env or {}
        self.no_event_commitments = no_event_commitments

    # --- the crawl ---------------------------------------------------------------------------------------------
    def fixture(self):
        """The module-scoped `crawl` fixture: one ingest run of the whole web."""

        @pytest.fixture(scope="module", name="crawl")
        def crawl(tmp_path_factory) -> Crawl:
            """One ingest run of the whole web. A temporary PREFECT_HOME is set before Prefect is first imported, so
            the flow runs against a throwaway ephemeral API (starting it is most of the test's time)."""
            return self.run(tmp_path_factory)

        return crawl

    def run(self, tmp_path_factory) -> Crawl:
        tmp = tmp_path_factory.mktemp(self.web_cls.__name__.lower())
        db = tmp / "warehouse.duckdb"
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
            mp.setenv("DO_NOT_TRACK", "1")
            mp.setenv("PREFECT_LOGGING_LEVEL", "WARNING")
            for k, v in self.env.items():
                mp.setenv(k, v)
            if "prefect" not in sys.modules and not os.environ.get("PREFECT_HOME") and not os.environ.get("PREFECT_API_URL"):
                mp.setenv("PREFECT_HOME", str(tmp_path_factory.getbasetemp() / "prefect-home"))
            from flows.ingest import ingest

            with self.web_cls() as web:
                sources = web.write_sources(tmp / "sources.yaml")
                result = ingest(sources_file=str(sources), db=str(db))
        con = duckdb.connect(str(db), read_only=True)
        try:
            articles = _rows(con, "select url, source, title, published_on, language, text from articles")
            rows = {rel: _rows(con, f"select * from {rel}") for rel in RELATIONS}
        finally:
            con.close()
        holders = {gid: [a["url"] for a in articles if ga["fingerprint"] in (a["text"] or "")]
                   for gid, ga in self.gold["articles"].items()}
        url_to_id = {}
        for a in articles:
            gids = [gid for gid, urls in holders.items() if a["url"] in urls]
            if gids:
                url_to_id[a["url"]] = min(gids, key=lambda g: len(holders[g]))
        c = Crawl(result, articles, url_to_id, rows, harness=self)
        _assign(c, self.gold)
        return c

    # --- test cases --------------------------------------------------------------------------------------------
    def cases(self, kind: str, keys, checks) -> list:
        gaps, out = self.known_gaps, []
        for key in keys:
            for check in checks:
                gap = gaps.get(f"{kind}:{key}:{check}") or (gaps.get(f"{kind}:{key}:*") if check != "no_duplicate" else None)
                marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
                out.append(pytest.param(key, check, id=f"{kind}:{key}:{check}", marks=marks))
        return out

    def record_cases(self) -> list:
        out = []
        for rel in RELATIONS:
            for key in self.required(rel):
                out += [pytest.param(rel, *p.values, id=p.id, marks=p.marks)
                        for p in self.cases(rel, [key], ("found", "fields", "evidence", "no_duplicate"))]
        return out

    def unexpected_cases(self) -> list:
        gaps = self.known_gaps
        return [pytest.param(r, id=r, marks=[pytest.mark.xfail(strict=True, reason=gaps[f"{r}:*:unexpected"])]
                             if f"{r}:*:unexpected" in gaps else []) for r in RELATIONS]

    def required(self, rel: str) -> list[str]:
        return [g["key"] for g in self.gold[rel] if not g.get("optional")]

    def gold_record(self, rel: str, key: str) -> dict:
        return next(g for g in self.gold[rel] if g["key"] == key)

    # --- checks ------------------------------------------------------------------------------------------------
    def _event_errors(self, row: dict, g: dict) -> list[str]:
        """The event_name checks of an agreement or commitment."""
        bad = []
        if g.get("event") and not (row["event_name"]
                                   and event_name_match(row["event_name"], self.gold_record("events", g["event"])["names"])):
            bad.append(f"event_name {row['event_name']!r} is not {g['event']}")
        return bad

    def field_errors(self, rel: str, row: dict, g: dict) -> list[str]:
        bad = []
        no_event = g.get("event") is None and "event" in g and row["event_name"]
        if rel == "events":
            if not date_ok(row["start_on"], g["start_on"]["accept"]):
                bad.append(f"start_on {row['start_on']} not in {g['start_on']['accept']}")
            if "end_on" in g and not date_ok(row["end_on"], g["end_on"]["accept"]):
                bad.append(f"end_on {row['end_on']} not in {g['end_on']['accept']}")
            if not (row["city"] and same_name(row["city"], [g["city"]])) and (g["city"] or row["city"]):
                bad.append(f"city {row['city']!r} != {g['city']!r}")  # an empty gold city (held online) wants none
            if (row["country"] or "").upper() != g["country"]:
                bad.append(f"country {row['country']!r} != {g['country']!r}")
        elif rel == "agreements":
            parties = list(row["parties"] or [])
            missing = [aliases[0] for aliases in g["parties"] if not any(same_name(x, aliases) for x in parties)]
            every = g["parties"] + g.get("parties_optional", [])
            extra = [x for x in parties if not any(same_name(x, aliases) for aliases in every)]
            if missing:
                bad.append(f"parties lack {missing}")
            if extra:
                bad.append(f"parties wrongly include {extra}")
            if row["agreement_type"] not in g["agreement_type"]["accept"]:
                bad.append(f"agreement_type {row['agreement_type']!r} not in {g['agreement_type']['accept']}")
            if not date_ok(row["signed_on"], g["signed_on"]["accept"]):
                bad.append(f"signed_on {row['signed_on']} not in {g['signed_on']['accept']}")
            cities = g.get("city", {}).get("accept", [None])
            if not ((row["city"] is None and None in cities)
                    or (row["city"] is not None and same_name(row["city"], [c for c in cities if c]))):
                bad.append(f"city {row['city']!r} not in {cities}")
            bad += self._event_errors(row, g)
            if no_event:
                bad.append(f"event_name {row['event_name']!r} where the text names no event")
        else:
            for f in ("base_year", "reduction_pct_min", "reduction_pct_max", "per_capita_t", "share_pct"):
                if f in g and (row.get(f) is None or abs(float(row[f]) - float(g[f])) > 1e-6):
                    bad.append(f"{f} {row[f]} != {g[f]}")
            bad += self._event_errors(row, g)
            if no_event and self.no_event_commitments:
                bad.append(f"event_name {row['event_name']!r} where the text names no event")
        return bad

    # --- the tests ---------------------------------------------------------------------------------------------
    def tests(self, module: str) -> tuple:
        """test_article, test_record and test_no_unexpected_rows of this web, as new functions of `module`."""

        @pytest.mark.parametrize("gid,check", self.cases("article", self.gold["articles"],
                                                         ("found", "published_on", "language", "text")))
        def test_article(crawl, gid, check):
            check_article(crawl, gid, check)

        @pytest.mark.parametrize("rel,key,check", self.record_cases())
        def test_record(crawl, rel, key, check):
            check_record(crawl, rel, key, check)

        @pytest.mark.parametrize("rel", self.unexpected_cases())
        def test_no_unexpected_rows(crawl, rel):
            """Every row is a gold record (required or optional): no fact the text does not state."""
            check_no_unexpected_rows(crawl, rel)

        made = (test_article, test_record, test_no_unexpected_rows)
        for fn in made:
            fn.__module__ = module
        return made


def check_article(crawl: Crawl, gid: str, check: str) -> None:
    ga = crawl.harness.gold["articles"][gid]
    hits = [a for a in crawl.articles if crawl.url_to_id.get(a["url"]) == gid]
    assert hits, f"{gid}: no stored article contains {ga['fingerprint']!r}"
    a = hits[0]
    if check == "found":
        assert len(hits) == 1, [h["url"] for h in hits]
    elif check == "published_on":
        assert date_ok(a["published_on"], [ga["published_on"]]), (a["url"], a["published_on"])
    elif check == "language":
        assert (a["language"] or "").lower().startswith(ga["language"]), a["language"]
    else:
        lacks = [s for s in ga["must_contain"] if s not in a["text"]]
        keeps = [s for s in ga["must_not_contain"] if s in a["text"]]
        assert not lacks and not keeps, {"lacks": lacks, "keeps": keeps}


def check_record(crawl: Crawl, rel: str, key: str, check: str) -> None:
    h = crawl.harness
    g = h.gold_record(rel, key)
    row = crawl.match[rel].get(key)
    if check == "no_duplicate":
        extra = crawl.dups[rel].get(key, [])
        assert not extra, f"{key} stored {1 + len(extra)} times; extra rows: " + "; ".join(map(_show, extra))
        return
    if row is None:
        near = [r for r in crawl.rows[rel] if _ids(crawl, r["source_urls"]) & set(g.get("evidence", []))]
        pytest.fail(f"{key}: no row matches; rows from its articles: " + ("; ".join(map(_show, near)) or "none"))
    if check == "fields":
        errors = h.field_errors(rel, row, g)
        assert not errors, f"{key}: {errors}; row {_show(row)}"
    elif check == "evidence":
        found = {gid for gid in h.gold["articles"] if any(crawl.url_to_id.get(a["url"]) == gid for a in crawl.articles)}
        need = set(g.get("evidence", [])) & found
        have = _ids(crawl, row["source_urls"])
        assert need <= have, f"{key}: cites {sorted(have)}, lacks {sorted(need - have)}"


def check_no_unexpected_rows(crawl: Crawl, rel: str) -> None:
    extras = crawl.extras[rel]
    assert not extras, "\n".join(f"{_show(r)} from {sorted(_ids(crawl, r['source_urls']))}" for r in extras)


def check_sources(crawl: Crawl, sources: set[str], listing_pages: dict[str, int] | None = None) -> None:
    """The crawl itself: exactly `sources` crawled, none with a failure, each site of `listing_pages` through that
    many listing pages (its pagination followed), and as many articles stored as the gold has."""
    stats = crawl.result["sources"]
    assert set(stats) == sources
    for name, st in stats.items():
        assert not st["failed"], (name, st["failed"])
    for name, pages in (listing_pages or {}).items():
        assert stats[name]["listing_pages"] == pages, (name, stats[name]["listing_pages"])
    assert len(crawl.articles) == len(crawl.harness.gold["articles"])
