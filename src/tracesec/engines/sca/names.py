"""Package name normalization per ecosystem and package URLs (purl).

Advisories and lockfiles spell names differently ("Django" / "django", "Flask_Login" /
"flask-login"); both sides go through ``normalize`` before they meet.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

_PEP503 = re.compile(r"[-_.]+")


def normalize(ecosystem: str, name: str) -> str:
    name = name.strip()
    if ecosystem == "PyPI":
        return _PEP503.sub("-", name).lower()
    if ecosystem in ("Packagist", "NuGet"):
        # both registries treat names case-insensitively
        return name.lower()
    # npm, crates.io, RubyGems: exact names; Go: module paths are case-sensitive;
    # Maven: "group:artifact" is kept exactly as written.
    return name


_PURL_TYPES = {
    "PyPI": "pypi",
    "npm": "npm",
    "Go": "golang",
    "crates.io": "cargo",
    "Maven": "maven",
    "RubyGems": "gem",
    "Packagist": "composer",
    "NuGet": "nuget",
}


_PLAIN = re.compile(r"^[A-Za-z0-9._~-]*$")


def _q(part: str) -> str:
    return part if _PLAIN.match(part) else quote(part, safe="")


@lru_cache(maxsize=65536)
def purl(ecosystem: str, name: str, version: str) -> str:
    """A package URL (github.com/package-url/purl-spec) for one package version."""
    kind = _PURL_TYPES.get(ecosystem)
    if kind is None:
        return ""
    suffix = f"@{_q(version)}" if version else ""
    if ecosystem == "PyPI":
        return f"pkg:pypi/{_q(normalize('PyPI', name))}{suffix}"
    if ecosystem == "Maven":
        group, _, artifact = name.partition(":")
        return f"pkg:maven/{_q(group)}/{_q(artifact)}{suffix}"
    if ecosystem in ("Go", "npm", "Packagist"):
        # namespaces are path segments; each segment is percent-encoded on its own. The spec
        # lowercases composer and npm names (case-insensitive registries); Go module paths
        # are case-sensitive and keep their case, as OSV's purls do.
        segments = (name if ecosystem == "Go" else name.lower()).split("/")
        return f"pkg:{kind}/" + "/".join(_q(s) for s in segments) + suffix
    return f"pkg:{kind}/{_q(name)}{suffix}"
