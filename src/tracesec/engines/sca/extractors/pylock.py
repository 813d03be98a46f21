"""PEP 751 lockfiles: ``pylock.toml`` and ``pylock.<name>.toml`` (lock-version 1.x)."""

from __future__ import annotations

import re

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

NAME = "pylock.toml"
ECOSYSTEM = "PyPI"
_FILENAME = re.compile(r"^pylock\.(?:[^.]+\.)?toml$")


def matches(path: str) -> bool:
    return bool(_FILENAME.match(basename(path)))


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    data = load_toml(content)
    lock_version = data.get("lock-version")
    if lock_version is None:
        raise ParseError("not a pylock.toml: missing 'lock-version'")
    if str(lock_version).split(".")[0] != "1":
        raise ParseError(f"unsupported pylock lock-version {lock_version!r} (supported: 1.x)")
    tables = _tomllock.package_tables(data, "packages")
    lines = _tomllock.name_lines(decode(content), "packages")
    packages = []
    for index, table in enumerate(tables):
        name = _tomllock.required_str(table, "name", index)
        line = lines[index] if index < len(lines) else 0
        version = table.get("version")
        if not isinstance(version, str) or not version:
            # PEP 751: version is optional for VCS/directory packages
            if notes is not None:
                notes.append(f"{path}:{line}: {name!r} has no version (VCS or local)")
            continue
        packages.append(package(ECOSYSTEM, name, version, path, line))
    return packages
