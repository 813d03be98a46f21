"""Advisory severity: the GHSA level when present, else derived from a CVSS vector.

Computed once per record at import time, so matching does no CVSS arithmetic.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import cvss

from tracesec.engines.model import Severity

_GHSA_LEVELS = {
    "CRITICAL": Severity.CRITICAL,
    "HIGH": Severity.HIGH,
    "MODERATE": Severity.MEDIUM,
    "MEDIUM": Severity.MEDIUM,
    "LOW": Severity.LOW,
}


def from_score(score: float) -> Severity:
    """CVSS qualitative rating scale (the same bands in v3 and v4)."""
    if score >= 9.0:
        return Severity.CRITICAL
    if score >= 7.0:
        return Severity.HIGH
    if score >= 4.0:
        return Severity.MEDIUM
    if score > 0.0:
        return Severity.LOW
    return Severity.INFO


def cvss_score(kind: str, vector: str) -> float | None:
    """Base score of a CVSS vector, or None when the vector is malformed or unknown."""
    try:
        if kind == "CVSS_V4":
            return float(cvss.CVSS4(vector).base_score)
        if kind == "CVSS_V3":
            return float(cvss.CVSS3(vector).base_score)
        if kind == "CVSS_V2":
            return float(cvss.CVSS2(vector).base_score)
    except (cvss.CVSSError, ValueError, KeyError, IndexError, TypeError):
        return None
    return None


def _scores(entries: Any) -> list[Severity]:
    found: list[Severity] = []
    if not isinstance(entries, list):
        return found
    for entry in entries:
        if not isinstance(entry, Mapping):
            continue
        score = cvss_score(str(entry.get("type", "")), str(entry.get("score", "")))
        if score is not None:
            found.append(from_score(score))
    return found


def record_severity(record: Mapping[str, Any]) -> Severity | None:
    """The worst severity a record states: GHSA level first, else its CVSS vectors."""
    specific = record.get("database_specific")
    if isinstance(specific, Mapping):
        level = _GHSA_LEVELS.get(str(specific.get("severity", "")).upper())
        if level is not None:
            return level
    found = _scores(record.get("severity"))
    for affected in record.get("affected") or ():
        if isinstance(affected, Mapping):
            found.extend(_scores(affected.get("severity")))
    if not found:
        return None
    return max(found, key=lambda s: s.rank)
