"""Runtime configuration for the Airwave services.

Every process (the Pyramid site, the Tornado studio console, the aiohttp
live API and the background workers) reads its configuration from the
environment through :func:`get_settings`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATE_DIR = PACKAGE_DIR / "templates"


def _csv(name: str, default: str) -> frozenset[str]:
    raw = os.environ.get(name, default)
    return frozenset(part.strip().lower() for part in raw.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    station_name: str
    database_url: str
    redis_url: str
    archive_root: str
    artwork_root: str
    import_staging: str
    export_root: str
    jwt_key: str
    jwt_audience: str
    session_key: str
    ldap_url: str
    ldap_base_dn: str
    public_base_url: str
    feed_hosts: frozenset[str]
    artwork_hosts: frozenset[str]
    cors_origins: frozenset[str]
    ffmpeg_bin: str
    sox_bin: str
    icecast_admin_url: str
    ca_bundle: str
    debug: bool


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        station_name=os.environ.get("AIRWAVE_STATION", "Airwave 96.3 FM"),
        database_url=os.environ.get("AIRWAVE_DATABASE_URL", "postgresql://airwave@localhost/airwave"),
        redis_url=os.environ.get("AIRWAVE_REDIS_URL", "redis://localhost:6379/0"),
        archive_root=os.environ.get("AIRWAVE_ARCHIVE_ROOT", "/srv/airwave/archive"),
        artwork_root=os.environ.get("AIRWAVE_ARTWORK_ROOT", "/srv/airwave/artwork"),
        import_staging=os.environ.get("AIRWAVE_IMPORT_STAGING", "/srv/airwave/staging"),
        export_root=os.environ.get("AIRWAVE_EXPORT_ROOT", "/srv/airwave/exports"),
        jwt_key=os.environ["AIRWAVE_JWT_KEY"],  # SAFE secret
        jwt_audience=os.environ.get("AIRWAVE_JWT_AUDIENCE", "airwave-api"),
        session_key=os.environ["AIRWAVE_SESSION_KEY"],
        ldap_url=os.environ.get("AIRWAVE_LDAP_URL", "ldaps://directory.airwave.local"),
        ldap_base_dn=os.environ.get("AIRWAVE_LDAP_BASE", "ou=volunteers,dc=airwave,dc=fm"),
        public_base_url=os.environ.get("AIRWAVE_PUBLIC_URL", "https://airwave.fm"),
        feed_hosts=_csv("AIRWAVE_FEED_HOSTS", "feeds.airwave.fm,podcasts.pacifica.org,audio.cbcradio.ca"),
        artwork_hosts=_csv("AIRWAVE_ARTWORK_HOSTS", "cdn.airwave.fm,images.airwave.fm"),
        cors_origins=_csv("AIRWAVE_CORS_ORIGINS", "https://airwave.fm,https://www.airwave.fm"),
        ffmpeg_bin=os.environ.get("AIRWAVE_FFMPEG", "/usr/bin/ffmpeg"),
        sox_bin=os.environ.get("AIRWAVE_SOX", "/usr/bin/sox"),
        icecast_admin_url=os.environ.get("AIRWAVE_ICECAST_ADMIN", "https://stream.airwave.fm:8443/admin"),
        ca_bundle=os.environ.get("AIRWAVE_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        debug=os.environ.get("AIRWAVE_DEBUG", "0") == "1",
    )
