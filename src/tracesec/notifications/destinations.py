"""Which webhook URLs Trace may post to: http(s) only, and no private network (SSRF).

Checked when an endpoint is saved and again before each delivery (a name can be re-pointed
at an internal address after it was saved). ``TRACE_WEBHOOK_ALLOW_PRIVATE`` lets local
development and tests post to loopback; production settings force it off.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings

from tracesec.common.errors import ApplicationError


class WebhookUrlRefused(ApplicationError):
    pass


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class WebhookTarget:
    """Where one delivery goes: the vetted address itself, so a name cannot be re-pointed at an
    internal address between the check and the connection (DNS rebinding)."""

    url: str  # the URL with its host replaced by the vetted address
    host_header: str  # the original host[:port], for the Host header
    sni_hostname: str | None  # the original name, for TLS SNI and certificate checks


def _literal_address(hostname: str) -> bool:
    try:
        ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return True


def webhook_target(url: str) -> WebhookTarget:
    """Vet ``url`` and pin the address it resolved to, else ``WebhookUrlRefused`` saying why."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise WebhookUrlRefused("Webhook URLs must start with https:// or http://.")
    if not parts.hostname:
        raise WebhookUrlRefused("The webhook URL has no host name.")
    if parts.username or parts.password:
        raise WebhookUrlRefused("Put credentials in the signing secret, not in the URL.")
    allow_private = getattr(settings, "TRACE_WEBHOOK_ALLOW_PRIVATE", False)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (OSError, ValueError):
        if allow_private:  # local development: nothing to protect, let the POST itself fail
            return WebhookTarget(url=url, host_header=parts.netloc, sni_hostname=None)
        raise WebhookUrlRefused(f"The host {parts.hostname} cannot be resolved.") from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses or not (allow_private or all(_is_public(a) for a in addresses)):
        raise WebhookUrlRefused(
            "Webhook URLs must point to a public address, not a private, loopback or "
            "link-local one."
        )
    address = addresses[0]
    pinned_host = f"[{address}]" if ":" in address else address
    netloc = f"{pinned_host}:{parts.port}" if parts.port else pinned_host
    return WebhookTarget(
        url=urlunsplit(parts._replace(netloc=netloc)),
        host_header=parts.netloc,
        sni_hostname=None if _literal_address(parts.hostname) else parts.hostname,
    )


def check_webhook_url(url: str) -> str:
    """``url`` if Trace may post to it, else ``WebhookUrlRefused`` saying why."""
    webhook_target(url)
    return url
