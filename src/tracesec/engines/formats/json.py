"""The versioned JSON document of a ``ScanResult`` (CLI ``--format json``, stored payloads).

``to_dict``/``render`` write it; ``from_dict``/``loads`` read it back into the same frozen
dataclasses, refusing documents of another schema or major version.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tracesec.engines.errors import FormatError
from tracesec.engines.model import (
    SCHEMA_VERSION,
    Coverage,
    CoverageStatus,
    Engine,
    EngineStatus,
    Finding,
    Location,
    Package,
    ScanResult,
    Severity,
    Suppression,
)

SCHEMA_NAME = "trace-scan-result"


def finding_to_dict(f: Finding) -> dict[str, Any]:
    return {
        "engine": f.engine.value,
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "title": f.title,
        "message": f.message,
        "location": {
            "path": f.location.path,
            "start_line": f.location.start_line,
            "end_line": f.location.end_line,
            "start_column": f.location.start_column,
            "end_column": f.location.end_column,
        },
        "fingerprint": f.fingerprint,
        "snippet": f.snippet,
        "cwe": list(f.cwe),
        "owasp": list(f.owasp),
        "confidence": f.confidence,
        "extra": _plain(f.extra),
        "suppression": _suppression(f.suppression),
    }


def _suppression(suppression: Suppression | None) -> dict[str, Any] | None:
    if suppression is None:
        return None
    return {
        "justification": suppression.justification,
        "source": suppression.source,
        "path": suppression.path,
        "line": suppression.line,
        "expires": suppression.expires,
    }


def _plain(value: Any) -> Any:
    """JSON-friendly copy of ``extra`` (tuples become lists, keys sorted for stable output)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def to_dict(result: ScanResult) -> dict[str, Any]:
    return {
        "schema": SCHEMA_NAME,
        "schema_version": result.schema_version,
        "root": result.root,
        "complete": result.complete,
        "summary": summary(result),
        "engines": [
            {
                "engine": s.engine.value,
                "ok": s.ok,
                "complete": s.complete,
                "files_scanned": s.files_scanned,
                "seconds": round(s.seconds, 3),
                "error": s.error,
                "version": s.version,
            }
            for s in result.engines
        ],
        "findings": [finding_to_dict(f) for f in result.findings],
        "coverage": [
            {
                "engine": c.engine.value if c.engine else None,
                "path": c.path,
                "status": c.status.value,
                "reason": c.reason,
            }
            for c in result.coverage
        ],
        "inventory": [package_to_dict(p) for p in result.inventory],
        "errors": list(result.errors),
        "timings": {k: round(v, 3) for k, v in sorted(result.timings.items())},
    }


def summary(result: ScanResult) -> dict[str, Any]:
    by_severity = {s.value: 0 for s in Severity}
    by_engine: dict[str, int] = {}
    for f in result.findings:
        by_severity[f.severity.value] += 1
        by_engine[f.engine.value] = by_engine.get(f.engine.value, 0) + 1
    return {
        "findings": len(result.findings),
        "suppressed": sum(1 for f in result.findings if f.suppression is not None),
        "by_severity": by_severity,
        "by_engine": by_engine,
        "skipped": sum(1 for c in result.coverage if c.engine is None),
    }


def render(result: ScanResult) -> str:
    return json.dumps(to_dict(result), indent=2, ensure_ascii=False) + "\n"


def _major(version: str) -> str:
    return version.split(".", 1)[0]


def from_dict(doc: Mapping[str, Any]) -> ScanResult:
    if not isinstance(doc, Mapping) or doc.get("schema") != SCHEMA_NAME:
        raise FormatError("not a Trace scan result document")
    version = str(doc.get("schema_version", ""))
    if _major(version) != _major(SCHEMA_VERSION):
        raise FormatError(
            f"unsupported schema version {version!r} (this Trace reads {SCHEMA_VERSION})"
        )
    try:
        return ScanResult(
            root=str(doc["root"]),
            findings=tuple(finding_from_dict(f) for f in doc["findings"]),
            coverage=tuple(
                Coverage(
                    engine=Engine(c["engine"]) if c.get("engine") else None,
                    path=c["path"],
                    status=CoverageStatus(c["status"]),
                    reason=c["reason"],
                )
                for c in doc["coverage"]
            ),
            engines=tuple(
                EngineStatus(
                    engine=Engine(s["engine"]),
                    ok=bool(s["ok"]),
                    complete=bool(s["complete"]),
                    files_scanned=int(s["files_scanned"]),
                    seconds=float(s["seconds"]),
                    error=s.get("error", ""),
                    version=s.get("version", ""),
                )
                for s in doc["engines"]
            ),
            inventory=tuple(package_from_dict(p) for p in doc.get("inventory", ())),
            errors=tuple(doc.get("errors", ())),
            timings=dict(doc.get("timings", {})),
            schema_version=version,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise FormatError(f"malformed scan result document ({type(exc).__name__}: {exc})") from exc


def package_to_dict(p: Package) -> dict[str, Any]:
    return {
        "ecosystem": p.ecosystem,
        "name": p.name,
        "version": p.version,
        "manifest_path": p.manifest_path,
        "line": p.line,
        "purl": p.purl,
        "direct": p.direct,
        "dev": p.dev,
        "hashes": [list(h) for h in p.hashes],
        "depends_on": list(p.depends_on),
    }


def package_from_dict(doc: Mapping[str, Any]) -> Package:
    """The inverse of ``package_to_dict``; raises KeyError/TypeError/ValueError when malformed."""
    fields = dict(doc)
    fields["hashes"] = tuple((str(a), str(h)) for a, h in fields.get("hashes", ()))
    fields["depends_on"] = tuple(str(p) for p in fields.get("depends_on", ()))
    return Package(**fields)


def finding_from_dict(f: Mapping[str, Any]) -> Finding:
    """The inverse of ``finding_to_dict``; raises KeyError/TypeError/ValueError when malformed."""
    return Finding(
        engine=Engine(f["engine"]),
        rule_id=f["rule_id"],
        severity=Severity(f["severity"]),
        title=f["title"],
        message=f["message"],
        location=Location(**f["location"]),
        fingerprint=f["fingerprint"],
        snippet=f.get("snippet", ""),
        cwe=tuple(f.get("cwe", ())),
        owasp=tuple(f.get("owasp", ())),
        confidence=f.get("confidence", "medium"),
        extra=_frozen(f.get("extra", {})),
        suppression=Suppression(**f["suppression"]) if f.get("suppression") else None,
    )


def _frozen(value: Any) -> Any:
    """Lists in ``extra`` come back as tuples, as the engines produce them."""
    if isinstance(value, Mapping):
        return {k: _frozen(v) for k, v in value.items()}
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


def loads(text: str) -> ScanResult:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"not JSON (line {exc.lineno}, column {exc.colno})") from exc
    return from_dict(doc)


def load(path: Path) -> ScanResult:
    return loads(path.read_text(encoding="utf-8"))
