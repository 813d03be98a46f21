"""Runtime configuration for the Civic Ledger permit portal."""
import os
from dataclasses import dataclass, field


def _env_list(name: str, default: str = "") -> list[str]:
    raw = os.environ.get(name, default)
    return [item.strip() for item in raw.split(",") if item.strip()]


@dataclass(frozen=True)
class Settings:
    DATABASE_URL: str = os.environ.get("CIVIC_DATABASE_URL", "sqlite:///civic_ledger.db")
    LEGACY_DB_PATH: str = os.environ.get("CIVIC_LEGACY_DB", "/var/lib/civic/legacy.sqlite")
    MONGO_URL: str = os.environ.get("CIVIC_MONGO_URL", "mongodb://localhost:27017")
    MONGO_DB: str = "civic_inspections"
    UPLOAD_ROOT: str = os.environ.get("CIVIC_UPLOAD_ROOT", "/srv/civic/uploads")
    EXPORT_ROOT: str = os.environ.get("CIVIC_EXPORT_ROOT", "/srv/civic/exports")
    PLAN_ARCHIVE_ROOT: str = os.environ.get("CIVIC_PLAN_ROOT", "/srv/civic/plans")
    SECRET_KEY: str = os.environ.get("CIVIC_SECRET_KEY", "")
    JWT_SECRET: str = os.environ.get("CIVIC_JWT_SECRET", "")
    JWT_ISSUER: str = "civic-ledger"
    SESSION_SIGNING_KEY: bytes = os.environ.get("CIVIC_SESSION_KEY", "").encode()
    LDAP_URL: str = os.environ.get("CIVIC_LDAP_URL", "ldaps://directory.city.internal")
    LDAP_BASE_DN: str = "ou=staff,dc=city,dc=internal"
    LDAP_BIND_DN: str = "cn=civic-ledger,ou=services,dc=city,dc=internal"
    LDAP_BIND_PASSWORD: str = os.environ.get("CIVIC_LDAP_PASSWORD", "")
    GIS_BASE_URL: str = "https://gis.city.internal/api/v2"
    CA_BUNDLE: str = os.environ.get("CIVIC_CA_BUNDLE", "/etc/ssl/certs/city-root.pem")
    PUBLIC_HOST: str = os.environ.get("CIVIC_PUBLIC_HOST", "permits.city.gov")
    DB_BACKUP_NAME: str = "civic_ledger"
    CORS_ORIGINS: list[str] = field(
        default_factory=lambda: _env_list("CIVIC_CORS_ORIGINS", "https://permits.city.gov")
    )
    WEBHOOK_HOSTS: frozenset[str] = frozenset(
        {"hooks.city.gov", "notify.city.gov", "gis.city.internal"}
    )
    PASSWORD_ITERATIONS: int = 600_000


settings = Settings()
