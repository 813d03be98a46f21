from urllib.parse import urlparse

from django.conf import settings


class HostNotAllowed(Exception):
    pass


def require_partner_url(url):
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in settings.LAB_PARTNER_HOSTS:
        raise HostNotAllowed(parsed.hostname or url)
    return url


def partner_catalog_url(lab_host):
    return f"https://{lab_host}/v2/catalog.json"
