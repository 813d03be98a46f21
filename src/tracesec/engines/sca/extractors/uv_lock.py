"""uv's ``uv.lock`` (lockfile ``version = 1``)."""

from __future__ import annotations

from typing import Any

from tracesec.engines.model import Package
from tracesec.engines.sca import names
from tracesec.engines.sca.extractors import _tomllock, direct
from tracesec.engines.sca.extractors.base import (
    Lookup,
    ParseError,
    basename,
    decode,
    load_toml,
    package,
)

NAME = "uv.lock"
ECOSYSTEM = "PyPI"
SUPPORTED_VERSIONS = (1,)
# The project itself and local path dependencies are not registry packages.
_LOCAL_SOURCES = ("virtual", "editable", "directory", "path")


def matches(path: str) -> bool:
    return basename(path) == "uv.lock"


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    data = load_toml(content)
    if "version" not in data and "package" not in data:
        raise ParseError("not a uv.lock: no 'version' and no [[package]] tables")
    version_field = data.get("version")
    if version_field not in SUPPORTED_VERSIONS:
        raise ParseError(f"unsupported uv.lock version {version_field!r} (supported: 1)")
    tables = _tomllock.package_tables(data, "package")
    lines = _tomllock.name_lines(decode(content), "package")
    packages = []
    roots: dict[str, bool] | None = None
    for index, table in enumerate(tables):
        name = _tomllock.required_str(table, "name", index)
        line = lines[index] if index < len(lines) else 0
        source = table.get("source")
        if isinstance(source, dict) and any(key in source for key in _LOCAL_SOURCES):
            # the project (or a workspace member): what it requires is direct
            roots = _project_roots(table, roots if roots is not None else {})
            if notes is not None:
                notes.append(f"{path}:{line}: local package {name!r} skipped")
            continue
        version = _tomllock.required_str(table, "version", index)
        packages.append(package(ECOSYSTEM, name, version, path, line))
    return direct.mark(packages, roots)


def _names(items: Any) -> list[str]:
    return [
        names.normalize(ECOSYSTEM, item["name"])
        for item in (items if isinstance(items, list) else ())
        if isinstance(item, dict) and isinstance(item.get("name"), str)
    ]


def _project_roots(table: dict[str, Any], roots: dict[str, bool]) -> dict[str, bool]:
    """A local package's dependencies and extras (runtime) and dev-dependency groups (dev)."""
    sections: list[tuple[Any, bool]] = [(table.get("dependencies"), False)]
    for field, dev in (("optional-dependencies", False), ("dev-dependencies", True)):
        groups = table.get(field)
        if isinstance(groups, dict):
            sections.extend((items, dev) for items in groups.values())
    for items, dev in sections:
        direct.add_roots(roots, _names(items), dev)
    return roots
