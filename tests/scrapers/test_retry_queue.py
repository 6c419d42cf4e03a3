"""Retries off the hot path (issue 19): the scheduler behind `Fetcher.fetch_many`, and transient faults of the body
(cut short, connection closed) retried like a 500, against a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import threading

from pactwatch.config import Settings, Source
from scrapers.fetch import Fetcher
from scrapers.retry_queue import backoff, retry_wait, run_blocking, run_scheduled

try:
    from loopback import Loopback, Reply
except ImportError:  # collected as a package
    from tests.scrapers.loopback import Loopback, Reply

HTML = "<html><body><p>Agreement signed.</p></body></html>".encode()


def settings(**overrides) -> Settings:
    values = dict(connect_timeout=0.5, read_timeout=0.5, rate_limit=0, retries=2, backoff_base=0,
                  retry_after_max=2, trust_env=False, obey_robots=False)
    return Settings(**{**values, **overrides})


def test_a_job_waiting_for_its_retry_lets_the_worker_take_the_next_jobs():
    calls: list[tuple[str, int]] = []

    def attempt(job: str, n: int):
        calls.append((job, n))
        return f"{job}{n}", (0.3 if job == "a" and n == 1 else None)  # a: transient once, retry after 0.3 s

    results = run_scheduled(["a", "b", "c"], attempt, max_workers=1)
    assert results == ["a2", "b1", "c1"]  # in job order
    assert calls == [("a", 1), ("b", 1), ("c", 1), ("a", 2)]  # one worker: b and c did not wait for a's retry


def test_run_blocking_asks_until_the_answer_is_final():
    calls: list[int] = []

    def attempt(n: int):
        calls.append(n)
        return f"try{n}", (0.0 if n < 3 else None)  # transient twice, then final

    assert run_blocking(attempt) == "try3" and calls == [1, 2, 3]


def test_jobs_of_one_lane_never_overlap_and_keep_their_order():
    active, most, order = [0], [0], []
    lock = threading.Lock()

    def attempt(job: tuple[str, int], n: int):
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
            order.append(job)
        with lock:
            active[0] -= 1
        return job, None

    jobs = [("slow.example", i) for i in range(6)]
    assert run_scheduled(jobs, attempt, max_workers=4, lane=lambda job: job[0]) == jobs
    assert most[0] == 1 and order == jobs


def test_a_due_retry_goes_before_new_jobs_of_its_lane():
    calls: list[tuple[int, int]] = []

    def attempt(job: int, n: int):
        calls.append((job, n))
        return job, (0.0 if (job, n) == (0, 1) else None)

    run_scheduled(list(range(4)), attempt, max_workers=1, lane=lambda job: "host")
    assert calls[:3] == [(0, 1), (0, 2), (1, 1)]


def test_waits_are_bounded():
    assert retry_wait(1, 3600.0, 0.5, 30.0, 60.0) == 60.0  # Retry-After, capped
    assert retry_wait(1, None, 0.0, 30.0, 60.0) == 0.0
    assert all(0.5 <= backoff(1, 0.5, 30.0) <= 1.0 for _ in range(50))
    assert backoff(10, 0.5, 30.0) == 30.0 and backoff(5000, 0.5, 30.0) == 30.0


def test_body_cut_short_is_retried_and_kept():
    with Loopback() as site:
        site.route("/cut", Reply(body=HTML, content_length=len(HTML) + 500), Reply(body=HTML))
        with Fetcher(settings()) as fetcher:
            page = fetcher.fetch(site.url("/cut"), Source(name="t", start_urls=[site.url("/")], article_links="a"))
        assert page.ok and page.body == HTML
        assert site.paths().count("/cut") == 2


def test_body_cut_short_every_time_fails_after_the_retries():
    with Loopback() as site:
        site.route("/cut", Reply(body=HTML, content_length=len(HTML) + 500))
        with Fetcher(settings(retries=1)) as fetcher:
            page = fetcher.fetch(site.url("/cut"), Source(name="t", start_urls=[site.url("/")], article_links="a"))
        assert page.error.startswith("truncated body: got") and not page.ok
        assert site.paths().count("/cut") == 2


def test_fetch_many_keeps_a_rate_limited_host_going_while_a_page_waits_for_retry_after():
    with Loopback() as site:
        site.route("/busy", Reply(status=429, headers={"Retry-After": "1"}), Reply(body=HTML))
        for p in ("/a", "/b"):
            site.route(p, Reply(body=HTML))
        src = Source(name="t", start_urls=[site.url("/")], article_links="a", rate_limit=20)
        with Fetcher(settings()) as fetcher:
            pages = fetcher.fetch_many([(site.url(p), src) for p in ("/busy", "/a", "/b")], max_workers=4)
        assert [p.ok for p in pages] == [True, True, True]
        assert site.paths() == ["/busy", "/a", "/b", "/busy"]  # a and b did not wait behind busy's retry
        first, second = [seen.at for seen in site.requests if seen.path == "/busy"]
        assert second - first >= 0.9  # Retry-After: 1 was honoured
