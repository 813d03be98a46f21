"""Runtime configuration, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=lambda: _env("SPOKESHED_DATABASE_URL", "postgresql://spokeshed@localhost/spokeshed"))
    sqlalchemy_url: str = field(default_factory=lambda: _env("SPOKESHED_SQLALCHEMY_URL", "postgresql+psycopg://spokeshed@localhost/spokeshed"))
    redis_url: str = field(default_factory=lambda: _env("SPOKESHED_REDIS_URL", "redis://localhost:6379/0"))
    data_dir: Path = field(default_factory=lambda: Path(_env("SPOKESHED_DATA_DIR", "/var/lib/spokeshed")))
    public_base_url: str = field(default_factory=lambda: _env("SPOKESHED_PUBLIC_URL", "https://workshop.spokeshed.org"))
    session_secret: bytes = field(default_factory=lambda: _env("SPOKESHED_SESSION_SECRET").encode())  # SAFE secret
    jwt_secret: str = field(default_factory=lambda: _env("SPOKESHED_JWT_SECRET"))
    ldap_url: str = field(default_factory=lambda: _env("SPOKESHED_LDAP_URL", "ldaps://directory.spokeshed.org"))
    ldap_base_dn: str = field(default_factory=lambda: _env("SPOKESHED_LDAP_BASE", "ou=members,dc=spokeshed,dc=org"))
    ldap_bind_dn: str = field(default_factory=lambda: _env("SPOKESHED_LDAP_BIND_DN", "cn=workshop-app,dc=spokeshed,dc=org"))
    ldap_bind_password: str = field(default_factory=lambda: _env("SPOKESHED_LDAP_BIND_PASSWORD", ""))
    label_printer: str = field(default_factory=lambda: _env("SPOKESHED_LABEL_PRINTER", "zebra-counter"))
    smtp_host: str = field(default_factory=lambda: _env("SPOKESHED_SMTP_HOST", "smtp.spokeshed.org"))
    supplier_hosts: frozenset[str] = frozenset({"api.cyclewholesale.co.uk", "feeds.madison.co.uk", "b2b.raleigh.co.uk"})
    calendar_hosts: frozenset[str] = frozenset({"calendar.spokeshed.org", "hooks.spokeshed.org"})
    backoffice_origins: tuple[str, ...] = ("https://office.spokeshed.org", "https://rota.spokeshed.org")

    @property
    def photo_dir(self) -> Path:
        return self.data_dir / "photos"

    @property
    def receipt_dir(self) -> Path:
        return self.data_dir / "receipts"

    @property
    def report_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def catalogue_dir(self) -> Path:
        return self.data_dir / "catalogues"


# Partner wholesaler credentials for the nightly trade-price pull.
WHOLESALE_API_USER = "spokeshed-coop"
WHOLESALE_API_KEY = "cw_live_7f3b91c0d2e84a56b1f0e9a3c4d5e6f7"  # VULN secret

_settings: Settings | None = None


def get_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings()
    return _settings
