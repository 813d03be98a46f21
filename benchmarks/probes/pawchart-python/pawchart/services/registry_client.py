"""Client for the national veterinary registry (licence checks)."""
from __future__ import annotations

from typing import Any

import httpx

from pawchart.config import Settings


class RegistryClient:
    def __init__(self, settings: Settings) -> None:
        self._client = httpx.Client(base_url=settings.registry_url, verify=settings.registry_ca_bundle, timeout=10.0)  # SAFE tls

    def verify_licence(self, licence_no: str) -> dict[str, Any]:
        response = self._client.get("/v2/licences/verify", params={"number": licence_no})  # SAFE ssrf
        if response.status_code == 404:
            return {"number": licence_no, "valid": False}
        response.raise_for_status()
        data = response.json()
        return {
            "number": licence_no,
            "valid": bool(data.get("active")),
            "name": data.get("registrant_name"),
            "expires": data.get("expiry_date"),
        }

    def close(self) -> None:
        self._client.close()
