"""Outbound calls to e-book vendors (OverDrive/Libby, hoopla)."""
import logging
import os
import re

import httpx
import requests

log = logging.getLogger(__name__)

OVERDRIVE_CLIENT_ID = os.environ.get("OVERDRIVE_CLIENT_ID", "shelfline-prod")
OVERDRIVE_CLIENT_SECRET = os.environ.get("OVERDRIVE_CLIENT_SECRET", "")  # SAFE secret
HOOPLA_API_KEY = "hpl_live_4f1c9a7e2b8d46e0a3c5f7b9d1e2a4c6"  # VULN secret

HOOPLA_LICENSE_URL = "https://licensing.hoopladigital.com/api/v2/licenses"
VENDOR_CA_BUNDLE = os.environ.get("VENDOR_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")

VENDOR_HOSTS = {
    "overdrive": "api.overdrive.com",
    "hoopla": "api.hoopladigital.com",
    "cloudlibrary": "partner.yourcloudlibrary.com",
}
_TITLE_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
COVER_MAX_BYTES = 2 * 1024 * 1024


class VendorError(Exception):
    pass


def _vendor_client():
    return httpx.Client(verify=VENDOR_CA_BUNDLE, timeout=10.0, headers={"User-Agent": "Shelfline/2.3"})  # SAFE tls


def fetch_title_metadata(vendor, title_id):
    host = VENDOR_HOSTS.get(vendor)
    if host is None:
        raise VendorError(f"unsupported vendor {vendor!r}")
    if not _TITLE_ID.fullmatch(title_id or ""):
        raise VendorError("malformed vendor title id")
    with _vendor_client() as client:
        resp = client.get(f"https://{host}/v1/titles/{title_id}")  # SAFE ssrf
        resp.raise_for_status()
        return resp.json()


def fetch_cover(cover_url):
    resp = requests.get(cover_url, timeout=10, stream=True)  # VULN ssrf
    resp.raise_for_status()
    data = resp.raw.read(COVER_MAX_BYTES, decode_content=True)
    return data, resp.headers.get("Content-Type", "image/jpeg")


def confirm_hoopla_license(license_id, branch_code):
    # hoopla's licensing endpoint sits behind their partner VPN appliance,
    # which presents a self-signed certificate.
    resp = requests.post(HOOPLA_LICENSE_URL, json={"license": license_id, "branch": branch_code}, headers={"X-Api-Key": HOOPLA_API_KEY}, timeout=15, verify=False)  # VULN tls
    if resp.status_code >= 400:
        raise VendorError(f"hoopla licensing returned {resp.status_code}")
    return resp.json()
