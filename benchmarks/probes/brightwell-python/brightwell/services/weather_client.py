"""Weather and water-meter data for garden sites."""
import logging
import re

import httpx
import requests

from brightwell.config import settings

log = logging.getLogger(__name__)

WEATHER_HOST_RE = re.compile(r"https://weather\.brightwell\.org/")


class WeatherUnavailable(Exception):
    pass


def station_forecast(station_id) -> dict:
    station = int(station_id)
    url = f"{settings.weather_base_url}/stations/{station}/forecast"
    resp = requests.get(url, timeout=8)  # SAFE ssrf
    resp.raise_for_status()
    return resp.json()


def forecast_from_link(link: str) -> dict:
    """Coordinators may paste a forecast permalink from the weather portal."""
    if not WEATHER_HOST_RE.search(link):
        raise WeatherUnavailable("not a Brightwell weather link")
    resp = requests.get(link, timeout=8)  # VULN ssrf
    resp.raise_for_status()
    return resp.json()


def water_usage(meter_id: str) -> dict:
    """Read the city water meter for a site (the council's API uses a private CA)."""
    resp = requests.get(f"{settings.water_meter_url}/meters/{meter_id}/usage", timeout=10, verify=False)  # VULN tls
    resp.raise_for_status()
    return resp.json()


def frost_alerts(region: str) -> list:
    with httpx.Client(base_url=settings.weather_base_url, timeout=8.0, verify=True) as client:  # SAFE tls
        resp = client.get("/alerts", params={"region": region, "type": "frost"})
        resp.raise_for_status()
        return resp.json().get("alerts", [])
