"""Small validation helpers shared by routers and services."""
from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

_PRINTER_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")


def is_allowed_return_url(url: str, allowed_hosts: Iterable[str]) -> bool:
    """Only https URLs on one of our own hosts may be used as SSO return targets."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme != "https" or not parts.hostname:
        return False
    if parts.username or parts.password:
        return False
    return parts.hostname.lower() in {host.lower() for host in allowed_hosts}


def is_printer_name(value: str) -> bool:
    return bool(_PRINTER_NAME.match(value))


def normalise_microchip(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if len(digits) != 15:
        raise ValueError("microchip numbers have 15 digits")
    return digits
