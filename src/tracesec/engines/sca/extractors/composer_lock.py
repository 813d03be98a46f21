"""Composer's ``composer.lock`` (PHP, Packagist)."""

from __future__ import annotations

import json

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
)

NAME = "composer.lock"
ECOSYSTEM = "Packagist"


def matches(path: str) -> bool:
    return basename(path) == "composer.lock"


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    data = expect_object(load_json(content), "composer.lock")
    if "packages" not in data and "packages-dev" not in data:
        raise ParseError("not a composer.lock: no 'packages' or 'packages-dev'")
    lines = Lines(decode(content))
    found: list[Package] = []
    for section, dev in (("packages", False), ("packages-dev", True)):
        entries = data.get(section) or []
        if not isinstance(entries, list):
            raise ParseError(f"'{section}' is not an array")
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict):
                raise ParseError(f"{section}[{index}] is not an object")
            name, version = entry.get("name"), entry.get("version")
            if not isinstance(name, str) or not isinstance(version, str) or not name:
                raise ParseError(f"{section}[{index}] has no name or version")
            line = lines.find(f'"name": {json.dumps(name)}')
            if version.startswith("dev-"):
                version = ""  # a branch, not a release
            found.append(package(ECOSYSTEM, name, version.removeprefix("v"), path, line, dev=dev))
    return found
