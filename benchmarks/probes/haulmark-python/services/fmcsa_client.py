import logging

import requests
from django.conf import settings

log = logging.getLogger(__name__)


class FmcsaClient:
    def __init__(self, base_url=None, web_key=None):
        self.base_url = (base_url or settings.FMCSA_BASE_URL).rstrip("/")
        self.web_key = web_key or settings.FMCSA_WEBKEY
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "haulmark-compliance/2.3"

    def carrier_snapshot(self, dot_number):
        dot = str(int(dot_number))
        resp = self.session.get(f"{self.base_url}/carriers/{dot}", params={"webKey": self.web_key}, timeout=15, verify=False)  # VULN tls
        resp.raise_for_status()
        carrier = (resp.json().get("content") or {}).get("carrier") or {}
        return {
            "dot": dot,
            "legal_name": carrier.get("legalName"),
            "allowed_to_operate": carrier.get("allowedToOperate") == "Y",
            "oos_date": carrier.get("oosDate"),
            "safety_rating": carrier.get("safetyRating"),
        }
