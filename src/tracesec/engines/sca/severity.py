"""Advisory severity from the data: the CVSS base score of the record's vector, computed with
the ``cvss`` library (v4 preferred, then v3), else the database's own level (GHSA), else a
CVSS v2 vector.

Computed once per record at import time, so matching does no CVSS arithmetic; the vector and
score are kept so the finding can show where its severity comes from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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


# newer CVSS versions describe a vulnerability better: prefer them when a record has several
_KIND_PREFERENCE = {"CVSS_V4": 3, "CVSS_V3": 2, "CVSS_V2": 1}


@dataclass(frozen=True, slots=True)
class CvssScore:
    """A CVSS vector from an OSV record and the base score computed from it."""

    kind: str  # OSV severity type: CVSS_V4, CVSS_V3 or CVSS_V2
    vector: str
    score: float

    @property
    def version(self) -> str:
        """The CVSS version ("3.1", "4.0") the vector names; v2 vectors name none."""
        prefix = self.vector.split("/", 1)[0]
        if prefix.startswith("CVSS:"):
            return prefix.removeprefix("CVSS:")
        return "2.0" if self.kind == "CVSS_V2" else ""

    @property
    def severity(self) -> Severity:
        return from_score(self.score)

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, "vector": self.vector, "score": self.score}

    @classmethod
    def from_json(cls, data: Any) -> CvssScore | None:
        """From ``to_json``'s output; None for anything else (older indexes store nothing)."""
        if not isinstance(data, Mapping):
            return None
        try:
            return cls(str(data["type"]), str(data["vector"]), float(data["score"]))
        except (KeyError, TypeError, ValueError):
            return None


def _vectors(entries: Any) -> list[CvssScore]:
    found: list[CvssScore] = []
    if not isinstance(entries, list):
        return found
    for entry in entries:
        if not isinstance(entry, Mapping):
            continue
        kind, vector = str(entry.get("type", "")), str(entry.get("score", "")).strip()
        score = cvss_score(kind, vector)
        if score is not None:
            found.append(CvssScore(kind, vector, score))
    return found


def record_cvss(record: Mapping[str, Any]) -> CvssScore | None:
    """The record's CVSS: its newest CVSS version, the highest score among vectors of it."""
    found = _vectors(record.get("severity"))
    for affected in record.get("affected") or ():
        if isinstance(affected, Mapping):
            found.extend(_vectors(affected.get("severity")))
    if not found:
        return None
    return max(found, key=lambda c: (_KIND_PREFERENCE.get(c.kind, 0), c.score))


def database_severity(record: Mapping[str, Any]) -> Severity | None:
    """The level the database states itself (GHSA's ``database_specific.severity``)."""
    specific = record.get("database_specific")
    if isinstance(specific, Mapping):
        return _GHSA_LEVELS.get(str(specific.get("severity", "")).upper())
    return None


def record_severity(record: Mapping[str, Any]) -> Severity | None:
    """A CVSS v4/v3 base score first, else the database's level, else a CVSS v2 score."""
    scored = record_cvss(record)
    if scored is not None and scored.kind != "CVSS_V2":
        return scored.severity
    level = database_severity(record)
    if level is not None:
        return level
    return scored.severity if scored is not None else None
