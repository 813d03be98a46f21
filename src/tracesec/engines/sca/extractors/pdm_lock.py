"""PDM's ``pdm.lock`` (lock_version 4.x)."""

from __future__ import annotations

from tracesec.engines.model import Package
from tracesec.engines.sca.extractors import _tomllock
from tracesec.engines.sca.extractors.base import (
    Lookup,
    ParseError,
    basename,
    decode,
    load_toml,
    package,
)

NAME = "pdm.lock"
ECOSYSTEM = "PyPI"


def matches(path: str) -> bool:
    return basename(path) == "pdm.lock"


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    data = load_toml(content)
    metadata = data.get("metadata")
    if not isinstance(metadata, dict):
        raise ParseError("not a pdm.lock: missing the [metadata] table")
    lock_version = metadata.get("lock_version")
    if lock_version is not None and str(lock_version).split(".")[0] != "4":
        raise ParseError(f"unsupported pdm lock_version {lock_version!r} (supported: 4.x)")
    tables = _tomllock.package_tables(data, "package")
    lines = _tomllock.name_lines(decode(content), "package")
    packages = []
    for index, table in enumerate(tables):
        name = _tomllock.required_str(table, "name", index)
        version = _tomllock.required_str(table, "version", index)
        line = lines[index] if index < len(lines) else 0
        groups = table.get("groups")
        dev = None
        if isinstance(groups, list) and groups:
            dev = "default" not in groups
        packages.append(package(ECOSYSTEM, name, version, path, line, dev=dev))
    return packages
