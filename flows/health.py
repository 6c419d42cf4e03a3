"""A run's health, judged per source and for the run, so a schedule's failures show where users look.

Each source ends a run `ok`, `partial` or `failed`:
- failed: no listing/feed/sitemap page could be fetched, or none offered an article link, or every article
  page it found failed (unreachable, HTTP error, not an article);
- partial: it brought articles, but some of its pages failed;
- ok: everything it found was fetched, confirmed unchanged, or settled by an earlier run.

The run: every source failed -> Prefect state Failed, exit code 3; some failed or partial (or the batch staged)
-> Completed named "Partial" with a message, exit code 1; else Completed, exit code 0. Reasons are plain words
("connection refused to 127.0.0.1:9", "selector `a.story` matched nothing on URL"), grouped with a count.
"""
from __future__ import annotations

from collections import Counter

OK, PARTIAL, FAILED = "ok", "partial", "failed"
MAX_REASONS = 5  # per source: distinct reasons shown, the commonest first


class RunFailed(Exception):
    """Every source of the run failed; `summary` is the run's summary (per-source health and reasons)."""

    def __init__(self, message: str, summary: dict) -> None:
        super().__init__(message)
        self.summary = summary

    def __reduce__(self):  # Prefect persists the state's data: keep the summary through pickling
        return (RunFailed, (str(self), self.summary))


def plain(why: str) -> str:
    """A fetch error as a reason: without the `connection failed:` prefix, HTTP statuses spelled out."""
    why = (why or "unknown error").removeprefix("connection failed: ")
    if why.startswith("gone: "):
        return f"HTTP {why.removeprefix('gone: ')} (page gone)"
    if why.startswith("http "):
        return f"HTTP {why.removeprefix('http ')}"
    return why


def _grouped(failures: dict[str, str], what: str) -> list[str]:
    """'REASON (N WHAT pages, e.g. URL)' per distinct reason, commonest first."""
    by_reason: dict[str, list[str]] = {}
    for url, why in failures.items():
        by_reason.setdefault(plain(why), []).append(url)
    out = []
    for reason, urls in sorted(by_reason.items(), key=lambda kv: -len(kv[1]))[:MAX_REASONS]:
        n = len(urls)
        out.append(f"{reason} ({n} {what} page{'s' if n != 1 else ''}, e.g. {urls[0]})" if n > 1 else
                   f"{reason} ({what} {urls[0]})")
    return out


def judge(s: dict) -> tuple[str, list[str]]:
    """(health, reasons) of one source from its run figures (a SourceStats as a dict)."""
    disc_failed = s.get("discovery_failed") or {}
    empty = s.get("discovery_empty") or []
    failed, skipped = s.get("failed") or {}, s.get("skipped") or {}
    found, seen = s.get("found", 0), s.get("seen", 0)
    if found == 0 and seen == 0:
        if disc_failed and len(disc_failed) >= s.get("listing_pages", 0):
            return FAILED, ["nothing reachable: " + r for r in _grouped(disc_failed, "discovery")]
        reasons = _grouped(disc_failed, "discovery") + empty[:MAX_REASONS]
        return FAILED, ["no article link found"] + (reasons or ["the source's pages list no article"])
    usable = seen - len(failed) - len(skipped)
    if seen > 0 and usable <= 0 and (failed or skipped):
        return FAILED, ["every article page failed: " + r for r in _grouped({**skipped, **failed}, "article")]
    if failed or disc_failed:
        return PARTIAL, _grouped(disc_failed, "discovery") + _grouped(failed, "article")
    return OK, []


def assess(sources: dict[str, dict]) -> dict[str, dict]:
    """Set `health` and `reasons` on every source's figures (in place); return them."""
    for s in sources.values():
        s["health"], s["reasons"] = judge(s)
    return sources


def verdict(summary: dict) -> tuple[str, str]:
    """The run's health (ok / partial / failed) and a one-line message naming the sources that were not ok."""
    sources = summary.get("sources") or {}
    health = Counter(s.get("health", OK) for s in sources.values())
    bad = [f"{name}: {s['reasons'][0]}" for name, s in sources.items() if s.get("health") == FAILED and s["reasons"]]
    staged = "staged" in (summary.get("load") or {})
    if sources and health[FAILED] == len(sources):
        return FAILED, f"every source failed ({len(sources)}): " + "; ".join(bad)
    if health[FAILED] or health[PARTIAL] or staged:
        parts = [f"{health[FAILED]} of {len(sources)} sources failed" if health[FAILED] else "",
                 f"{health[PARTIAL]} partial" if health[PARTIAL] else "",
                 "the batch is staged (warehouse busy)" if staged else ""]
        return PARTIAL, ", ".join(p for p in parts if p) + (": " + "; ".join(bad) if bad else "")
    return OK, f"{len(sources)} sources ok"


def exit_code(summary: dict) -> int:
    """0 every source ok, 1 partial (some sources or pages failed, or the batch staged), 3 every source failed."""
    return {OK: 0, PARTIAL: 1, FAILED: 3}[verdict(summary)[0]]


def final_state(summary: dict):
    """The Prefect state a flow returns: Completed, Completed named "Partial", or Failed (data: RunFailed)."""
    from prefect.states import Completed, Failed

    health, message = verdict(summary)
    if health == FAILED:
        return Failed(message=message, data=RunFailed(message, summary))
    if health == PARTIAL:
        return Completed(name="Partial", message=message, data=summary)
    return Completed(message=message, data=summary)
