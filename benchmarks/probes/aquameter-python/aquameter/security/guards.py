"""Validation helpers shared by services, workers and clients."""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

DISTRICT_CODE = re.compile(r"^[A-Z]{2,4}-\d{2}\Z")


class GuardViolation(ValueError):
    """A value supplied by a caller failed validation."""


def resolve_inside(base: Path, *parts: str) -> Path:
    """Join ``parts`` onto ``base`` and refuse anything that resolves outside of it."""
    root = base.resolve()
    candidate = root.joinpath(*parts).resolve()
    if os.path.commonpath([str(root), str(candidate)]) != str(root):
        raise GuardViolation("path escapes storage root")
    return candidate


def require_district_code(value: str) -> str:
    if not DISTRICT_CODE.match(value):
        raise GuardViolation(f"invalid district code: {value!r}")
    return value


def ensure_allowed_callback(url: str, allowed_hosts: Iterable[str]) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise GuardViolation("callbacks must use https")
    if parts.username or parts.password:
        raise GuardViolation("credentials in callback url")
    if parts.port not in (None, 443):
        raise GuardViolation("non-standard callback port")
    host = (parts.hostname or "").lower()
    if host not in {h.lower() for h in allowed_hosts}:
        raise GuardViolation(f"callback host {host!r} is not registered")
    return urlunsplit(parts)


def is_trusted_gis_server(url: str, default_base: str) -> bool:
    """Staff may point lookups at the county GIS mirror that shares our base URL."""
    return url.startswith(default_base)
