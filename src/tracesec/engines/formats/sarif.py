"""SARIF 2.1.0, in the shape code-scanning services read.

- one run per engine (its status decides ``invocations[0].executionSuccessful``: false when
  the engine failed or its coverage is incomplete, with the reasons as notifications);
- every result has ``partialFingerprints`` (Trace's line-independent fingerprint, so the same
  finding keeps its identity across exports and code moves) and ``properties.engine``;
- GitHub code scanning's upload limits are kept: at most ``MAX_RESULTS_PER_RUN`` results per
  run (the most severe; a notification counts the rest), ``MAX_TAGS_PER_RULE`` tags per rule,
  one location per result, ``security-severity`` and ``help`` on every rule, and one
  ``automationDetails`` category per engine;
- SAST CWEs become ``external/cwe/cwe-NN`` tags on the rule and the result;
- SCA results carry ecosystem, package, version, aliases, fixed_version and purl properties;
- a triaged (ignored) finding carries ``suppressions`` (kind external, status accepted, the
  ignore reason as justification), so readers show it as suppressed rather than open;
- ``tool.driver.informationUri`` is the Trace instance's URL when the caller knows it, and is
  left out otherwise (it is optional; a made-up address would mislead).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from tracesec.engines.model import (
    DATAFLOW,
    TAINT_STEP_LABELS,
    Coverage,
    CoverageStatus,
    Engine,
    EngineStatus,
    Finding,
    ScanResult,
    Severity,
)

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "traceFingerprint/v1"

_TOOL_NAMES = {
    Engine.SAST: "Trace SAST",
    Engine.SCA: "Trace SCA",
    Engine.SECRETS: "Trace Secrets",
}
_LEVELS = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
# GitHub code scanning reads properties["security-severity"] as a CVSS-like score.
_SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "0.0",
}
_SCA_PROPERTIES = ("ecosystem", "package", "version", "aliases", "fixed_version", "purl")
_MAX_NOTIFICATIONS = 500
# GitHub code scanning's documented limits ("SARIF results exceed limit"): an upload with more
# than 25,000 results (or rules) in a run or more than 20 tags on a rule is rejected; only 10
# tags are shown. Results are already ordered most severe first, so the cut keeps the worst.
MAX_RESULTS_PER_RUN = 25_000
MAX_TAGS_PER_RULE = 10


def cwe_tags(cwes: Iterable[str]) -> list[str]:
    tags = []
    for cwe in cwes:
        number = cwe.upper().removeprefix("CWE-").strip()
        if number.isdigit():
            tags.append(f"external/cwe/cwe-{int(number)}")
    return tags


def artifact_uri(path: str) -> str:
    """A relative URI reference: newlines, spaces and ``%`` in repository paths are escaped."""
    return quote(path, safe="/-._~!$&'()*+,;=:@")


def _tags(finding: Finding) -> list[str]:
    tags = ["security", finding.engine.value]
    if finding.engine is Engine.SAST:
        tags += cwe_tags(finding.cwe)
    return list(dict.fromkeys(tags))[:MAX_TAGS_PER_RULE]


def _security_severity(finding: Finding) -> str:
    """The CVSS base score when the finding's severity was computed from one, else a score in
    the middle of the severity's band."""
    scored = finding.extra.get("cvss") if finding.engine is Engine.SCA else None
    if finding.extra.get("severity_source") == "cvss" and isinstance(scored, dict):
        score = scored.get("score")
        if isinstance(score, (int, float)):
            return f"{score:.1f}"
    return _SECURITY_SEVERITY[finding.severity]


def _rule(finding: Finding) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "tags": _tags(finding),
        "security-severity": _security_severity(finding),
        "precision": {"high": "high", "medium": "medium", "low": "low"}.get(
            finding.confidence, "medium"
        ),
    }
    if finding.cwe:
        properties["cwe"] = list(finding.cwe)
    if finding.owasp:
        properties["owasp"] = list(finding.owasp)
    return {
        "id": finding.rule_id,
        "name": finding.rule_id,
        "shortDescription": {"text": finding.title or finding.rule_id},
        "fullDescription": {"text": finding.message or finding.title or finding.rule_id},
        "help": {"text": finding.message or finding.title or finding.rule_id},
        "defaultConfiguration": {"level": _LEVELS[finding.severity]},
        "properties": properties,
    }


def _region(finding: Finding) -> dict[str, Any]:
    loc = finding.location
    region: dict[str, Any] = {"startLine": max(1, loc.start_line)}
    region["endLine"] = max(region["startLine"], loc.end_line)
    if loc.start_column >= 1:
        region["startColumn"] = loc.start_column
    if loc.end_column >= 1 and (
        loc.end_line > loc.start_line or loc.end_column >= region.get("startColumn", 1)
    ):
        region["endColumn"] = loc.end_column
    if finding.snippet:
        region["snippet"] = {"text": finding.snippet}
    return region


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "engine": finding.engine.value,
        "severity": finding.severity.value,
        "confidence": finding.confidence,
        "tags": _tags(finding),
    }
    if finding.cwe:
        properties["cwe"] = list(finding.cwe)
    if finding.engine is Engine.SCA:
        for key in _SCA_PROPERTIES:
            value = finding.extra.get(key)
            if value is not None:
                properties[key] = list(value) if isinstance(value, (list, tuple)) else value
        if "advisory_id" in finding.extra:
            properties["advisory_id"] = finding.extra["advisory_id"]
        scored = finding.extra.get("cvss")
        if isinstance(scored, dict):
            properties["cvss_vector"] = scored.get("vector")
            properties["cvss_score"] = scored.get("score")
            properties["cvss_version"] = scored.get("version")
    elif finding.engine is Engine.SECRETS:
        for key in ("masked_preview", "secret_sha256", "first_commit", "last_commit"):
            if key in finding.extra:
                properties[key] = finding.extra[key]
        if finding.extra.get("related"):  # the rules that also reported this credential
            properties["related_rules"] = [r["rule_id"] for r in finding.extra["related"]]
    return {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message or finding.title},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {
                        "uri": artifact_uri(finding.location.path),
                        "uriBaseId": "%SRCROOT%",
                    },
                    "region": _region(finding),
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        **_code_flows(finding),
        "properties": properties,
    }


def _code_flows(finding: Finding) -> dict[str, Any]:
    """A taint finding's trace as SARIF ``codeFlows``, the form code-scanning tools show as
    the path from source to sink; nothing for a finding without one. The steps' code was
    masked by the engines, as the snippet was."""
    steps = finding.extra.get(DATAFLOW) if finding.engine is Engine.SAST else None
    locations = []
    for step in steps if isinstance(steps, list) else ():
        if not isinstance(step, dict) or not step.get("path"):
            continue
        region: dict[str, Any] = {"startLine": max(1, int(step.get("line") or 1))}
        if step.get("code"):
            region["snippet"] = {"text": str(step["code"])}
        kind = str(step.get("kind"))
        locations.append(
            {
                "location": {
                    "physicalLocation": {
                        "artifactLocation": {
                            "uri": artifact_uri(str(step["path"])),
                            "uriBaseId": "%SRCROOT%",
                        },
                        "region": region,
                    },
                    "message": {"text": TAINT_STEP_LABELS.get(kind, "Through")},
                },
                "kinds": ["taint"],
            }
        )
    if len(locations) < 2:
        return {}
    return {"codeFlows": [{"threadFlows": [{"locations": locations}]}]}


def _suppressions(finding: Finding) -> dict[str, Any]:
    """SARIF's ``suppressions`` for a suppressed finding ("inSource": a ``trace-ignore``
    comment; "external": ``.trace.yml`` or Trace's triage; "accepted": in force); nothing
    for an open one."""
    if finding.suppression is None:
        return {}
    source = finding.suppression.source
    suppression: dict[str, Any] = {
        "kind": "inSource" if source == "code" else "external",
        "status": "accepted",
        "justification": finding.suppression.justification,
        "properties": {"source": source},
    }
    if source in ("code", "config") and finding.suppression.path:
        suppression["location"] = {
            "physicalLocation": {
                "artifactLocation": {
                    "uri": artifact_uri(finding.suppression.path),
                    "uriBaseId": "%SRCROOT%",
                },
                **({"region": {"startLine": finding.suppression.line}} if source == "code" else {}),
            }
        }
    return {"suppressions": [suppression]}


def _notification(item: Coverage) -> dict[str, Any]:
    level = "note" if item.status is CoverageStatus.SKIPPED else "warning"
    notification: dict[str, Any] = {
        "level": level,
        "message": {"text": f"{item.status.value}: {item.reason}"},
        "descriptor": {"id": f"coverage/{item.status.value}"},
    }
    notification["locations"] = [
        {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(item.path)}}}
    ]
    return notification


def _run(
    status: EngineStatus, result: ScanResult, walk_skipped: int, information_uri: str
) -> dict[str, Any]:
    findings = [f for f in result.findings if f.engine is status.engine]
    left_out = len(findings) - MAX_RESULTS_PER_RUN
    findings = findings[:MAX_RESULTS_PER_RUN]
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    results = []
    for finding in findings:
        if finding.rule_id not in index:
            index[finding.rule_id] = len(rules)
            rules.append(_rule(finding))
        results.append(_result(finding, index[finding.rule_id]) | _suppressions(finding))
    coverage = [c for c in result.coverage if c.engine is status.engine]
    notifications = [_notification(c) for c in coverage[:_MAX_NOTIFICATIONS]]
    if status.error:
        notifications.insert(
            0,
            {
                "level": "error",
                "message": {"text": status.error},
                "descriptor": {"id": "engine/error"},
            },
        )
    if left_out > 0:
        notifications.insert(
            0,
            {
                "level": "warning",
                "message": {
                    "text": f"{left_out} less severe results left out: code scanning accepts"
                    f" at most {MAX_RESULTS_PER_RUN} per run"
                },
                "descriptor": {"id": "results/truncated"},
            },
        )
    incomplete = any(c.status is not CoverageStatus.SKIPPED for c in coverage)
    driver: dict[str, Any] = {"name": _TOOL_NAMES[status.engine]}
    if information_uri:
        driver["informationUri"] = information_uri
    driver["rules"] = rules
    if status.version:
        driver["version"] = status.version
    return {
        "tool": {"driver": driver},
        "invocations": [
            {
                "executionSuccessful": bool(status.ok and status.complete and not incomplete),
                "toolExecutionNotifications": notifications,
                "properties": {
                    "filesScanned": status.files_scanned,
                    "seconds": round(status.seconds, 3),
                    "skippedByWalk": walk_skipped,
                    "coverageRecords": len(coverage),
                },
            }
        ],
        "originalUriBaseIds": {
            "%SRCROOT%": {"description": {"text": "The root of the scanned tree."}}
        },
        "results": results,
        # one category per engine, so code scanning keeps the three runs' alerts apart
        "automationDetails": {"id": f"trace/{status.engine.value}/"},
        "properties": {"engine": status.engine.value},
    }


def to_sarif(result: ScanResult, *, information_uri: str = "") -> dict[str, Any]:
    walk_skipped = sum(1 for c in result.coverage if c.engine is None)
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [_run(status, result, walk_skipped, information_uri) for status in result.engines],
    }


def render(result: ScanResult, *, information_uri: str = "") -> str:
    document = to_sarif(result, information_uri=information_uri)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
