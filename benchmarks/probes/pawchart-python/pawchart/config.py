"""Runtime configuration for the Pawchart API (environment driven)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PAWCHART_", env_file=".env", extra="ignore")

    environment: str = "production"
    database_url: str = "postgresql+psycopg://pawchart@localhost/pawchart"
    analytics_dsn: str = "postgresql://pawchart_ro@localhost/pawchart_analytics"
    mongo_url: str = "mongodb://localhost:27017"
    mongo_db: str = "pawchart_labs"
    redis_url: str = "redis://localhost:6379/0"

    jwt_secret: str = Field(..., min_length=32)
    jwt_issuer: str = "pawchart-api"
    jwt_audience: str = "pawchart"
    access_token_minutes: int = 30
    handoff_token_seconds: int = 60
    cache_signing_key: str = Field(..., min_length=32)

    ldap_url: str = "ldaps://ldap.pawchart.internal:636"
    ldap_base_dn: str = "ou=staff,dc=pawchart,dc=vet"
    ldap_bind_dn: str = "cn=pawchart-api,ou=services,dc=pawchart,dc=vet"
    ldap_bind_password: str = ""
    ldap_ca_file: str = "/etc/pawchart/ca/internal-root.pem"

    storage_root: Path = Path("/srv/pawchart/files")
    lab_inbox: Path = Path("/srv/pawchart/lab-inbox")
    label_spool: Path = Path("/var/spool/pawchart/labels")
    label_printers: list[str] = ["front-desk", "pharmacy", "surgery-1", "surgery-2"]
    default_printer: str = "pharmacy"

    registry_url: str = "https://api.vetregistry.example.org"
    registry_ca_bundle: str = "/etc/pawchart/ca/registry.pem"
    portal_base_url: str = "https://referrals.pawchart.vet"
    sso_allowed_hosts: list[str] = ["referrals.pawchart.vet", "app.pawchart.vet"]

    max_upload_mb: int = 50
    report_cache_ttl: int = 300

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 1024 * 1024


@lru_cache
def get_settings() -> Settings:
    return Settings()
