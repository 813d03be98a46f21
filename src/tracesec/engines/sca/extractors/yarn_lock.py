"""Yarn's ``yarn.lock``: the classic v1 format and the YAML format of Yarn 2+ ("berry").

v1 is not YAML (it is yarn's own indentation format) and is read line by line. Berry files
are YAML and go through the limited safe loader.
"""

from __future__ import annotations

import re

from tracesec.engines.model import Package
from tracesec.engines.sca.extractors import direct
from tracesec.engines.sca.extractors.base import (
    Lookup,
    ParseError,
    YamlMap,
    basename,
    decode,
    load_yaml,
    package,
)

NAME = "yarn.lock"
ECOSYSTEM = "npm"
# berry __metadata.version: 4 (yarn 2) ... 8 (yarn 4)
SUPPORTED_BERRY_VERSIONS = range(2, 9)
_V1_VERSION = re.compile(r'^  "?version"?:?\s+"?([^"\s]+)"?\s*$')


def matches(path: str) -> bool:
    return basename(path) == "yarn.lock"


def _name_from_spec(spec: str) -> str:
    """Package name of a yarn descriptor such as ``@scope/pkg@^1.0`` or ``a@npm:b@^1``."""
    spec = spec.strip().strip('"')
    at = spec.find("@", 1)  # the first "@" after a scope's leading "@"
    name = spec if at == -1 else spec[:at]
    rest = "" if at == -1 else spec[at + 1 :]
    if rest.startswith("npm:") and "@" in rest[5:]:
        # an alias: install `a` as the real package named after npm:
        real = rest[4:]
        at = real.find("@", 1)
        return real[:at] if at > 0 else real
    return name


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    text = decode(content)
    if not text.strip():
        raise ParseError("empty file")
    if re.search(r"^__metadata:\s*$", text, re.MULTILINE):
        packages = _berry(path, content, notes)
    else:
        packages = _v1(path, text)
    return direct.mark(packages, direct.npm_roots(lookup, path))


def _v1(path: str, text: str) -> list[Package]:
    found: dict[tuple[str, str], Package] = {}
    header: tuple[str, int] | None = None
    version = ""
    saw_entry = False

    def flush() -> None:
        if header is not None:
            name, line = header
            found.setdefault((name, version), package(ECOSYSTEM, name, version, path, line))

    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            flush()
            if not line.rstrip().endswith(":"):
                raise ParseError(f"not a yarn.lock: unexpected line {number}")
            first = line.rstrip()[:-1].split(",")[0]
            header = (_name_from_spec(first), number)
            version = ""
            saw_entry = True
            continue
        if header is None:
            raise ParseError(f"not a yarn.lock: indented line {number} before any entry")
        match = _V1_VERSION.match(line)
        if match:
            version = match.group(1)
    flush()
    if not saw_entry:
        return []
    return list(found.values())


def _berry(path: str, content: bytes, notes: list[str] | None) -> list[Package]:
    data = load_yaml(content)
    if not isinstance(data, YamlMap):
        raise ParseError("not a yarn.lock: expected a YAML mapping")
    metadata = data.get("__metadata")
    meta_version = metadata.get("version") if isinstance(metadata, dict) else None
    try:
        number = int(str(meta_version))
    except ValueError:
        raise ParseError(f"yarn.lock __metadata.version {meta_version!r} is not a number") from None
    if number not in SUPPORTED_BERRY_VERSIONS:
        raise ParseError(f"unsupported yarn.lock __metadata.version {number} (supported: 2-8)")
    found: dict[tuple[str, str], Package] = {}
    for key, entry in data.items():
        if key == "__metadata":
            continue
        line = data.lines.get(key, 0)
        if not isinstance(entry, dict):
            raise ParseError(f"entry at line {line} is not a mapping")
        version = entry.get("version")
        resolution = entry.get("resolution")
        if not isinstance(version, str) or not isinstance(resolution, str):
            raise ParseError(f"entry at line {line} has no version or resolution")
        at = resolution.find("@", 1)
        name = resolution[:at] if at > 0 else resolution
        protocol = resolution[at + 1 :] if at > 0 else ""
        if protocol.startswith(("workspace:", "link:", "portal:")):
            continue  # the project's own packages
        found.setdefault((name, version), package(ECOSYSTEM, name, version, path, line))
    return list(found.values())
