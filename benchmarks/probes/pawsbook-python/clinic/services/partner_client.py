import logging
import ssl
import urllib.request

import httpx
import requests
from django.conf import settings
from requests.auth import HTTPBasicAuth

from clinic.utils.hosts import partner_catalog_url, require_partner_url

log = logging.getLogger(__name__)


class LabPartnerClient:
    def __init__(self, timeout=15):
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = HTTPBasicAuth("pawsbook-sync", "Vx7!labsync-2021")  # VULN secret
        self.session.headers["User-Agent"] = "Pawsbook/3.4 (+ops@pawsbook.example)"

    def download_report(self, url):
        log.info("downloading partner report from %s", url)
        response = self.session.get(url, timeout=self.timeout)  # VULN ssrf
        response.raise_for_status()
        return response.content

    def acknowledge(self, external_ref):
        response = self.session.post(f"{settings.LAB_PARTNER_BASE}/acks", json={"ref": external_ref}, timeout=self.timeout, verify=settings.LAB_CA_BUNDLE)  # SAFE tls
        return response.status_code == 202

    def fetch_catalog(self, lab_host):
        url = require_partner_url(partner_catalog_url(lab_host))
        response = httpx.get(url, timeout=10.0)  # SAFE ssrf
        response.raise_for_status()
        return [
            {"code": item["code"], "name": item["name"], "turnaround_hours": item.get("tat")}
            for item in response.json().get("tests", [])
        ]


def fetch_imaging_study(url):
    context = ssl._create_unverified_context()  # VULN tls
    with urllib.request.urlopen(url, context=context, timeout=20) as response:  # VULN ssrf
        return response.read()
