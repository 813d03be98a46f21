"""Poetry's ``poetry.lock`` (lock-version 1.x and 2.x)."""

from __future__ import annotations

from tracesec.engines.model import Package
from tracesec.engines.sca.extractors import _tomllock, direct
from tracesec.engines.sca.extractors.base import (
    Lookup,
    ParseError,
    basename,
    decode,
    load_toml,
    package,
)

NAME = "poetry.lock"
ECOSYSTEM = "PyPI"


def matches(path: str) -> bool:
    return basename(path) == "poetry.lock"


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    data = load_toml(content)
    metadata = data.get("metadata", {})
    lock_version = metadata.get("lock-version") if isinstance(metadata, dict) else None
    if lock_version is not None and str(lock_version).split(".")[0] not in ("1", "2"):
        raise ParseError(f"unsupported poetry lock-version {lock_version!r} (supported: 1.x, 2.x)")
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
            dev = "main" not in groups
        elif table.get("category") in ("main", "dev"):
            dev = table["category"] == "dev"
        packages.append(package(ECOSYSTEM, name, version, path, line, dev=dev))
    return direct.mark(packages, direct.pyproject_roots(lookup, path))
