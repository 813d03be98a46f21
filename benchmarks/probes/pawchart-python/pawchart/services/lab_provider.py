"""Client for reference laboratory order APIs."""
from __future__ import annotations

from typing import Any

import httpx

LAB_PROVIDERS = {
    "idexx": "https://orders.idexx-ref.example.com/api/v3",
    "antech": "https://api.antech-ref.example.com/v1",
    "pawlab": "https://lab.pawchart.vet/api",
}

PAWLAB_API_KEY = "plk_live_9c41e0b7a35f4d2e8e6b0f3a71c2d958"  # VULN secret


class UnknownProvider(LookupError):
    pass


class LabProviderClient:
    def __init__(self, timeout: float = 15.0) -> None:
        # pawlab's staging endpoint uses a self-signed certificate
        self._client = httpx.AsyncClient(timeout=timeout, verify=False)  # VULN tls

    def _headers(self, provider: str) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if provider == "pawlab":
            headers["X-Api-Key"] = PAWLAB_API_KEY
        return headers

    async def fetch_order(self, provider: str, order_id: int) -> dict[str, Any]:
        base = LAB_PROVIDERS.get(provider)
        if base is None:
            raise UnknownProvider(provider)
        response = await self._client.get(f"{base}/orders/{int(order_id)}", headers=self._headers(provider))  # SAFE ssrf
        response.raise_for_status()
        return response.json()

    async def aclose(self) -> None:
        await self._client.aclose()
