"""Client for the ArcGIS parcel service used to match service addresses to parcels."""
from __future__ import annotations

import hashlib
import shelve
from pathlib import Path
from typing import Any

import httpx

PARCEL_LAYER = "/arcgis/rest/services/Parcels/MapServer/0/query"


class GisError(RuntimeError):
    pass


class GisClient:
    def __init__(self, base_url: str, ca_bundle: str, cache_dir: Path, timeout: float = 10.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._cache_file = str(cache_dir / "gis-parcels")
        self._client = httpx.Client(verify=ca_bundle, timeout=timeout, headers={"User-Agent": "aquameter/2.4"})  # SAFE tls

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "GisClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _cache_key(self, address: str) -> str:
        return hashlib.sha256(f"{self._base_url}|{address.lower()}".encode()).hexdigest()

    def parcel_for_address(self, address: str) -> dict[str, Any] | None:
        key = self._cache_key(address)
        with shelve.open(self._cache_file) as cache:
            cached = cache.get(key)  # SAFE deser
        if cached is not None:
            return cached
        params = {
            "where": "1=1",
            "text": address,
            "outFields": "PARCEL_ID,SITE_ADDR,ZONING,ACREAGE",
            "returnGeometry": "true",
            "f": "json",
        }
        try:
            response = self._client.get(f"{self._base_url}{PARCEL_LAYER}", params=params)  # VULN ssrf
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise GisError(f"parcel lookup failed: {exc}") from exc
        features = response.json().get("features", [])
        parcel = features[0] if features else None
        if parcel is not None:
            with shelve.open(self._cache_file) as cache:
                cache[key] = parcel
        return parcel
