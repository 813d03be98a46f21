"""HTTP plumbing shared by the provider clients: an origin check for pagination links and one
rule for turning a response into a JSON object or a typed error (bodies are never kept)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return (parts.scheme, parts.hostname or "", parts.port)


ErrorFactory = Callable[..., Exception]


def json_object(
    response: httpx.Response,
    *,
    route: str,
    expect: int,
    errors: Mapping[int, ErrorFactory],
    unavailable: ErrorFactory,
    bad_response: ErrorFactory,
) -> dict[str, Any]:
    """The JSON object of an `expect` answer; otherwise the error class for the status (5xx →
    `unavailable`, unknown → `bad_response`). The body is dropped: error pages can echo request
    data or session details."""
    status = response.status_code
    if status == expect:
        if "json" not in response.headers.get("Content-Type", ""):
            raise bad_response(f"{route}: non-JSON response", status=status)
        try:
            data = response.json()
        except ValueError:
            raise bad_response(f"{route}: invalid JSON", status=status) from None
        if not isinstance(data, dict):
            raise bad_response(f"{route}: unexpected JSON", status=status)
        return data
    error = errors.get(status) or (unavailable if status >= 500 else bad_response)
    raise error(f"{route}: HTTP {status}", status=status)
