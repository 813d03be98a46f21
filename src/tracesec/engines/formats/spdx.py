"""SPDX 2.3 JSON: the scanned tree as the described package, every inventoried package with
its purl (an external reference) and checksums, and DEPENDS_ON relationships from the tree to
its direct packages and between packages where the lockfile records the graph.

Licences are not known to Trace, so every licence field says NOASSERTION, as SPDX asks.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any

from tracesec.engines.formats import sbom
from tracesec.engines.model import ScanResult

SPDX_VERSION = "SPDX-2.3"
ROOT_ID = "SPDXRef-Root"
NAMESPACE_BASE = "https://spdx.org/spdxdocs/"
NOASSERTION = "NOASSERTION"
_ALGORITHMS = {"SHA-1": "SHA1", "SHA-256": "SHA256", "SHA-384": "SHA384", "SHA-512": "SHA512"}
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9.-]+")


def _package(spdx_id: str, entry: sbom.Component) -> dict[str, Any]:
    package: dict[str, Any] = {
        "SPDXID": spdx_id,
        "name": entry.name,
        "downloadLocation": NOASSERTION,
        "filesAnalyzed": False,
        "licenseConcluded": NOASSERTION,
        "licenseDeclared": NOASSERTION,
        "copyrightText": NOASSERTION,
        "primaryPackagePurpose": "LIBRARY",
    }
    if entry.version:
        package["versionInfo"] = entry.version
    checksums = [
        {"algorithm": _ALGORITHMS[alg], "checksumValue": value}
        for alg, value in entry.hashes
        if alg in _ALGORITHMS
    ]
    if checksums:
        package["checksums"] = checksums
    if entry.purl:
        package["externalRefs"] = [
            {
                "referenceCategory": "PACKAGE-MANAGER",
                "referenceType": "purl",
                "referenceLocator": entry.purl,
            }
        ]
    kind = "direct" if entry.direct else "transitive"
    package["comment"] = (
        f"{entry.ecosystem} package ({kind}{', development only' if entry.dev else ''}),"
        f" found in {', '.join(entry.manifests)}"
    )
    return package


def _ids(entries: list[sbom.Component]) -> dict[str, str]:
    """A readable, unique SPDX id per package (SPDX ids allow only letters, digits, . and -)."""
    ids: dict[str, str] = {}
    used: set[str] = {ROOT_ID}
    for entry in entries:
        base = "SPDXRef-Package-" + _UNSAFE_ID.sub("-", f"{entry.name}-{entry.version}").strip("-")
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        ids[entry.ref] = candidate
    return ids


def to_spdx(
    result: ScanResult,
    *,
    name: str = "",
    version: str = "",
    namespace: str = "",
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """``namespace``: the document's unique URI (one is made up under spdx.org's spdxdocs
    prefix, as the SPDX specification suggests, when the caller has none)."""
    subject = sbom.subject_name(result, name)
    entries = sbom.components(result)
    ids = _ids(entries)
    root: dict[str, Any] = {
        "SPDXID": ROOT_ID,
        "name": subject,
        "downloadLocation": NOASSERTION,
        "filesAnalyzed": False,
        "licenseConcluded": NOASSERTION,
        "licenseDeclared": NOASSERTION,
        "copyrightText": NOASSERTION,
        "primaryPackagePurpose": "APPLICATION",
    }
    if version:
        root["versionInfo"] = version
    relationships = [
        {
            "spdxElementId": "SPDXRef-DOCUMENT",
            "relationshipType": "DESCRIBES",
            "relatedSpdxElement": ROOT_ID,
        }
    ]
    for entry in entries:
        if entry.direct:
            relationships.append(_depends(ROOT_ID, ids[entry.ref]))
        relationships.extend(_depends(ids[entry.ref], ids[d]) for d in entry.depends_on)
    safe_subject = _UNSAFE_ID.sub("-", subject).strip("-") or "tree"
    return {
        "spdxVersion": SPDX_VERSION,
        "dataLicense": "CC0-1.0",
        "SPDXID": "SPDXRef-DOCUMENT",
        "name": f"{subject} SBOM",
        "documentNamespace": namespace or f"{NAMESPACE_BASE}trace-{safe_subject}-{uuid.uuid4()}",
        "creationInfo": {
            "created": sbom.timestamp(now),
            "creators": [f"Tool: {sbom.TOOL_NAME}-{sbom.tool_version()}"],
        },
        "documentDescribes": [ROOT_ID],
        "packages": [root, *(_package(ids[e.ref], e) for e in entries)],
        "relationships": relationships,
    }


def _depends(element: str, related: str) -> dict[str, str]:
    return {
        "spdxElementId": element,
        "relationshipType": "DEPENDS_ON",
        "relatedSpdxElement": related,
    }


def render(result: ScanResult, *, name: str = "", version: str = "") -> str:
    document = to_spdx(result, name=name, version=version)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
