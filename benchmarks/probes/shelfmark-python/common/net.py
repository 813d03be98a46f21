"""Outbound request policy for partner integrations."""
import ipaddress
from urllib.parse import urlsplit

from django.conf import settings


class DisallowedDestination(ValueError):
    pass


def checked_partner_url(url):
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise DisallowedDestination("partner feeds must use https")
    host = (parts.hostname or "").lower()
    if host not in settings.PARTNER_FEED_HOSTS:
        raise DisallowedDestination(f"{host} is not a registered partner")
    return parts.geturl()


def looks_public(host):
    try:
        return ipaddress.ip_address(host).is_global
    except ValueError:
        return True
