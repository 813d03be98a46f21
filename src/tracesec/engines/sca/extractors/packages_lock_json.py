"""NuGet's ``packages.lock.json`` (version 1 and 2): resolved packages per target framework."""

from __future__ import annotations

import json

from tracesec.engines.model import Package
from tracesec.engines.sca.extractors.base import (
    Lines,
    Lookup,
    ParseError,
    basename,
    decode,
    expect_object,
    load_json,
    package,
)

NAME = "packages.lock.json"
ECOSYSTEM = "NuGet"
SUPPORTED_VERSIONS = (1, 2)


def matches(path: str) -> bool:
    return basename(path) == "packages.lock.json"


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    data = expect_object(load_json(content), "packages.lock.json")
    version = data.get("version")
    if version is None:
        raise ParseError("not a packages.lock.json: missing 'version'")
    if version not in SUPPORTED_VERSIONS:
        raise ParseError(f"unsupported packages.lock.json version {version!r} (supported: 1, 2)")
    frameworks = data.get("dependencies")
    if not isinstance(frameworks, dict):
        raise ParseError("not a packages.lock.json: 'dependencies' is missing or not an object")
    lines = Lines(decode(content))
    found: dict[tuple[str, str], Package] = {}
    for framework, entries in frameworks.items():
        lines.find(json.dumps(framework) + ":")
        if not isinstance(entries, dict):
            raise ParseError(f"target framework {framework!r} is not an object")
        for name, entry in entries.items():
            line = lines.find(json.dumps(name) + ":")
            if not isinstance(entry, dict):
                raise ParseError(f"package {name!r} at line {line} is not an object")
            kind = entry.get("type")
            if kind == "Project":
                continue  # another project of the same solution
            resolved = entry.get("resolved")
            if not isinstance(resolved, str) or not resolved:
                raise ParseError(f"package {name!r} at line {line} has no 'resolved' version")
            found.setdefault(
                (name.lower(), resolved),
                package(ECOSYSTEM, name, resolved, path, line, direct=kind == "Direct"),
            )
    return list(found.values())
