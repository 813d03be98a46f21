"""Water-quality sensor gateways (chlorine, pH, temperature) installed at each pool."""
import json
import logging

from lanewater import conf
from lanewater.integrations.http import USER_AGENT, UpstreamError, check, sensor_pool

log = logging.getLogger(__name__)


class UnknownGateway(LookupError):
    pass


def gateway_base(key: str) -> str:
    if key not in conf.SENSOR_GATEWAYS:
        raise UnknownGateway(key)
    return conf.SENSOR_GATEWAYS[key]


def latest_readings(gateway_key: str, pool_code: str) -> dict:
    """Full readings for the staff dashboard."""
    base = gateway_base(gateway_key)
    response = sensor_pool.request("GET", f"{base}/readings/latest", fields={"pool": pool_code}, headers={"User-Agent": USER_AGENT})  # SAFE ssrf
    return json.loads(check(response).data)


def public_status(gateway: str) -> dict:
    """Reduced status (open / water temperature) shown on the public pool page."""
    base = conf.SENSOR_GATEWAYS.get(gateway, gateway)
    response = sensor_pool.request("GET", f"{base}/status", headers={"User-Agent": USER_AGENT})  # VULN ssrf
    try:
        payload = json.loads(check(response).data)
    except (UpstreamError, ValueError) as exc:
        log.warning("sensor status unavailable for %s: %s", gateway, exc)
        return {"available": False}
    return {
        "available": True,
        "water_temp_c": payload.get("temperature"),
        "quality": payload.get("quality", "unknown"),
    }
