"""uv's ``uv.lock`` (lockfile ``version = 1``)."""

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
    for index, table in enumerate(tables):
        name = _tomllock.required_str(table, "name", index)
        line = lines[index] if index < len(lines) else 0
        source = table.get("source")
        if isinstance(source, dict) and any(key in source for key in _LOCAL_SOURCES):
            if notes is not None:
                notes.append(f"{path}:{line}: local package {name!r} skipped")
            continue
        version = _tomllock.required_str(table, "version", index)
        packages.append(package(ECOSYSTEM, name, version, path, line))
    return packages
