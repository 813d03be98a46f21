"""A content-addressed store of per-file engine results, shared by processes through a directory.

Why a directory and not the database: the engines are a plain library (no Django), every
worker and the CLI can open the same directory, and a file per entry gives atomic publication
for free (write a temporary file, ``os.replace`` it into place). Workers on one machine share
``TRACE_SCAN_CACHE_DIR``; a network file system with atomic rename works across machines.

- **Keys** are SHA-256 digests of everything that decides a result (engine, engine version,
  rule-pack or detector-set digest, result-affecting configuration, file content hash); the
  callers build them with ``cache_key``. Entries hold results *after* redaction: the engines
  store only what they would also print, and never a raw secret.
- **Integrity:** each entry carries the SHA-256 of its payload. A truncated, corrupt or foreign
  entry is a miss (and is removed), never an error or a wrong result.
- **Concurrency:** writers publish with an atomic rename, so a reader sees a whole entry or
  none; two writers of one key write the same bytes. Eviction runs under an exclusive
  ``flock`` (one evictor at a time; the others skip), and an entry evicted under a reader's
  feet is a miss.
- **Bounded size, LRU:** a hit refreshes the entry's mtime; ``trim()`` removes the least
  recently used entries once the total exceeds ``max_bytes``.
- Payloads are JSON (compressed), never pickle: a cache directory is not trusted to run code.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import logging
import os
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 1024 * 1024 * 1024
_MAGIC = b"TRC1"
_DIGEST_BYTES = 32
_LAYOUT = "v1"  # a new on-disk layout gets a new directory; old entries age out
_TRIM_TO = 0.9  # trim to 90 % of the bound so every write does not trigger a trim


def cache_key(*parts: str) -> str:
    """The digest naming one entry: parts are joined unambiguously (NUL never occurs in them)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    writes: int = 0
    corrupt: int = 0
    evicted: int = 0


class ResultCache:
    """One cache directory. Methods never raise on I/O trouble: the cache is an optimisation."""

    def __init__(self, directory: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.directory = Path(directory)
        self.max_bytes = max(0, int(max_bytes))
        self.stats = CacheStats()
        self._entries = self.directory / _LAYOUT
        self._usable = True
        try:
            self._entries.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            logger.warning("cache.unusable", extra={"reason": os.strerror(exc.errno or 0)})
            self._usable = False

    def _path(self, key: str) -> Path:
        return self._entries / key[:2] / key

    def get_json(self, key: str) -> Any | None:
        """The stored value for ``key``, or None (absent, corrupt, unreadable)."""
        if not self._usable:
            return None
        path = self._path(key)
        try:
            with open(path, "rb") as handle:
                blob = handle.read()
        except OSError:
            self.stats.misses += 1
            return None
        value = _decode(blob)
        if value is None:
            self.stats.corrupt += 1
            self.stats.misses += 1
            logger.warning("cache.corrupt_entry", extra={"key": key})
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # LRU: a hit is a use
        self.stats.hits += 1
        return value

    def put_json(self, key: str, value: Any) -> None:
        if not self._usable:
            return
        blob = _encode(value)
        path = self._path(key)
        try:
            path.parent.mkdir(exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
            os.replace(tmp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            if exc.errno != errno.ENOSPC:
                logger.warning("cache.write_failed", extra={"reason": os.strerror(exc.errno or 0)})
            return
        self.stats.writes += 1

    def trim(self) -> None:
        """Evict the least recently used entries down to 90 % of ``max_bytes``; one evictor
        at a time."""
        if not self._usable:
            return
        try:
            lock = open(self.directory / ".lock", "a+b")  # noqa: SIM115 - held across the walk
        except OSError:
            return
        with lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return  # another process is trimming
            entries = sorted(self._entries_with_stats())
            total = sum(size for _mtime, size, _path in entries)
            if total <= self.max_bytes:
                return
            target = int(self.max_bytes * _TRIM_TO)
            for _mtime, size, path in entries:
                if total <= target:
                    break
                with contextlib.suppress(OSError):
                    os.unlink(path)
                    total -= size
                    self.stats.evicted += 1

    def size_bytes(self) -> int:
        return sum(size for _mtime, size, _path in self._entries_with_stats())

    def _entries_with_stats(self) -> Iterator[tuple[int, int, str]]:
        try:
            shards = list(os.scandir(self._entries))
        except OSError:
            return
        for shard in shards:
            if not shard.is_dir(follow_symlinks=False):
                continue
            try:
                files = list(os.scandir(shard.path))
            except OSError:
                continue
            for entry in files:
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                yield st.st_mtime_ns, st.st_size, entry.path


def _encode(value: Any) -> bytes:
    payload = zlib.compress(json.dumps(value, separators=(",", ":")).encode(), 1)
    return _MAGIC + hashlib.sha256(payload).digest() + payload


def _decode(blob: bytes) -> Any | None:
    header = len(_MAGIC) + _DIGEST_BYTES
    if len(blob) < header or not blob.startswith(_MAGIC):
        return None
    payload = blob[header:]
    if hashlib.sha256(payload).digest() != blob[len(_MAGIC) : header]:
        return None
    try:
        return json.loads(zlib.decompress(payload))
    except (zlib.error, ValueError, UnicodeDecodeError):
        return None


def source_digest(*sources: Path) -> str:
    """A digest of the Python sources that shape an engine's results (its "engine version").

    Any change to that code invalidates the engine's entries, so no hand-bumped version
    number can be forgotten.
    """
    h = hashlib.sha256()
    for source in sources:
        files = [source] if source.is_file() else sorted(source.rglob("*.py"))
        for path in files:
            h.update(path.name.encode())
            h.update(b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def open_cache(directory: Path | None, max_bytes: int) -> ResultCache | None:
    return ResultCache(directory, max_bytes) if directory is not None else None
