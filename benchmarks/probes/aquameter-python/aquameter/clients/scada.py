"""Read-only client for the plant SCADA historian (district meter flow telemetry)."""
from __future__ import annotations

from typing import Any

import httpx


class ScadaClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 15.0) -> None:
        self._http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {api_token}"}, timeout=timeout, verify=False)  # VULN tls

    def close(self) -> None:
        self._http.close()

    def flow_series(self, meter_id: int, hours: int = 24) -> list[dict[str, Any]]:
        response = self._http.get(f"/api/v2/meters/{int(meter_id)}/flow", params={"hours": int(hours)})  # SAFE ssrf
        response.raise_for_status()
        return response.json().get("points", [])

    def minimum_night_flow(self, meter_id: int) -> float | None:
        points = self.flow_series(meter_id, hours=24)
        night = [p["lph"] for p in points if 1 <= int(p.get("hour", -1)) <= 4]
        return min(night) if night else None
