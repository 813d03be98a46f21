"""What both SBOM formats (CycloneDX, SPDX) share: the inventory as one entry per package.

The SCA engine lists a package once per manifest that names it; a bill of materials lists it
once, with every manifest it was found in. Packages are keyed by purl (by ecosystem, name and
version when the ecosystem has no purl type).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import PurePosixPath

from tracesec.engines.model import Package, ScanResult

TOOL_NAME = "Trace"


@dataclass(slots=True)
class Component:
    ref: str  # unique in the document: the purl, or "ecosystem:name@version"
    ecosystem: str
    name: str
    version: str
    purl: str
    manifests: list[str] = field(default_factory=list)
    direct: bool = False
    dev: bool = True  # a dev dependency only if every manifest says so
    hashes: list[tuple[str, str]] = field(default_factory=list)
    depends_on: list[str] = field(default_factory=list)


def package_ref(pkg: Package) -> str:
    return pkg.purl or f"{pkg.ecosystem}:{pkg.name}@{pkg.version}"


def components(result: ScanResult) -> list[Component]:
    """One entry per package, in a stable order (ecosystem, name, version)."""
    by_ref: dict[str, Component] = {}
    for pkg in result.inventory:
        ref = package_ref(pkg)
        entry = by_ref.get(ref)
        if entry is None:
            entry = by_ref[ref] = Component(ref, pkg.ecosystem, pkg.name, pkg.version, pkg.purl)
        if pkg.manifest_path not in entry.manifests:
            entry.manifests.append(pkg.manifest_path)
        entry.direct = entry.direct or bool(pkg.direct)
        entry.dev = entry.dev and bool(pkg.dev)
        entry.hashes.extend(h for h in pkg.hashes if h not in entry.hashes)
        entry.depends_on.extend(d for d in pkg.depends_on if d not in entry.depends_on)
    for entry in by_ref.values():  # the graph only names packages the document lists
        entry.depends_on = [d for d in entry.depends_on if d in by_ref and d != entry.ref]
    return sorted(by_ref.values(), key=lambda c: (c.ecosystem, c.name, c.version, c.ref))


def subject_name(result: ScanResult, name: str) -> str:
    """What the document describes: the caller's name (a repository) or the scanned folder."""
    return name or PurePosixPath(result.root.replace("\\", "/")).name or "scanned-tree"


def tool_version() -> str:
    try:
        return metadata.version("tracesec")
    except metadata.PackageNotFoundError:
        return "unknown"


def timestamp(now: dt.datetime | None) -> str:
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return moment.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
