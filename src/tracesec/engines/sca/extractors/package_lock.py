"""npm's ``package-lock.json`` / ``npm-shrinkwrap.json``, lockfileVersion 1, 2 and 3.

v2/v3 list every installed copy under ``packages`` keyed by its ``node_modules/...`` path;
v1 nests ``dependencies`` objects. Deeply nested (hostile) documents are parse errors,
never a crash.
"""

from __future__ import annotations

import json
from typing import Any

from tracesec.engines.model import Package
from tracesec.engines.sca import names
from tracesec.engines.sca.extractors.base import (
    Lines,
    Lookup,
    ParseError,
    basename,
    decode,
    expect_object,
    load_json,
    package,
    sri_hashes,
)

NAME = "package-lock.json"
ECOSYSTEM = "npm"
SUPPORTED_VERSIONS = (1, 2, 3)
_LOCAL_PREFIXES = ("file:", "link:")


def matches(path: str) -> bool:
    return basename(path) in ("package-lock.json", "npm-shrinkwrap.json")


def _non_registry(version: str) -> bool:
    return version.startswith(_LOCAL_PREFIXES) or "://" in version or version.startswith("git")


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    data = expect_object(load_json(content), "package-lock.json")
    version = data.get("lockfileVersion")
    if version is None:
        raise ParseError("not a package-lock.json: missing 'lockfileVersion'")
    if version not in SUPPORTED_VERSIONS:
        raise ParseError(f"unsupported lockfileVersion {version!r} (supported: 1, 2, 3)")
    lines = Lines(decode(content))
    found: dict[tuple[str, str], Package] = {}
    packages = data.get("packages")
    if isinstance(packages, dict) and version >= 2:
        _from_packages(path, packages, lines, found, notes)
    else:
        dependencies = data.get("dependencies", {})
        if not isinstance(dependencies, dict):
            raise ParseError("'dependencies' is not an object")
        try:
            _from_dependencies(path, dependencies, lines, found, notes, top=True)
        except RecursionError as exc:
            raise ParseError("dependencies nested too deeply") from exc
    return list(found.values())


def _from_packages(
    path: str,
    packages: dict[str, Any],
    lines: Lines,
    found: dict[tuple[str, str], Package],
    notes: list[str] | None,
) -> None:
    root = packages.get("", {})
    root_deps: set[str] = set()
    if isinstance(root, dict):
        for field in ("dependencies", "devDependencies", "optionalDependencies"):
            deps = root.get(field)
            if isinstance(deps, dict):
                root_deps.update(deps)
    chosen: dict[str, tuple[str, str, int, bool, bool]] = {}  # key -> name, version, ...
    for key, entry in packages.items():
        if not key or not isinstance(entry, dict):
            continue
        line = lines.find(json.dumps(key) + ":")
        if entry.get("link"):
            continue  # a workspace symlink; its target is listed separately
        if "node_modules/" not in key:
            continue  # a workspace package itself, not an installed dependency
        installed_as = key.rsplit("node_modules/", 1)[1]
        name = entry.get("name") or installed_as
        version = entry.get("version")
        if not isinstance(version, str) or not version or not isinstance(name, str):
            if notes is not None:
                notes.append(f"{path}:{line}: {key!r} has no version")
            continue
        if _non_registry(version):
            version = ""  # git or file dependency: inventoried, but no registry version
        dev = bool(entry.get("dev") or entry.get("devOptional"))
        direct = key.count("node_modules/") == 1 and installed_as in root_deps
        chosen[key] = (name, version, line, dev, direct)
    purls = {
        key: names.purl(ECOSYSTEM, name, version) for key, (name, version, *_) in chosen.items()
    }
    for key, (name, version, line, dev, direct) in chosen.items():
        entry = packages[key]
        found.setdefault(
            (name, version),
            package(
                ECOSYSTEM,
                name,
                version,
                path,
                line,
                direct=direct,
                dev=dev,
                hashes=sri_hashes(entry.get("integrity")),
                depends_on=_depends_on(key, entry, purls),
            ),
        )


def _depends_on(key: str, entry: dict[str, Any], purls: dict[str, str]) -> tuple[str, ...]:
    """The purls ``key``'s dependencies resolve to, as Node resolves them: the nearest
    ``node_modules`` folder up from the dependent that holds the name."""
    found: list[str] = []
    for field in ("dependencies", "optionalDependencies", "peerDependencies"):
        deps = entry.get(field)
        if not isinstance(deps, dict):
            continue
        for dep in deps:
            resolved = _resolve(key, str(dep), purls)
            if resolved and resolved not in found:
                found.append(resolved)
    return tuple(found)


def _resolve(key: str, dep: str, purls: dict[str, str]) -> str:
    base = key
    while True:
        candidate = f"{base}/node_modules/{dep}" if base else f"node_modules/{dep}"
        if candidate in purls:
            return purls[candidate]
        if not base:
            return ""
        cut = base.rfind("/node_modules/")
        base = base[:cut] if cut >= 0 else ""


def _from_dependencies(
    path: str,
    dependencies: dict[str, Any],
    lines: Lines,
    found: dict[tuple[str, str], Package],
    notes: list[str] | None,
    *,
    top: bool,
) -> None:
    for installed_as, entry in dependencies.items():
        if not isinstance(entry, dict):
            raise ParseError(f"dependency {installed_as!r} is not an object")
        line = lines.find(json.dumps(installed_as) + ":")
        version = entry.get("version")
        name = installed_as
        if isinstance(version, str) and version.startswith("npm:"):
            # an alias: "npm:<real-name>@<version>"
            name, _, version = version[4:].rpartition("@")
        if not isinstance(version, str) or not version:
            if notes is not None:
                notes.append(f"{path}:{line}: {installed_as!r} has no version")
        else:
            if _non_registry(version):
                version = ""  # git or file dependency: inventoried, no registry version
            found.setdefault(
                (name, version),
                package(
                    ECOSYSTEM, name, version, path, line, direct=top, dev=bool(entry.get("dev"))
                ),
            )
        nested = entry.get("dependencies")
        if isinstance(nested, dict):
            _from_dependencies(path, nested, lines, found, notes, top=False)
