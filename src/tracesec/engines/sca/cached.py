"""SCA extraction results per manifest in the result cache.

What is stored is the extractor's output (packages and notes), not advisories: matching
against the OSV index runs on every scan, so a refreshed index is never hidden by the cache.
A manifest's packages can depend on other files it names (``-r other.txt``, a parent POM), so
an entry records each file the extractor looked up with its content digest and is used only
while they are unchanged. The manifest's path is part of the key: relative includes resolve
from it.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tracesec.engines.model import Package
from tracesec.engines.resultcache import ResultCache, cache_key, content_digest, source_digest

_FORMAT = "sca/1"
_PACKAGE_DIR = Path(__file__).resolve().parent
Lookup = Callable[[str], bytes | None]


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    return source_digest(_PACKAGE_DIR / "extractors", _PACKAGE_DIR / "names.py")


def key_for(extractor_name: str, path: str, content: bytes) -> str:
    return cache_key(_FORMAT, _code_digest(), extractor_name, path, content_digest(content))


class RecordingLookup:
    """The engine's lookup, remembering which files were read and what they held."""

    def __init__(self, lookup: Lookup) -> None:
        self._lookup = lookup
        self.read: dict[str, str | None] = {}

    def __call__(self, path: str) -> bytes | None:
        data = self._lookup(path)
        self.read[path] = content_digest(data) if data is not None else None
        return data


def load(cache: ResultCache, key: str, lookup: Lookup) -> tuple[list[Package], list[str]] | None:
    value = cache.get_json(key)
    if not isinstance(value, dict):
        return None
    try:
        for path, digest in value["reads"]:
            data = lookup(path)
            if (content_digest(data) if data is not None else None) != digest:
                return None  # a file it includes changed
        packages = [Package(**item) for item in value["packages"]]
        notes = [str(note) for note in value["notes"]]
    except (KeyError, TypeError, ValueError):
        return None
    return packages, notes


def save(
    cache: ResultCache,
    key: str,
    reads: dict[str, str | None],
    packages: list[Package],
    notes: list[str],
) -> None:
    value: dict[str, Any] = {
        "reads": sorted(reads.items()),
        "packages": [dataclasses.asdict(p) for p in packages],
        "notes": notes,
    }
    cache.put_json(key, value)
