"""Pipenv's ``Pipfile.lock`` (JSON, ``pipfile-spec`` 6)."""

from __future__ import annotations

from typing import Any

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
    prefixed_hashes,
)

NAME = "Pipfile.lock"
ECOSYSTEM = "PyPI"
SUPPORTED_SPECS = (6,)


def matches(path: str) -> bool:
    return basename(path) == "Pipfile.lock"


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    data = expect_object(load_json(content), "Pipfile.lock")
    meta = data.get("_meta")
    if not isinstance(meta, dict):
        raise ParseError("not a Pipfile.lock: missing the _meta section")
    spec = meta.get("pipfile-spec")
    if spec not in SUPPORTED_SPECS:
        raise ParseError(f"unsupported pipfile-spec {spec!r} (supported: 6)")
    lines = Lines(decode(content))
    found: dict[tuple[str, str], Package] = {}
    for section, dev in (("default", False), ("develop", True)):
        entries = data.get(section, {})
        if not isinstance(entries, dict):
            raise ParseError(f"section {section!r} is not an object")
        for name, entry in entries.items():
            line = lines.find(f'"{name}"')
            version = _version(entry)
            if not version:
                if notes is not None:
                    notes.append(f"{path}:{line}: {name!r} has no pinned version (VCS/path)")
                continue
            if (name, version) in found:
                continue  # listed in default and develop: the default entry wins
            found[(name, version)] = package(
                ECOSYSTEM,
                name,
                version,
                path,
                line,
                dev=dev,
                hashes=prefixed_hashes(entry.get("hashes")),
            )
    return list(found.values())


def _version(entry: Any) -> str:
    if not isinstance(entry, dict):
        raise ParseError("a package entry is not an object")
    version = entry.get("version")
    if isinstance(version, str) and version.startswith("=="):
        return version[2:].strip()
    return ""
