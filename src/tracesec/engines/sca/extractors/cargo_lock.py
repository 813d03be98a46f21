"""Cargo's ``Cargo.lock`` (v1 to v4).

Packages without a ``source`` are the workspace's own crates, not registry packages.
"""

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

NAME = "Cargo.lock"
ECOSYSTEM = "crates.io"
SUPPORTED_VERSIONS = (None, 1, 2, 3, 4)  # v1/v2 files carry no version key


def matches(path: str) -> bool:
    return basename(path) == "Cargo.lock"


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    data = load_toml(content)
    if not data:
        raise ParseError("empty file")
    version = data.get("version")
    if version not in SUPPORTED_VERSIONS:
        raise ParseError(f"unsupported Cargo.lock version {version!r} (supported: 1-4)")
    if "package" not in data and "metadata" not in data:
        raise ParseError("not a Cargo.lock: no [[package]] tables")
    tables = _tomllock.package_tables(data, "package")
    lines = _tomllock.name_lines(decode(content), "package")
    packages = []
    for index, table in enumerate(tables):
        name = _tomllock.required_str(table, "name", index)
        version_text = _tomllock.required_str(table, "version", index)
        line = lines[index] if index < len(lines) else 0
        packages.append(package(ECOSYSTEM, name, version_text, path, line))
    return packages
