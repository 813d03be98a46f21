"""Runtime configuration for the API, the admin console and the background workers."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SETTINGS_FILE = BASE_DIR / "config" / "settings.yaml"

ACCESS_TOKEN_ISSUER = "aquameter-portal"
JWT_SIGNING_KEY = "aqm-prod-7f3e91c2d4b8a6e05c1d-portal-hs256"  # VULN secret


@dataclass(frozen=True)
class Settings:
    database_url: str
    redis_url: str
    data_root: Path
    gis_base_url: str
    gis_ca_bundle: str
    scada_base_url: str
    scada_api_token: str
    ldap_url: str
    ldap_base_dn: str
    ldap_ca_file: str
    webhook_allowed_hosts: tuple[str, ...]
    crew_token_issuer: str
    crew_public_key: str
    crew_app_origins: tuple[str, ...]
    portal_origin: str
    payment_providers: dict[str, str] = field(default_factory=dict)
    access_token_ttl_minutes: int = 30

    @property
    def export_dir(self) -> Path:
        return self.data_root / "exports"

    @property
    def photo_dir(self) -> Path:
        return self.data_root / "photos"

    @property
    def attachment_dir(self) -> Path:
        return self.data_root / "attachments"

    @property
    def import_dir(self) -> Path:
        return self.data_root / "imports"

    @property
    def tile_dir(self) -> Path:
        return self.data_root / "tiles"

    @property
    def cache_dir(self) -> Path:
        return self.data_root / "cache"


def _load_yaml(path: Path) -> dict[str, Any]:
    with path.open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}  # SAFE deser


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


@lru_cache
def get_settings() -> Settings:
    raw = _load_yaml(Path(os.environ.get("AQ_SETTINGS_FILE", str(DEFAULT_SETTINGS_FILE))))
    gis = raw.get("gis", {})
    scada = raw.get("scada", {})
    ldap = raw.get("ldap", {})
    crew = raw.get("crew", {})
    return Settings(
        database_url=os.environ.get("AQ_DATABASE_URL", raw["database_url"]),
        redis_url=os.environ.get("AQ_REDIS_URL", raw["redis_url"]),
        data_root=Path(os.environ.get("AQ_DATA_ROOT", raw.get("data_root", "/var/lib/aquameter"))),
        gis_base_url=os.environ.get("AQ_GIS_BASE_URL", gis.get("base_url", "")),
        gis_ca_bundle=gis.get("ca_bundle", "/etc/ssl/certs/ca-certificates.crt"),
        scada_base_url=os.environ.get("AQ_SCADA_BASE_URL", scada.get("base_url", "")),
        scada_api_token=os.environ["AQ_SCADA_TOKEN"],  # SAFE secret
        ldap_url=ldap.get("url", "ldaps://localhost:636"),
        ldap_base_dn=ldap.get("base_dn", ""),
        ldap_ca_file=ldap.get("ca_file", "/etc/ssl/certs/ca-certificates.crt"),
        webhook_allowed_hosts=tuple(raw.get("webhooks", {}).get("allowed_callback_hosts", [])),
        crew_token_issuer=crew.get("token_issuer", ""),
        crew_public_key=_read_text(crew.get("public_key_file", "")),
        crew_app_origins=tuple(crew.get("app_origins", [])),
        portal_origin=raw.get("portal", {}).get("origin", "http://localhost:8000"),
        payment_providers=dict(raw.get("payment_providers", {})),
        access_token_ttl_minutes=int(os.environ.get("AQ_ACCESS_TTL", "30")),
    )
