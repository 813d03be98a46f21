"""The JWKS cache against a real loopback JWKS server: one fetch at a time, outside the lock,
and a cooldown after a failed fetch."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from tests.integrations.bitbucket.fitkit import JwksServer, SigningKey, jwks_server
from tracesec.integrations.bitbucket.jwks import JwksCache, JwksUnavailable

KEY = SigningKey(kid="k1")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server() -> Iterator[JwksServer]:
    with jwks_server(KEY) as srv:
        yield srv


def _in_threads(count: int, call: Callable[[], object]) -> list[threading.Thread]:
    threads = [threading.Thread(target=call, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads


def _wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_failed_fetch_on_an_empty_cache_backs_off(server: JwksServer) -> None:
    clock = Clock()
    cache = JwksCache(server.url, timeout=2, clock=clock)  # failure cooldown: 10 s
    server.status = 500
    for _ in range(5):
        with pytest.raises(JwksUnavailable):
            cache.get("k1")
    assert server.fetches == 1  # one failure, then the cooldown: no fetch per request
    server.status = 200
    clock.now += 9
    with pytest.raises(JwksUnavailable):
        cache.get("k1")
    assert server.fetches == 1
    clock.now += 2
    assert cache.get("k1") is not None
    assert server.fetches == 2


def test_concurrent_callers_share_one_failing_fetch(server: JwksServer) -> None:
    cache = JwksCache(server.url, timeout=2)
    server.status = 500
    server.release.clear()  # the endpoint is slow
    outcomes: list[str] = []

    def call() -> None:
        try:
            cache.get("k1")
        except JwksUnavailable:
            outcomes.append("unavailable")

    threads = _in_threads(8, call)
    _wait_for(lambda: server.fetches == 1)
    time.sleep(0.2)  # the other seven are waiting by now
    server.release.set()
    for thread in threads:
        thread.join(10)
    assert outcomes == ["unavailable"] * 8
    assert server.fetches == 1


def test_cached_keys_are_served_while_a_refresh_is_slow(server: JwksServer) -> None:
    clock = Clock()
    cache = JwksCache(server.url, timeout=5, lifespan=60, clock=clock)
    known = cache.get("k1")
    assert known is not None
    clock.now += 61  # stale: the next call refreshes
    server.release.clear()
    refresher = _in_threads(1, lambda: cache.get("k1"))[0]
    _wait_for(lambda: server.fetches == 2)
    answers: list[object] = []
    reader = _in_threads(1, lambda: answers.append(cache.get("k1")))[0]
    reader.join(2)
    served_during_refresh = list(answers)
    server.release.set()
    refresher.join(10)
    reader.join(10)
    assert served_during_refresh == [known]  # not blocked behind the fetch
    assert server.fetches == 2
