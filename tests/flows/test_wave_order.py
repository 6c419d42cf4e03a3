"""How the ingest orders its waves (issue 19): every host's share in every wave, and the next wave fetched while
the current one is worked on."""
from __future__ import annotations

import threading

import pytest

from flows.prefetch import fetch_ahead
from flows.tasks import Target
from flows.waves import host_shares, waves


def targets(host: str, n: int) -> list[Target]:
    return [Target(f"http://{host}/news/{i}.html", host, "article") for i in range(n)]


def test_each_wave_holds_each_hosts_share_in_the_hosts_own_order():
    a, b, c = targets("a.example", 60), targets("b.example", 30), targets("c.example", 10)
    order = host_shares(a + b + c)
    assert sorted(order, key=id) == sorted(a + b + c, key=id)  # the same targets, each once
    for group in (a, b, c):
        assert [t for t in order if t in group] == group
    for wave in waves(order, 20):
        hosts = [t.source for t in wave]
        assert (hosts.count("a.example"), hosts.count("b.example"), hosts.count("c.example")) == (12, 6, 2)


def test_parts_come_in_order_with_their_offsets():
    got = list(fetch_ahead([[0, 1], [2], [3, 4]], lambda part, offset: ([x * 10 for x in part], offset)))
    assert got == [([0, 1], ([0, 10], 0)), ([2], ([20], 2)), ([3, 4], ([30, 40], 3))]


def test_the_next_part_is_fetched_while_the_caller_works_on_the_current_one():
    started = {i: threading.Event() for i in range(3)}

    def fetch(part, offset):
        started[part[0]].set()
        return part

    seen = []
    for part, _ in fetch_ahead([[0], [1], [2]], fetch):
        if part[0] < 2:  # the caller holds part i: part i + 1 is on its way without being asked for
            assert started[part[0] + 1].wait(timeout=30)
        seen.append(part[0])
    assert seen == [0, 1, 2]


def test_a_failed_fetch_raises_in_the_caller():
    def fetch(part, offset):
        if part == ["bad"]:
            raise RuntimeError("injected")
        return part

    with pytest.raises(RuntimeError, match="injected"):
        for _ in fetch_ahead([["ok"], ["bad"], ["never"]], fetch):
            pass
