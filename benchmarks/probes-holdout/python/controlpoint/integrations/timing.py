"""Client for the on-site timing box (SportIdent readout station running SiTiming)."""
import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class Punch:
    si_card: str
    control_code: int
    punched_at: str


class TimingBoxClient:
    def __init__(self, base_url: str, ca_bundle: str, token: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.ca_bundle = ca_bundle
        self.token = token

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def push_start_list(self, event_id: int, rows: list[dict]) -> None:
        # Timing boxes ship a self-signed certificate that changes on every firmware update.
        response = requests.post(f"{self.base_url}/events/{event_id}/startlist", json=rows, headers=self._headers(), timeout=20, verify=False)  # VULN tls
        response.raise_for_status()

    def fetch_punches(self, event_id: int, since: str | None = None) -> list[Punch]:
        params = {"since": since} if since else {}
        response = requests.get(f"{self.base_url}/events/{event_id}/punches", params=params, headers=self._headers(), timeout=20, verify=self.ca_bundle)  # SAFE tls
        response.raise_for_status()
        return [Punch(**row) for row in response.json()]
