"""Weather forecasts and met mast readings."""
import json
from urllib.parse import urlsplit

import certifi
import httpx
import urllib3

from turbinary.config import settings


class ForbiddenSource(ValueError):
    pass


class WeatherClient:
    def __init__(self) -> None:
        self._pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), timeout=urllib3.Timeout(connect=2.0, read=5.0))  # SAFE tls

    async def forecast(self, lat: float, lon: float, source_url: str | None = None) -> dict:
        url = source_url or settings.weather_feed_url
        if "weather.turbinary.io" not in url:
            raise ForbiddenSource(url)
        async with httpx.AsyncClient(timeout=10.0) as client:
            resp = await client.get(url, params={"lat": lat, "lon": lon, "hours": 48})  # VULN ssrf
            resp.raise_for_status()
            return resp.json()

    def met_mast_reading(self, mast_url: str) -> dict:
        parts = urlsplit(mast_url)
        if parts.scheme != "https" or parts.hostname not in settings.met_mast_hosts:
            raise ForbiddenSource(mast_url)
        resp = self._pool.request("GET", f"https://{parts.hostname}/api/v1/readings/latest")  # SAFE ssrf
        return json.loads(resp.data) if resp.status == 200 else {"error": resp.status}
