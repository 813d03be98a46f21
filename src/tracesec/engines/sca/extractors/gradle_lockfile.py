"""Gradle dependency locking: ``gradle.lockfile`` and ``buildscript-gradle.lockfile``.

Lines are ``group:artifact:version=configuration,...``; ``empty=`` and comments carry no
packages, and malformed lines are skipped with a reason.
"""

from __future__ import annotations

from tracesec.engines.model import Package
from tracesec.engines.sca.extractors.base import (
    Lookup,
    ParseError,
    basename,
    decode,
    package,
)

NAME = "gradle.lockfile"
ECOSYSTEM = "Maven"


def matches(path: str) -> bool:
    name = basename(path)
    return name == "gradle.lockfile" or (name.endswith(".lockfile") and "gradle" in name)


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    text = decode(content)
    if not text.strip():
        raise ParseError("empty file")
    packages: list[Package] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("empty="):
            continue
        coordinates = line.split("=", 1)[0]
        parts = coordinates.split(":")
        if len(parts) != 3 or not all(parts):
            if notes is not None:
                notes.append(f"{path}:{number}: not a group:artifact:version line")
            continue
        group, artifact, version = parts
        packages.append(package(ECOSYSTEM, f"{group}:{artifact}", version, path, number))
    return packages
