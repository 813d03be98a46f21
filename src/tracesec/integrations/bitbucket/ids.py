"""Bitbucket/Forge identifier helpers: UUIDs come with braces in the API, bare in FITs."""

from __future__ import annotations

import uuid
from urllib.parse import quote


def normalize_uuid(value: str) -> str:
    """Bare lower-case UUID from `{uuid}`, `uuid` or an ARI ending in `/uuid`; '' if invalid."""
    if not isinstance(value, str):
        return ""
    text = value.strip().rsplit("/", 1)[-1].strip("{}")
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return ""


def braced(value: str) -> str:
    """`{uuid}` form used in Bitbucket REST paths and payloads."""
    bare = normalize_uuid(value)
    if not bare:
        raise ValueError("not a UUID")
    return "{" + bare + "}"


def path_segment(value: str) -> str:
    """URL-encoded `{uuid}` for a REST path segment."""
    return quote(braced(value), safe="")
