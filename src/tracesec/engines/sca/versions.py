"""Ecosystem-correct version ordering.

``packaging`` orders PyPI versions (PEP 440). The other ecosystems use ``univers``' version
classes for *ordering only*: its range parsers are not reliable, so OSV ranges are evaluated
by our own code (``matching.py``). Parsing is cached because a lockfile repeats versions and
univers parsers cost 2-25 µs each.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from packaging.version import InvalidVersion
from packaging.version import Version as PepVersion
from univers import versions as uv


class VersionError(ValueError):
    """A version string that the ecosystem's ordering cannot parse."""


def _strip_v(text: str) -> str:
    return text[1:] if text[:1] in ("v", "V") and text[1:2].isdigit() else text


def _pypi(text: str) -> Any:
    # Version's ordering is the ordering of its `_key` tuple; comparing the tuples directly
    # skips a Python-level __lt__ per comparison (the matcher bisects millions of times).
    version = PepVersion(text)
    return getattr(version, "_key", version)


def _semver(text: str) -> Any:
    # Go modules and OSV SEMVER ranges may carry a leading "v"; "+incompatible" is build
    # metadata, which semver ignores for ordering.
    return uv.SemverVersion(_strip_v(text))


def _maven(text: str) -> Any:
    return uv.MavenVersion(text)


def _rubygems(text: str) -> Any:
    return uv.RubygemsVersion(text)


def _composer(text: str) -> Any:
    return uv.ComposerVersion(_strip_v(text))


def _nuget(text: str) -> Any:
    return uv.NugetVersion(text)


_ECOSYSTEM_PARSERS: dict[str, Callable[[str], Any]] = {
    "PyPI": _pypi,
    "npm": _semver,
    "crates.io": _semver,
    "Go": _semver,
    "Maven": _maven,
    "RubyGems": _rubygems,
    "Packagist": _composer,
    "NuGet": _nuget,
}

SUPPORTED_ECOSYSTEMS: tuple[str, ...] = tuple(_ECOSYSTEM_PARSERS)

# Range types whose events are ordered by version; GIT ranges name commits and cannot be
# evaluated against a lockfile version.
ORDERED_RANGE_TYPES = ("ECOSYSTEM", "SEMVER")


def kind_for(ecosystem: str, range_type: str) -> str:
    """The ordering a range uses: "semver" for SEMVER ranges, else the ecosystem's own."""
    if range_type == "SEMVER":
        return "semver"
    return ecosystem


def is_supported(ecosystem: str) -> bool:
    return ecosystem in _ECOSYSTEM_PARSERS


@lru_cache(maxsize=200_000)
def parse(kind: str, text: str) -> Any:
    """A comparable key for ``text`` in the ordering ``kind`` (an ecosystem or "semver").

    Raises VersionError when the string is not a version in that ordering.
    """
    parser = _semver if kind == "semver" else _ECOSYSTEM_PARSERS.get(kind)
    if parser is None:
        raise VersionError(f"unsupported ecosystem {kind!r}")
    try:
        return parser(text)
    except (InvalidVersion, ValueError, TypeError, AttributeError, IndexError) as exc:
        raise VersionError(f"invalid {kind} version {text!r}") from exc
