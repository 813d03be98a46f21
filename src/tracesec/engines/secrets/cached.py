"""Secrets results per file in the result cache, re-usable under any path.

A file's secrets findings depend only on its bytes and on the detectors (data and code): the
path enters a finding only as its location and in the fingerprint, which is rebuilt from the
stored SHA-256 of the value. Entries hold what the engine reports (masked snippet, hash,
masked preview), never the value.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from tracesec.engines.fingerprint import secret_fingerprint
from tracesec.engines.formats.json import finding_from_dict, finding_to_dict
from tracesec.engines.model import Finding
from tracesec.engines.resultcache import ResultCache, cache_key, content_digest, source_digest
from tracesec.engines.secrets.matcher import Matcher

_FORMAT = "secrets/1"
_PACKAGE_DIR = Path(__file__).resolve().parent
_PLACEHOLDER_PATH = ""


@functools.lru_cache(maxsize=4)
def detector_set_digest(matcher: Matcher) -> str:
    """Every detector attribute plus the engine's code (filters, reporting) and fingerprints."""
    data = "\n".join(repr(d) for d in matcher.detectors)
    code = source_digest(_PACKAGE_DIR.parent / "fingerprint.py", _PACKAGE_DIR)
    return cache_key(_FORMAT, data, code)


def key_for(matcher: Matcher, data: bytes) -> str:
    return cache_key(_FORMAT, detector_set_digest(matcher), content_digest(data))


def load(cache: ResultCache, key: str, path: str) -> list[Finding] | None:
    value = cache.get_json(key)
    if not isinstance(value, list):
        return None
    try:
        findings = [finding_from_dict(item) for item in value]
        return [_at(f, path) for f in findings]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # a stale or foreign entry is a miss


def save(cache: ResultCache, key: str, findings: Sequence[Finding]) -> None:
    cache.put_json(key, [finding_to_dict(_at(f, _PLACEHOLDER_PATH)) for f in findings])


def _at(finding: Finding, path: str) -> Finding:
    sha256 = str(finding.extra["secret_sha256"])
    return replace(
        finding,
        location=replace(finding.location, path=path),
        fingerprint=secret_fingerprint(finding.rule_id, path, sha256),
    )
