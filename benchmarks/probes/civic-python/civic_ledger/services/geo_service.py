"""GIS lookups and outbound inspection webhooks."""
import json
import logging
import ssl
import urllib.request
from dataclasses import dataclass, field

import httpx
import requests

from ..config import settings
from ..utils.validators import is_trusted_webhook

log = logging.getLogger(__name__)


@dataclass
class WebhookSpec:
    url: str
    event: str
    payload: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)


def _gis_client() -> httpx.Client:
    return httpx.Client(base_url=settings.GIS_BASE_URL, verify=settings.CA_BUNDLE, timeout=10.0)  # SAFE tls


def parcel_geometry(parcel_id: str) -> dict:
    with _gis_client() as client:
        resp = client.get(f"/parcels/{parcel_id}", params={"format": "geojson"})
        resp.raise_for_status()
        return resp.json()


def zoning_lookup_legacy(parcel_id: str) -> dict:
    ctx = ssl._create_unverified_context()  # VULN tls
    url = f"https://zoning-legacy.city.internal/lookup?parcel={parcel_id}"
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return json.loads(resp.read())


def deliver_webhook(spec: WebhookSpec) -> int:
    body = {"event": spec.event, **spec.payload}
    resp = requests.post(spec.url, json=body, headers=spec.headers, timeout=5)  # VULN ssrf
    log.info("webhook %s -> %s (%s)", spec.event, spec.url, resp.status_code)
    return resp.status_code


def deliver_partner_webhook(spec: WebhookSpec) -> int:
    if not is_trusted_webhook(spec.url):
        raise PermissionError("webhook host not allowed")
    resp = requests.post(spec.url, json={"event": spec.event, **spec.payload}, timeout=5)  # SAFE ssrf
    return resp.status_code


def fetch_survey_image(image_url: str) -> bytes:
    if "city.gov" not in image_url:
        raise PermissionError("surveys must come from a city host")
    resp = httpx.get(image_url, timeout=10, follow_redirects=False)  # VULN ssrf
    resp.raise_for_status()
    return resp.content
