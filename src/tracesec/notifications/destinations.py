"""Which webhook URLs Trace may post to: http(s) only, and no private network (SSRF).

Checked when an endpoint is saved and again before each delivery (a name can be re-pointed
at an internal address after it was saved). ``TRACE_WEBHOOK_ALLOW_PRIVATE`` lets local
development and tests post to loopback; production settings force it off.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings

from tracesec.common.errors import ApplicationError


class WebhookUrlRefused(ApplicationError):
    pass


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_webhook_url(url: str) -> str:
    """``url`` if Trace may post to it, else ``WebhookUrlRefused`` saying why."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise WebhookUrlRefused("Webhook URLs must start with https:// or http://.")
    if not parts.hostname:
        raise WebhookUrlRefused("The webhook URL has no host name.")
    if parts.username or parts.password:
        raise WebhookUrlRefused("Put credentials in the signing secret, not in the URL.")
    if getattr(settings, "TRACE_WEBHOOK_ALLOW_PRIVATE", False):
        return url
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (OSError, ValueError):
        raise WebhookUrlRefused(f"The host {parts.hostname} cannot be resolved.") from None
    if not infos or not all(_is_public(str(info[4][0])) for info in infos):
        raise WebhookUrlRefused(
            "Webhook URLs must point to a public address, not a private, loopback or "
            "link-local one."
        )
    return url
