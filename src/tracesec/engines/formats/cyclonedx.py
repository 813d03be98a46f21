"""CycloneDX 1.6 JSON: the SBOM of a scan, with VEX from SCA findings and their triage.

- ``components``: every package the SCA engine inventoried (not only vulnerable ones), with
  its purl, hashes where the lockfile records them, and Trace properties (ecosystem, manifest
  paths, direct/transitive, development-only);
- ``dependencies``: the scanned tree depends on the direct packages, and each package on what
  its lockfile says it depends on (package-lock.json v2/v3 records the graph);
- ``vulnerabilities``: one entry per SCA finding, ``affects`` naming its component. Its
  ``analysis`` is the triage: open findings are ``in_triage``; ignored ones carry a state and
  justification derived from the ignore reason (``_ANALYSIS``), the reason text as ``detail``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from tracesec.engines.formats import sbom
from tracesec.engines.model import Engine, Finding, ScanResult, Suppression

SPEC_VERSION = "1.6"
ROOT_REF = "trace:scanned-tree"

# The dashboard's ignore reasons as CycloneDX analysis (state, justification, response).
# A false positive is its own state; "used in tests" means the vulnerable code only runs in a
# test environment; accepting a risk or not fixing says the package is affected and stays.
_ANALYSIS: dict[str, tuple[str, str, str]] = {
    "false_positive": ("false_positive", "", ""),
    "used_in_tests": ("not_affected", "requires_environment", ""),
    "accepted_risk": ("exploitable", "", "will_not_fix"),
    "wont_fix": ("exploitable", "", "will_not_fix"),
}
# A trace-ignore comment or .trace.yml entry gives a reason in words only: recorded as a
# decision not to fix, never as a claim that the package is unaffected.
_UNCLASSIFIED = ("exploitable", "", "will_not_fix")


def analysis(suppression: Suppression | None) -> dict[str, Any]:
    if suppression is None:
        return {"state": "in_triage"}
    state, justification, response = _ANALYSIS.get(suppression.reason, _UNCLASSIFIED)
    found: dict[str, Any] = {"state": state}
    if justification:
        found["justification"] = justification
    if response:
        found["response"] = [response]
    source = {"triage": "ignored in Trace", "code": "trace-ignore", "config": ".trace.yml"}
    found["detail"] = f"{source.get(suppression.source, suppression.source)}: " + (
        suppression.justification or "no reason given"
    )
    return found


def _component(entry: sbom.Component) -> dict[str, Any]:
    component: dict[str, Any] = {"type": "library", "bom-ref": entry.ref, "name": entry.name}
    if entry.version:
        component["version"] = entry.version
    if entry.dev:
        component["scope"] = "optional"
    if entry.hashes:
        component["hashes"] = [{"alg": alg, "content": value} for alg, value in entry.hashes]
    if entry.purl:
        component["purl"] = entry.purl
    properties = [{"name": "trace:ecosystem", "value": entry.ecosystem}]
    properties += [{"name": "trace:manifest_path", "value": m} for m in entry.manifests]
    properties.append(
        {"name": "trace:dependency", "value": "direct" if entry.direct else "transitive"}
    )
    component["properties"] = properties
    return component


def _vulnerability(finding: Finding, refs: dict[tuple[str, str, str], str]) -> dict[str, Any]:
    extra = finding.extra
    advisory = str(extra.get("advisory_id") or finding.rule_id)
    vulnerability: dict[str, Any] = {
        "bom-ref": f"trace:finding:{finding.fingerprint}",
        "id": advisory,
        "source": {"name": "OSV", "url": f"https://osv.dev/vulnerability/{advisory}"},
    }
    aliases = [str(a) for a in extra.get("aliases", ()) or () if str(a) != advisory]
    if aliases:
        vulnerability["references"] = [{"id": a, "source": {"name": "OSV"}} for a in aliases]
    vulnerability["ratings"] = [{"source": {"name": "Trace"}, "severity": finding.severity.value}]
    if finding.cwe:
        cwes = [c.upper().removeprefix("CWE-") for c in finding.cwe]
        vulnerability["cwes"] = [int(c) for c in cwes if c.isdigit()]
    vulnerability["description"] = str(extra.get("summary") or finding.title)
    if extra.get("fixed_version"):
        vulnerability["recommendation"] = f"Upgrade to {extra['fixed_version']}."
    vulnerability["analysis"] = analysis(finding.suppression)
    key = (str(extra.get("ecosystem")), str(extra.get("package")), str(extra.get("version")))
    if key in refs:
        vulnerability["affects"] = [{"ref": refs[key]}]
    return vulnerability


def to_cyclonedx(
    result: ScanResult,
    *,
    name: str = "",
    version: str = "",
    serial: uuid.UUID | None = None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """``name``/``version``: the subject (a repository and the scanned commit)."""
    entries = sbom.components(result)
    refs = {(e.ecosystem, e.name, e.version): e.ref for e in entries}
    subject: dict[str, Any] = {
        "type": "application",
        "bom-ref": ROOT_REF,
        "name": sbom.subject_name(result, name),
    }
    if version:
        subject["version"] = version
    dependencies = [{"ref": ROOT_REF, "dependsOn": [e.ref for e in entries if e.direct]}]
    dependencies += [{"ref": e.ref, "dependsOn": e.depends_on} for e in entries]
    document: dict[str, Any] = {
        "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",
        "bomFormat": "CycloneDX",
        "specVersion": SPEC_VERSION,
        "serialNumber": (serial or uuid.uuid4()).urn,
        "version": 1,
        "metadata": {
            "timestamp": sbom.timestamp(now),
            "tools": {
                "components": [
                    {"type": "application", "name": sbom.TOOL_NAME, "version": sbom.tool_version()}
                ]
            },
            "component": subject,
        },
        "components": [_component(e) for e in entries],
        "dependencies": dependencies,
    }
    vulnerabilities = [_vulnerability(f, refs) for f in result.findings if f.engine is Engine.SCA]
    if vulnerabilities:
        document["vulnerabilities"] = vulnerabilities
    return document


def render(result: ScanResult, *, name: str = "", version: str = "") -> str:
    document = to_cyclonedx(result, name=name, version=version)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
