"""Bun's text lockfile ``bun.lock`` (JSON with trailing commas, ``lockfileVersion`` 0 and 1)."""

from __future__ import annotations

import json
import re
from typing import Any

from tracesec.engines.model import Package
from tracesec.engines.sca.extractors.base import (
    Lines,
    Lookup,
    ParseError,
    basename,
    decode,
    expect_object,
    package,
)

NAME = "bun.lock"
ECOSYSTEM = "npm"
SUPPORTED_VERSIONS = (0, 1)
# strings are kept; comments and trailing commas (JSONC) are dropped
_JSONC = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/|,(?=\s*[}\]])', re.DOTALL)


def matches(path: str) -> bool:
    return basename(path) == "bun.lock"


def _strip_jsonc(text: str) -> str:
    return _JSONC.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "", text)


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    text = decode(content)
    if not text.strip():
        raise ParseError("empty file")
    try:
        data: Any = json.loads(_strip_jsonc(text))
    except RecursionError as exc:
        raise ParseError("JSON nested too deeply") from exc
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg}") from exc
    data = expect_object(data, "bun.lock")
    version = data.get("lockfileVersion")
    if version is None:
        raise ParseError("not a bun.lock: missing 'lockfileVersion'")
    if version not in SUPPORTED_VERSIONS:
        raise ParseError(f"unsupported bun lockfileVersion {version!r} (supported: 0, 1)")
    packages = data.get("packages", {})
    if not isinstance(packages, dict):
        raise ParseError("'packages' is not an object")
    lines = Lines(text)
    found: dict[tuple[str, str], Package] = {}
    for key, entry in packages.items():
        line = lines.find(json.dumps(key) + ":")
        if not isinstance(entry, list) or not entry or not isinstance(entry[0], str):
            raise ParseError(f"package {key!r} at line {line} is not a [name@version, ...] tuple")
        at = entry[0].rfind("@")
        if at <= 0:
            raise ParseError(f"package {key!r} at line {line} has no version")
        name, version = entry[0][:at], entry[0][at + 1 :]
        if version.startswith(("workspace:", "file:", "link:", "root:")):
            continue  # the project's own or local packages
        if not version[:1].isdigit():
            version = ""  # git / github / tarball: no registry version
        found.setdefault((name, version), package(ECOSYSTEM, name, version, path, line))
    return list(found.values())
