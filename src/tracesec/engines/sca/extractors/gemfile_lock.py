"""Bundler's ``Gemfile.lock`` / ``gems.locked``: the ``specs:`` of GEM, GIT and PATH sections.

Top-level specs are indented four spaces (``name (version)``); their dependencies six.
Platform suffixes (``nokogiri (1.13.1-x86_64-linux)``) are dropped from the version.
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

NAME = "Gemfile.lock"
ECOSYSTEM = "RubyGems"
_SPEC = re.compile(r"^    ([^\s(]+) \(([^)]+)\)\s*$")
_SECTIONS = ("GEM", "GIT", "PATH", "PLUGIN SOURCE")
_PLATFORM = re.compile(r"-(?:x86|x64|arm|aarch64|java|universal|mingw|mswin|darwin|linux)[\w.-]*$")


def matches(path: str) -> bool:
    return basename(path) in ("Gemfile.lock", "gems.locked")


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    text = decode(content)
    if not text.strip():
        raise ParseError("empty file")
    packages: list[Package] = []
    section = ""
    in_specs = False
    saw_section = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if not line[0].isspace():
            section = line.strip()
            in_specs = False
            if section in _SECTIONS or section in (
                "PLATFORMS",
                "DEPENDENCIES",
                "BUNDLED WITH",
                "RUBY VERSION",
                "CHECKSUMS",
            ):
                saw_section = True
            continue
        if section not in _SECTIONS:
            continue
        if line.strip() == "specs:":
            in_specs = True
            continue
        if not in_specs:
            continue
        match = _SPEC.match(line)
        if match is None and line.startswith("    ") and not line.startswith("     "):
            if notes is not None:
                notes.append(f"{path}:{number}: gem spec without a version: {line.strip()!r}")
            continue
        if match:
            version = _PLATFORM.sub("", match.group(2))
            packages.append(package(ECOSYSTEM, match.group(1), version, path, number, direct=None))
    if not saw_section:
        raise ParseError("not a Gemfile.lock: no GEM, GIT, PATH or DEPENDENCIES section")
    return packages
