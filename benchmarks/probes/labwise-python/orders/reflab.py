"""Client for the Northgate reference laboratory (send-out tests)."""
import logging

import requests
from django.conf import settings

logger = logging.getLogger(__name__)


class ReferenceLabError(Exception):
    pass


class ReferenceLabClient:
    def __init__(self, base_url: str | None = None, token: str | None = None):
        self.base_url = (base_url or settings.REFERENCE_LAB_BASE).rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or settings.REFLAB_API_TOKEN}"
        self.session.verify = settings.REFLAB_CA_BUNDLE

    def order_status(self, external_id) -> dict:
        resp = self.session.get(f"{self.base_url}/orders/{int(external_id)}/status", timeout=10)  # SAFE ssrf
        if resp.status_code == 404:
            raise ReferenceLabError(f"reference lab does not know order {external_id}")
        resp.raise_for_status()
        return resp.json()

    def submit_order(self, order) -> str:
        payload = {
            "accession": order.accession,
            "patient": {
                "mrn": order.patient.mrn,
                "dob": order.patient.date_of_birth.isoformat(),
                "sex": order.patient.sex,
            },
            "tests": [p.code for p in order.panels.filter(send_out=True)],
            "priority": order.priority,
        }
        resp = self.session.post(f"{self.base_url}/orders", json=payload, timeout=15)
        resp.raise_for_status()
        external_id = str(resp.json()["id"])
        logger.info("order %s submitted to reference lab as %s", order.accession, external_id)
        return external_id
