"""pnpm's ``pnpm-lock.yaml``, lockfileVersion 5.x to 9.x, through the limited safe YAML loader.

Package keys changed across versions: ``/name/1.0.0_peer@2`` (v5), ``/name@1.0.0(peer@2)``
(v6) and ``name@1.0.0(peer@2)`` (v9); tarball and git packages carry ``name``/``version``
fields instead.
"""

from __future__ import annotations

import re
from typing import Any

from tracesec.engines.model import Package
from tracesec.engines.sca.extractors.base import (
    Lookup,
    ParseError,
    YamlMap,
    basename,
    load_yaml,
    package,
)

NAME = "pnpm-lock.yaml"
ECOSYSTEM = "npm"
_VERSIONISH = re.compile(r"^\d+\.\d+\.\d+")


def matches(path: str) -> bool:
    return basename(path) == "pnpm-lock.yaml"


def _lockfile_version(data: YamlMap) -> float:
    raw = data.get("lockfileVersion")
    if raw is None:
        raise ParseError("not a pnpm-lock.yaml: missing 'lockfileVersion'")
    try:
        major, _, minor = str(raw).partition(".")
        number = float(f"{major}.{minor[:1] or '0'}")
    except ValueError:
        raise ParseError(f"pnpm lockfileVersion {raw!r} is not a number") from None
    if not 5.0 <= number < 10.0:
        raise ParseError(f"unsupported pnpm lockfileVersion {raw!r} (supported: 5.x to 9.x)")
    return number


def parse_key(key: str, lockfile_version: float) -> tuple[str, str]:
    """(name, version) from a ``packages`` key; version is "" when the key has none."""
    key = key.lstrip("/")
    paren = key.find("(")
    if paren != -1:
        key = key[:paren]  # peer dependencies suffix (v6+)
    if lockfile_version >= 6.0:
        at = key.rfind("@")
        if at <= 0:
            return key, ""
        name, version = key[:at], key[at + 1 :]
    else:
        name, _, version = key.rpartition("/")
        version = version.split("_", 1)[0]  # v5 peer suffix: 1.0.0_react@17.0.2
        first, _, rest = name.partition("/")
        if "." in first and not first.startswith("@") and rest:
            name = rest  # registry host prefix such as registry.npmjs.org/
    if not _VERSIONISH.match(version):
        return name, ""
    return name, version


_SECTIONS = ("dependencies", "devDependencies", "optionalDependencies")


def _direct_dependencies(data: YamlMap) -> dict[tuple[str, str], str]:
    """(name, version) -> section, for the dependencies the project itself declares.

    v9 and workspaces list them under ``importers``; older single-project files at the top
    level. Entries are ``name: version`` (v5) or ``name: {specifier, version}`` (v6+).
    """
    holders: list[dict[str, Any]] = [data]
    importers = data.get("importers")
    if isinstance(importers, dict):
        holders.extend(item for item in importers.values() if isinstance(item, dict))
    direct: dict[tuple[str, str], str] = {}
    for holder in holders:
        for section in _SECTIONS:
            deps = holder.get(section)
            if not isinstance(deps, dict):
                continue
            for name, spec in deps.items():
                version = spec.get("version") if isinstance(spec, dict) else spec
                if isinstance(version, str):
                    version = version.split("(", 1)[0].split("_", 1)[0]
                    direct.setdefault((name, version), section)
    return direct


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    data = load_yaml(content)
    if not isinstance(data, YamlMap):
        raise ParseError("not a pnpm-lock.yaml: expected a YAML mapping")
    lockfile_version = _lockfile_version(data)
    packages = data.get("packages")
    if packages is None:
        return []
    if not isinstance(packages, YamlMap):
        raise ParseError("'packages' is not a mapping")
    direct = _direct_dependencies(data)
    found: dict[tuple[str, str], Package] = {}
    for key, entry in packages.items():
        line = packages.lines.get(key, 0)
        if key.startswith(("file:", "link:")):
            continue  # a local directory or tarball of the project itself
        entry = entry if isinstance(entry, dict) else {}
        name, version = parse_key(key, lockfile_version)
        if isinstance(entry.get("name"), str):
            name = entry["name"]
        if isinstance(entry.get("version"), str) and (entry.get("name") or not version):
            version = entry["version"]  # tarball and git packages name their version
        if not name or not version:
            if notes is not None:
                notes.append(f"{path}:{line}: package key {key!r} has no registry version")
            continue
        dev_flag = entry.get("dev")
        section = direct.get((name, version))
        dev: bool | None = None
        if dev_flag is not None:
            dev = dev_flag == "true"
        elif section is not None:
            dev = section == "devDependencies"
        found.setdefault(
            (name, version),
            package(
                ECOSYSTEM,
                name,
                version,
                path,
                line,
                direct=section is not None if direct else None,
                dev=dev,
            ),
        )
    return list(found.values())
