"""Go's ``go.mod``: ``require`` with ``replace`` applied, plus the Go toolchain as ``stdlib``.

Versions are recorded without their leading ``v`` (the OSV Go ecosystem's spelling).
Replacements by a local directory are skipped with a reason: no module version exists.
"""

from __future__ import annotations

import re

from tracesec.engines.model import Package
from tracesec.engines.sca.extractors.base import (
    Lookup,
    ParseError,
    basename,
    decode,
    package,
)

NAME = "go.mod"
ECOSYSTEM = "Go"
_DIRECTIVES = ("module", "go", "toolchain", "require", "replace", "exclude", "retract", "godebug")
_GO_VERSION = re.compile(r"^(?:go)?(\d+(?:\.\d+){1,2})")


def matches(path: str) -> bool:
    return basename(path) == "go.mod"


def _strip_comment(line: str) -> tuple[str, bool]:
    code, _, comment = line.partition("//")
    return code.strip(), "indirect" in comment


def _version(text: str) -> str:
    return text[1:] if text.startswith("v") else text


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    text = decode(content)
    if not text.strip():
        raise ParseError("empty file")
    requires: list[tuple[str, str, int, bool]] = []
    replaces: list[tuple[str, str, str, str, int]] = []
    go_version: tuple[str, int] | None = None
    toolchain: tuple[str, int] | None = None
    block: str | None = None
    saw_directive = False
    for number, raw in enumerate(text.splitlines(), start=1):
        code, indirect = _strip_comment(raw)
        if not code:
            continue
        if block is not None:
            if code == ")":
                block = None
                continue
            verb, args = block, code
        else:
            verb, _, args = code.partition(" ")
            args = args.strip()
            if verb not in _DIRECTIVES:
                raise ParseError(f"not a go.mod: unknown directive {verb!r} at line {number}")
            saw_directive = True
            if args == "(":
                block = verb
                continue
        fields = args.replace('"', "").split()
        if verb == "require":
            if len(fields) != 2:
                raise ParseError(f"malformed require at line {number}")
            requires.append((fields[0], fields[1], number, indirect))
        elif verb == "replace":
            if "=>" not in fields:
                raise ParseError(f"malformed replace at line {number}")
            arrow = fields.index("=>")
            source, target = fields[:arrow], fields[arrow + 1 :]
            if not source or not target:
                raise ParseError(f"malformed replace at line {number}")
            replaces.append(
                (
                    source[0],
                    source[1] if len(source) > 1 else "",
                    target[0],
                    target[1] if len(target) > 1 else "",
                    number,
                )
            )
        elif verb == "go" and fields:
            match = _GO_VERSION.match(fields[0])
            if match:
                go_version = (match.group(1), number)
        elif verb == "toolchain" and fields:
            match = _GO_VERSION.match(fields[0])
            if match:
                toolchain = (match.group(1), number)
    if block is not None:
        raise ParseError(f"unterminated {block} block")
    if not saw_directive:
        raise ParseError("not a go.mod: no directives")
    packages: list[Package] = []
    seen: set[tuple[str, str]] = set()
    for module, version, number, indirect in requires:
        name, resolved, line_no = module, version, number
        for old, old_version, new, new_version, replace_line in replaces:
            if old == module and (not old_version or old_version == version):
                name, resolved, line_no = new, new_version, replace_line
        if name.startswith((".", "/")):
            if notes is not None:
                notes.append(f"{path}:{line_no}: {module} is replaced by local directory {name}")
            continue
        if (name, resolved) in seen:
            continue  # two requires replaced by the same module version
        seen.add((name, resolved))
        packages.append(
            package(ECOSYSTEM, name, _version(resolved), path, line_no, direct=not indirect)
        )
    stdlib = toolchain or go_version
    if stdlib is not None:
        packages.append(package(ECOSYSTEM, "stdlib", stdlib[0], path, stdlib[1], direct=True))
    return packages
