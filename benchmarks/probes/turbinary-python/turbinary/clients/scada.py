"""HTTP client for the SCADA gateways."""
import requests

from turbinary.config import settings


class ScadaClient:
    def __init__(self) -> None:
        self.auth = (settings.scada_user, settings.scada_password)

    def legacy_alarm_log(self, turbine_id: int) -> str:
        # The pre-2019 sites still run the old gateway.
        resp = requests.get(f"{settings.scada_legacy_url}/alarms/{turbine_id}.xml", auth=self.auth, verify=False, timeout=20)  # VULN tls
        resp.raise_for_status()
        return resp.text
