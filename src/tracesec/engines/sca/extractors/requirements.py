"""pip requirements files: ``requirements*.txt`` (and ``*-requirements.txt``).

Only exact pins (``==``/``===``) give a version that can be matched; other specifiers are
kept in the inventory without a version. ``-r`` includes are followed through ``lookup``
(files of the same tree only, each at most once); editable, VCS, URL and local-path lines
are skipped with a reason, since no registry version can be derived from them.
"""

from __future__ import annotations

import posixpath
import re

from tracesec.engines.model import Package
from tracesec.engines.sca.extractors.base import Lookup, ParseError, basename, decode, package

NAME = "requirements.txt"
ECOSYSTEM = "PyPI"

_NAME = re.compile(r"^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$")
_OPTION = re.compile(r"\s(?:--?[A-Za-z][A-Za-z0-9-]*)(?:[= ]\S*)?.*$")
_PIN = re.compile(r"^(===?)\s*([^\s,;]+)\s*$")
_INCLUDE = re.compile(r"^(?:-r|--requirement)(?:\s*=\s*|\s+|(?=\S))(\S+)")
_COMMENT = re.compile(r"(^|\s)#.*$")
_URLISH = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*://|git\+|hg\+|svn\+|bzr\+)")
MAX_INCLUDE_DEPTH = 20


def matches(path: str) -> bool:
    name = basename(path).lower()
    return name.endswith(".txt") and "requirements" in name


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Lines with backslash continuations joined, comments removed, with start line numbers."""
    result: list[tuple[int, str]] = []
    buffer = ""
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        if not buffer:
            start = number
        if raw.endswith("\\"):
            buffer += raw[:-1] + " "
            continue
        line = buffer + raw
        buffer = ""
        # a comment starts at a '#' at the beginning or after whitespace (pip's rule)
        if "#" in line:
            line = _COMMENT.sub("", line)
        line = line.strip()
        if line:
            result.append((start, line))
    if buffer.strip():
        result.append((start, re.sub(r"(^|\s)#.*$", "", buffer).strip()))
    return result


def _parse(
    path: str,
    content: bytes,
    lookup: Lookup | None,
    seen: set[str],
    notes: list[str] | None,
    depth: int,
) -> list[Package]:
    text = decode(content)
    packages: list[Package] = []
    for line_no, line in _logical_lines(text):
        where = f"{path}:{line_no}"
        include = _INCLUDE.match(line)
        if include:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), include[1]))
            if target in seen:
                continue  # include loops are legal in pip; read each file once
            seen.add(target)
            included = lookup(target) if lookup and not target.startswith("../") else None
            if included is None or depth >= MAX_INCLUDE_DEPTH:
                if notes is not None:
                    notes.append(f"{where}: included file {include[1]!r} not found in the tree")
                continue
            try:
                packages.extend(_parse(target, included, lookup, seen, notes, depth + 1))
            except ParseError as exc:
                if notes is not None:
                    notes.append(f"{where}: included file {include[1]!r}: {exc}")
            continue
        if line.startswith(("-e", "--editable")):
            if notes is not None:
                notes.append(f"{where}: editable requirement skipped (no registry version)")
            continue
        if line.startswith("-"):
            continue  # index options, constraints (-c), --hash-only lines, --pre ...
        if _URLISH.match(line) or line.startswith((".", "/", "~")):
            if notes is not None:
                notes.append(f"{where}: URL, VCS or local path requirement skipped")
            continue
        requirement = line
        if " -" in line or "\t-" in line:
            requirement = _OPTION.sub("", " " + line).strip()  # drop --hash=..., -C ...
        if ";" in requirement:
            requirement = requirement.split(";", 1)[0].strip()  # environment marker
        parsed = _NAME.match(requirement)
        if not parsed:
            if notes is not None:
                notes.append(f"{where}: not a requirement line")
            continue
        name, _extras, spec = parsed.groups()
        spec = spec.strip()
        if spec.startswith("@"):
            if notes is not None:
                notes.append(f"{where}: direct URL reference for {name!r} skipped")
            continue
        version = ""
        pin = _PIN.match(spec)
        if pin and "*" not in pin[2]:
            version = pin[2]
        if "$" in spec or spec in ("==", "===") or spec[:1].isalnum():
            # `==${VAR}`, `==` with nothing after it, `name 1.0`: no usable specifier
            if notes is not None:
                notes.append(f"{where}: unusable version specifier for {name!r}")
            continue
        packages.append(package(ECOSYSTEM, name, version, path, line_no, direct=True))
    return packages


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    return _parse(path, content, lookup, {path}, notes, 0)
