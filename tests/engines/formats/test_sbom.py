"""CycloneDX 1.6 (with VEX) and SPDX 2.3: validated against the official schemas."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from tests.engines.formats import sample, sbom_schemas
from tracesec.engines.formats import cyclonedx, render, spdx
from tracesec.engines.model import Package, ScanResult, Suppression

NOW = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)
SHA512 = "ab" * 64


def _inventory() -> tuple[Package, ...]:
    express = "pkg:npm/express@4.18.2"
    qs = "pkg:npm/qs@6.11.0"
    return (
        Package("PyPI", "django", "4.2.0", "requirements.txt", 3, "pkg:pypi/django@4.2.0", True),
        Package("npm", "express", "4.18.2", "web/package-lock.json", 10, express, True, False,
                hashes=(("SHA-512", SHA512),), depends_on=(qs, "pkg:npm/missing@1.0.0")),
        Package("npm", "qs", "6.11.0", "web/package-lock.json", 20, qs, False, False),
        # the same package named by a second manifest: one component, two manifest paths
        Package("npm", "qs", "6.11.0", "api/package-lock.json", 5, qs, False, True),
        Package("npm", "@types/node", "20.0.0", "web/package-lock.json", 30,
                "pkg:npm/%40types/node@20.0.0", False, True),
        Package("Go", "example.com/local", "", "go.mod", 4, "", False, False),
    )  # fmt: skip


def _result(reason: str = "used_in_tests") -> ScanResult:
    base = sample.result()
    findings = tuple(
        replace(f, suppression=Suppression("Used in tests", reason=reason))
        if f.fingerprint == sample.SCA.fingerprint
        else f
        for f in base.findings
    )
    return replace(base, findings=findings, inventory=_inventory())


def test_cyclonedx_validates_and_lists_every_package() -> None:
    doc = cyclonedx.to_cyclonedx(
        _result(), name="acme/web", version="abc123", serial=uuid.UUID(int=1), now=NOW
    )
    sbom_schemas.cyclonedx().validate(doc)
    assert doc["specVersion"] == "1.6"
    assert doc["metadata"]["component"]["name"] == "acme/web"
    assert doc["metadata"]["timestamp"] == "2026-12-04T12:00:00Z"
    components = {c["bom-ref"]: c for c in doc["components"]}
    assert len(components) == 5
    qs = components["pkg:npm/qs@6.11.0"]
    manifests = [p["value"] for p in qs["properties"] if p["name"] == "trace:manifest_path"]
    assert manifests == ["web/package-lock.json", "api/package-lock.json"]
    assert "scope" not in qs  # dev in one manifest, required in the other
    assert components["pkg:npm/%40types/node@20.0.0"]["scope"] == "optional"
    express = components["pkg:npm/express@4.18.2"]
    assert express["hashes"] == [{"alg": "SHA-512", "content": SHA512}]
    go = components["Go:example.com/local@"]
    assert "purl" not in go
    assert "version" not in go
    graph = {d["ref"]: d["dependsOn"] for d in doc["dependencies"]}
    assert graph[cyclonedx.ROOT_REF] == ["pkg:pypi/django@4.2.0", "pkg:npm/express@4.18.2"]
    assert graph["pkg:npm/express@4.18.2"] == ["pkg:npm/qs@6.11.0"]  # unknown refs dropped


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("used_in_tests", {"state": "not_affected", "justification": "requires_environment"}),
        ("false_positive", {"state": "false_positive"}),
        ("accepted_risk", {"state": "exploitable", "response": ["will_not_fix"]}),
        ("", {"state": "exploitable", "response": ["will_not_fix"]}),
    ],
)
def test_vex_analysis_from_triage(reason: str, expected: dict[str, object]) -> None:
    doc = cyclonedx.to_cyclonedx(_result(reason), now=NOW)
    sbom_schemas.cyclonedx().validate(doc)
    [vulnerability] = doc["vulnerabilities"]
    assert vulnerability["id"] == "GHSA-xxxx-yyyy-zzzz"
    assert vulnerability["affects"] == [{"ref": "pkg:pypi/django@4.2.0"}]
    assert vulnerability["recommendation"] == "Upgrade to 4.2.15."
    analysis = vulnerability["analysis"]
    assert analysis.pop("detail") == "ignored in Trace: Used in tests"
    assert analysis == expected


def test_open_sca_finding_is_in_triage() -> None:
    doc = cyclonedx.to_cyclonedx(replace(sample.result(), inventory=_inventory()), now=NOW)
    assert doc["vulnerabilities"][0]["analysis"] == {"state": "in_triage"}


def test_spdx_validates_with_purls_checksums_and_relationships() -> None:
    doc = spdx.to_spdx(_result(), name="acme/web", now=NOW)
    sbom_schemas.spdx().validate(doc)
    packages = {p["SPDXID"]: p for p in doc["packages"]}
    assert len(packages) == 6  # the tree itself and five packages
    express = packages["SPDXRef-Package-express-4.18.2"]
    assert express["checksums"] == [{"algorithm": "SHA512", "checksumValue": SHA512}]
    assert express["externalRefs"][0]["referenceLocator"] == "pkg:npm/express@4.18.2"
    assert "SPDXRef-Package-types-node-20.0.0" in packages
    pairs = {(r["spdxElementId"], r["relationshipType"], r["relatedSpdxElement"])
             for r in doc["relationships"]}  # fmt: skip
    assert ("SPDXRef-DOCUMENT", "DESCRIBES", spdx.ROOT_ID) in pairs
    assert (spdx.ROOT_ID, "DEPENDS_ON", "SPDXRef-Package-express-4.18.2") in pairs
    assert (
        "SPDXRef-Package-express-4.18.2", "DEPENDS_ON", "SPDXRef-Package-qs-6.11.0"
    ) in pairs  # fmt: skip
    assert doc["documentNamespace"].startswith("https://spdx.org/spdxdocs/trace-acme-web-")


def test_empty_inventory_still_validates() -> None:
    empty = replace(sample.result(), inventory=(), findings=())
    sbom_schemas.cyclonedx().validate(json.loads(render(empty, "cyclonedx")))
    sbom_schemas.spdx().validate(json.loads(render(empty, "spdx")))


def test_schema_checks_are_real() -> None:
    doc = cyclonedx.to_cyclonedx(_result(), now=NOW)
    doc["components"][0]["hashes"] = [{"alg": "SHA-512", "content": "not hex"}]
    with pytest.raises(jsonschema.ValidationError):
        sbom_schemas.cyclonedx().validate(doc)
    spdx_doc = spdx.to_spdx(_result(), now=NOW)
    spdx_doc["packages"][1]["checksums"] = [{"algorithm": "CRC32", "checksumValue": "00"}]
    with pytest.raises(jsonschema.ValidationError):
        sbom_schemas.spdx().validate(spdx_doc)


def test_schema_copies_are_the_official_ones() -> None:
    schemas = Path(sbom_schemas.SCHEMAS)
    cdx = json.loads((schemas / "bom-1.6.schema.json").read_text())
    assert cdx["$id"] == "http://cyclonedx.org/schema/bom-1.6.schema.json"
    assert json.loads((schemas / "spdx-2.3.schema.json").read_text())["title"] == "SPDX 2.3"
