"""Minimal FHIR R4 client used to pull prior results from a practice's EHR."""
import logging

import requests

logger = logging.getLogger(__name__)

FHIR_JSON = "application/fhir+json"


class FhirError(Exception):
    pass


class FhirClient:
    def __init__(self, base_url: str, bearer_token: str | None = None, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Accept": FHIR_JSON, "User-Agent": "Labwise-Portal/2.3"})
        if bearer_token:
            self.session.headers["Authorization"] = f"Bearer {bearer_token}"

    def observations(self, patient_identifier: str, category: str = "laboratory", count: int = 100) -> list[dict]:
        params = {"patient.identifier": patient_identifier, "category": category, "_count": count, "_sort": "-date"}
        resp = self.session.get(f"{self.base_url}/Observation", params=params, timeout=self.timeout)  # VULN ssrf
        if resp.status_code >= 400:
            raise FhirError(f"FHIR server answered {resp.status_code}: {resp.text[:300]}")
        bundle = resp.json()
        if bundle.get("resourceType") != "Bundle":
            raise FhirError("expected a Bundle resource")
        return [self._simplify(e["resource"]) for e in bundle.get("entry", []) if "resource" in e]

    @staticmethod
    def _simplify(resource: dict) -> dict:
        coding = (resource.get("code", {}).get("coding") or [{}])[0]
        quantity = resource.get("valueQuantity") or {}
        return {
            "loinc": coding.get("code"),
            "display": coding.get("display") or resource.get("code", {}).get("text"),
            "value": quantity.get("value", resource.get("valueString")),
            "unit": quantity.get("unit"),
            "effective": resource.get("effectiveDateTime"),
        }
