"""The result cache: misses on corruption, safe concurrent writers, LRU bound, no clear secrets."""

from __future__ import annotations

import multiprocessing
import os
import time
import zlib
from pathlib import Path

from tests.support.git_trees import write
from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.resultcache import ResultCache, cache_key
from tracesec.engines.scan import scan
from tracesec.engines.secrets.detectors.base import fake

TOKEN = fake("ghp_", 36, seed="cache-test")


def _entry_files(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.is_file() and p.name != ".lock"]


def test_round_trip_and_miss(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    key = cache_key("a", "b")
    assert cache.get_json(key) is None
    cache.put_json(key, [{"x": 1}])
    assert cache.get_json(key) == [{"x": 1}]
    assert (cache.stats.hits, cache.stats.misses, cache.stats.writes) == (1, 1, 1)


def test_corrupt_or_truncated_entry_is_a_miss_and_is_removed(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    for i, damage in enumerate([b"", b"TRC1", b"garbage" * 20, None]):
        key = cache_key("entry", str(i))
        cache.put_json(key, {"n": i})
        (entry,) = [p for p in _entry_files(tmp_path) if p.name == key]
        blob = entry.read_bytes()
        # None: flip one payload byte (digest mismatch); others: replace the whole entry
        entry.write_bytes(blob[:-1] + bytes([blob[-1] ^ 1]) if damage is None else damage)
        assert cache.get_json(key) is None
        assert not entry.exists()
    assert cache.stats.corrupt == 4


def test_a_foreign_entry_under_the_engines_is_a_miss_not_a_crash(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    write(root, "settings.py", f'TOKEN = "{TOKEN}"\n')
    config = ScanConfig(engines=(Engine.SECRETS,), cache_dir=tmp_path / "cache")
    cold = scan(root, config)
    for entry in _entry_files(tmp_path / "cache"):  # valid framing, wrong shape
        ResultCache(tmp_path / "cache").put_json(entry.name, {"unexpected": True})
    again = scan(root, config)
    assert [f.fingerprint for f in again.findings] == [f.fingerprint for f in cold.findings]


def _writer(directory: str, rounds: int) -> None:
    cache = ResultCache(Path(directory), max_bytes=20_000)
    for i in range(rounds):
        key = cache_key("shared", str(i % 7))
        cache.put_json(key, {"value": "x" * (i % 7) * 100, "n": i % 7})
        value = cache.get_json(key)
        assert value is None or value == {"value": "x" * (i % 7) * 100, "n": i % 7}
        if i % 10 == 0:
            cache.trim()


def test_concurrent_writers_and_evictors_never_leave_a_bad_entry(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), 60)) for _ in range(4)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    cache = ResultCache(tmp_path)
    for i in range(7):
        value = cache.get_json(cache_key("shared", str(i)))
        assert value is None or value["n"] == i
    assert cache.stats.corrupt == 0
    assert not [p for p in _entry_files(tmp_path) if p.name.startswith(".tmp-")]


def test_trim_evicts_least_recently_used_first(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, max_bytes=10**9)
    keys = [cache_key("lru", str(i)) for i in range(10)]
    for i, key in enumerate(keys):
        cache.put_json(key, {"blob": os.urandom(500).hex()})
        entry = tmp_path / "v1" / key[:2] / key
        os.utime(entry, (time.time() - 100 + i, time.time() - 100 + i))
    assert cache.get_json(keys[0]) is not None  # a hit makes the oldest the most recent
    size = cache.size_bytes()
    cache.max_bytes = size // 2
    cache.trim()
    assert cache.size_bytes() <= size // 2
    assert cache.get_json(keys[0]) is not None
    assert cache.get_json(keys[1]) is None  # the least recently used went first
    assert cache.get_json(keys[9]) is not None


def test_unusable_directory_means_no_cache_not_a_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = ResultCache(blocker / "cache")
    cache.put_json("ab" * 32, [1])
    assert cache.get_json("ab" * 32) is None
    cache.trim()


def test_cached_entries_never_hold_a_secret_in_clear(tmp_path: Path) -> None:
    """SAST and secrets entries are written after redaction: the token never reaches disk."""
    root = tmp_path / "tree"
    write(
        root,
        "app.py",
        "import requests\n\n"
        f'API_TOKEN = "{TOKEN}"\n'
        f'requests.get("https://example.invalid", headers={{"Authorization": "{TOKEN}"}},'
        " verify=False)\n",
    )
    write(root, "requirements.txt", "requests==2.0.0\n")
    cache_dir = tmp_path / "cache"
    result = scan(root, ScanConfig(cache_dir=cache_dir))
    assert {f.engine for f in result.findings} >= {Engine.SAST, Engine.SECRETS}
    entries = _entry_files(cache_dir)
    assert len(entries) >= 3  # one per engine at least
    for entry in entries:
        payload = zlib.decompress(entry.read_bytes()[36:])
        assert TOKEN.encode() not in payload
        assert TOKEN[4:20].encode() not in payload
    for finding in result.findings:
        assert TOKEN not in finding.snippet + finding.message + finding.title


def test_a_moved_file_reuses_its_secrets_entry_under_its_new_path(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    write(root, "settings.py", f'TOKEN = "{TOKEN}"\n')
    config = ScanConfig(engines=(Engine.SECRETS,), cache_dir=tmp_path / "cache")
    scan(root, config)
    (root / "settings.py").rename(root / "moved.py")
    writes_before = len(_entry_files(tmp_path / "cache"))
    cached = scan(root, config)
    cold = scan(root, ScanConfig(engines=(Engine.SECRETS,)))
    assert len(_entry_files(tmp_path / "cache")) == writes_before  # a hit, nothing analysed
    assert [(f.fingerprint, f.location.path) for f in cached.findings] == [
        (f.fingerprint, f.location.path) for f in cold.findings
    ]
    assert cached.findings[0].location.path == "moved.py"
