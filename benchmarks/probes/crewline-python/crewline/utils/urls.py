"""Outbound URL policy for third party aeronautical data."""
from urllib.parse import urlparse

NOTAM_HOSTS = frozenset(
    {
        "notams.aim.faa.gov",
        "api.eurocontrol.int",
        "notam.crewline-ops.net",
    }
)


class DisallowedURL(ValueError):
    pass


def require_notam_url(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "https":
        raise DisallowedURL("NOTAM sources must use https")
    if parsed.username or parsed.password or parsed.port not in (None, 443):
        raise DisallowedURL("credentials or custom ports are not allowed")
    if parsed.hostname not in NOTAM_HOSTS:
        raise DisallowedURL(f"{parsed.hostname} is not an approved NOTAM provider")
    return url
