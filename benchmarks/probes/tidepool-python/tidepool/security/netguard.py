"""Outbound request policy: which URLs the platform is willing to call."""
from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urlsplit

from tidepool.config import get_settings

BLOCKED_SUFFIXES = (".internal", ".local", ".localdomain", ".svc", ".cluster.local")


class OutboundPolicyError(ValueError):
    pass


def _is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def validate_webhook_target(url: str) -> str:
    """Partners may only register public HTTPS endpoints for webhooks."""
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise OutboundPolicyError("webhook endpoints must use https")
    host = (parts.hostname or "").lower()
    if not host or host.endswith(BLOCKED_SUFFIXES):
        raise OutboundPolicyError("webhook host is not allowed")
    if parts.port not in (None, 443, 8443):
        raise OutboundPolicyError("webhook port is not allowed")
    try:
        infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise OutboundPolicyError("webhook host does not resolve") from exc
    for info in infos:
        if not _is_public_address(info[4][0]):
            raise OutboundPolicyError("webhook host resolves to a private address")
    return url


def matches_certificate_host(url: str) -> bool:
    """Insurance and safety certificates are fetched from the MarineCert registry only."""
    return re.search(get_settings().certificate_host_pattern, url) is not None
